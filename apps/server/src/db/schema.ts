import type { FieldType } from '@charter/policy';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** The platform tables, as Kysely sees them. Each migration that adds a table adds it here. */
export interface DatabaseSchema {
  instance: InstanceTable;
  account: AccountTable;
  account_identity: AccountIdentityTable;
  account_session: AccountSessionTable;
  account_mfa: AccountMfaTable;
  mfa_code_use: MfaCodeUseTable;
  email_link_use: EmailLinkUseTable;
  api_key: ApiKeyTable;
  rate_limit: RateLimitTable;
  mail_outbox: MailOutboxTable;
  audit_event: AuditEventTable;
  identity_provider: IdentityProviderTable;
  company: CompanyTable;
  company_billing: CompanyBillingTable;
  company_member: CompanyMemberTable;
  company_invitation: CompanyInvitationTable;
  application: ApplicationTable;
  app_role: AppRoleTable;
  app_custom_right: AppCustomRightTable;
  app_user_attribute: AppUserAttributeTable;
  app_user: AppUserTable;
  app_user_role: AppUserRoleTable;
  collection: CollectionTable;
  collection_field: CollectionFieldTable;
  data_rule: DataRuleTable;
  view_as_session: ViewAsSessionTable;
  app_page: AppPageTable;
  app_page_version: AppPageVersionTable;
  media: MediaTable;
  media_version: MediaVersionTable;
  media_variant: MediaVariantTable;
  media_blob: MediaBlobTable;
  media_chunk: MediaChunkTable;
  app_dashboard: AppDashboardTable;
  app_dashboard_version: AppDashboardVersionTable;
}

/** The tenant. */
export interface CompanyTable {
  id: Generated<string>;
  name: string;
  properties: JSONColumnType<Record<string, unknown>>;
  mfa_required: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CompanyBillingTable {
  company_id: string;
  billing_email: string | null;
  address: JSONColumnType<Record<string, string>>;
  vat_id: string | null;
  plan: Generated<string>;
  updated_at: UpdatedAt;
}

/** An account's membership in a company, with its company rights. */
export interface CompanyMemberTable {
  company_id: string;
  account_id: string;
  is_owner: Generated<boolean>;
  rights: string[];
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CompanyInvitationTable {
  id: Generated<string>;
  company_id: string;
  email: string;
  rights: string[];
  token_hash: string;
  expires_at: Date;
  invited_by: string | null;
  created_at: CreatedAt;
  last_sent_at: Generated<Date>;
  accepted_at: Date | null;
  accepted_by: string | null;
  revoked_at: Date | null;
}

export interface ApplicationTable {
  id: Generated<string>;
  company_id: string;
  name: string;
  description: Generated<string>;
  registration: Generated<'open' | 'closed'>;
  register_form: JSONColumnType<{ fields: RegisterFormField[] }>;
  /** Where its end-user app lives: /a/<slug>; unique among all apps. */
  slug: Generated<string>;
  /** What its end-user app's sign-in screen shows. */
  login_template: ColumnType<LoginTemplate, string | undefined, string>;
  /** int8, read as a string; bumped by every change that affects permissions. */
  policy_version: ColumnType<string, never, string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** An end-user app's sign-in screen: its heading, a line under it, its accent colour, logo and ways in. */
export interface LoginTemplate {
  title?: string;
  subtitle?: string;
  color?: string;
  /** An https image address; absent or empty for none. */
  logo?: string;
  /** Sign-in method ids (`password`, provider ids); absent in templates saved before they existed. */
  methods?: string[];
}

/** One question of an app's register form; its answer lands in the user attribute `attribute`. */
export interface RegisterFormField {
  attribute: string;
  label: string;
  required: boolean;
}

export interface AppRoleTable {
  id: Generated<string>;
  app_id: string;
  key: string;
  name: string;
  description: Generated<string>;
  internal: Generated<boolean>;
  builder: Generated<boolean>;
  all_data: Generated<boolean>;
  force_mfa: Generated<boolean>;
  rights: string[];
  default_for: 'team_admin' | 'user' | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppCustomRightTable {
  id: Generated<string>;
  app_id: string;
  key: string;
  name: string;
  description: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type AttributeType =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'singleSelect'
  | 'multiSelect';

export interface AppUserAttributeTable {
  id: Generated<string>;
  app_id: string;
  key: string;
  name: string;
  type: AttributeType;
  options: JSONColumnType<string[]>;
  created_at: CreatedAt;
}

/** An account's membership in an app. */
export interface AppUserTable {
  app_id: string;
  account_id: string;
  status: Generated<'active' | 'suspended'>;
  direct_rights: string[];
  attributes: JSONColumnType<Record<string, unknown>>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppUserRoleTable {
  app_id: string;
  account_id: string;
  role_id: string;
}

/** A company's own OIDC identity provider. */
export interface IdentityProviderTable {
  id: Generated<string>;
  company_id: string | null;
  provider_id: string;
  display_name: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

/** One row: this installation's identity, created by the first migration. */
export interface InstanceTable {
  id: Generated<string>;
  singleton: Generated<boolean>;
  created_at: CreatedAt;
  setup_token_hash: string | null;
  setup_token_expires_at: Date | null;
}

export type AccountStatus = 'active' | 'suspended' | 'deactivated';
export type PlatformRole = 'owner' | 'admin';

/** A person's login identity. */
export interface AccountTable {
  id: Generated<string>;
  name: string;
  email: string;
  email_verified: Generated<boolean>;
  image: string | null;
  status: Generated<AccountStatus>;
  must_change_password: Generated<boolean>;
  platform_role: PlatformRole | null;
  two_factor_enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A credential or an external identity (provider, subject) linked to an account. */
export interface AccountIdentityTable {
  id: Generated<string>;
  account_id: string;
  provider_id: string;
  subject: string;
  password: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** An opaque server-side session. */
export interface AccountSessionTable {
  id: Generated<string>;
  account_id: string;
  token: string;
  expires_at: Date;
  ip_address: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AccountMfaTable {
  id: Generated<string>;
  account_id: string;
  secret: string;
  backup_codes: string;
  verified: boolean | null;
}

export interface MfaCodeUseTable {
  account_id: string;
  code_hash: string;
  expires_at: Date;
}

/** A confirmation link already used: the proof it was, until the link expires anyway. */
export interface EmailLinkUseTable {
  token_hash: string;
  expires_at: Date;
}

/** A program's credential: scoped, expiring, revocable, stored hashed. */
export interface ApiKeyTable {
  id: Generated<string>;
  account_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: JSONColumnType<string[]>;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: CreatedAt;
}

export interface RateLimitTable {
  key: string;
  window_start: Date;
  count: number;
}

export type MailStatus = 'pending' | 'sent' | 'logged' | 'failed';

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  kind: string;
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Date | null;
}

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** An append-only record of who did what, when, from where, and how it ended. */
export interface AuditEventTable {
  id: Generated<string>;
  occurred_at: CreatedAt;
  action: string;
  outcome: AuditOutcome;
  actor_account_id: string | null;
  actor_api_key_id: string | null;
  impersonator_account_id: string | null;
  subject_email: string | null;
  target_type: string | null;
  target_id: string | null;
  company_id: string | null;
  app_id: string | null;
  ip_address: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: JSONColumnType<Record<string, unknown>>;
}

/** A collection of an app: its records live in the real table `table_name` of the app's schema. */
export interface CollectionTable {
  id: Generated<string>;
  app_id: string;
  key: string;
  name: string;
  description: Generated<string>;
  table_name: string;
  restricted: Generated<boolean>;
  system: 'users' | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** What a field's `options` hold, depending on its type. */
export interface FieldOptionsColumn {
  /** The choices of a singleSelect / multiSelect. */
  choices?: string[];
  /** The collection a linkOne / linkMany points to. */
  targetCollectionId?: string;
  /** The junction table of a linkMany / linkUsers, in the app's schema. */
  junction?: { table: string; sourceColumn: string; targetColumn: string };
}

/** A typed field; `id` is its stable identity, `column_name` is derived from it. */
export interface CollectionFieldTable {
  id: Generated<string>;
  collection_id: string;
  name: string;
  label: string;
  type: FieldType;
  column_name: string | null;
  required: Generated<boolean>;
  is_unique: Generated<boolean>;
  default_value: ColumnType<unknown, string | null | undefined, string | null>;
  options: JSONColumnType<FieldOptionsColumn>;
  position: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A data permission as stored: conditions in their stored form (field ids, not names). */
export interface DataRuleTable {
  id: Generated<string>;
  app_id: string;
  collection_id: string;
  kind: 'grant' | 'guard' | 'fieldCondition';
  name: string;
  description: Generated<string>;
  to: JSONColumnType<{ roles?: string[]; audience?: 'everyone' | 'internal' | 'external' | 'anonymous' }>;
  actions: string[];
  condition: string | null;
  /** A field condition's list, or a grant's lists per action; field ids. */
  fields: ColumnType<string[] | Record<string, string[]> | null, string | null | undefined, string | null>;
  access: 'read' | 'write' | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A builder viewing an app as one of its users, from one browser session, for a bounded time. */
export interface ViewAsSessionTable {
  id: Generated<string>;
  app_id: string;
  caller_account_id: string;
  caller_session_id: string;
  target_account_id: string;
  reason: string;
  allow_writes: boolean;
  started_at: Date;
  expires_at: Date;
  ended_at: Date | null;
}

/** Who sees a page or section, as stored: the condition in its stored form (attributes by id). */
export interface StoredVisibility {
  audience: 'everyone' | 'internal' | 'external' | 'roles';
  roles: string[];
  condition: string | null;
}

/** A section as stored: its collection and fields by id, its filter in stored form. */
export type StoredSection = {
  id: string;
  title: string;
  visibility: StoredVisibility;
} & (
  | {
      kind: 'collectionView';
      collection: string;
      layout: 'table' | 'list' | 'cards';
      fields: string[];
      sort: { field: string; direction: 'asc' | 'desc' }[];
      filter: string | null;
    }
  | { kind: 'recordView'; collection: string; mode: 'detail' | 'edit' | 'create'; fields: string[] }
  | { kind: 'text'; markdown: string }
  | { kind: 'links'; links: { label: string; page: string }[] }
);

/** A page of an app's UI plane (DESIGN.md §6), at its current version. */
export interface AppPageTable {
  id: string;
  app_id: string;
  parent_id: string | null;
  position: number;
  slug: string;
  title: string;
  icon: string | null;
  visibility: JSONColumnType<StoredVisibility>;
  sections: JSONColumnType<StoredSection[]>;
  version: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** The content of a page, as each save left it. */
export interface StoredPageContent {
  title: string;
  slug: string;
  icon: string | null;
  parent: string | null;
  position: number;
  visibility: StoredVisibility;
  sections: StoredSection[];
}

export interface AppPageVersionTable {
  page_id: string;
  version: number;
  content: JSONColumnType<StoredPageContent>;
  saved_by: string | null;
  saved_at: Date;
  restored_from: number | null;
}

/** A file of an app's media library, at its current version. */
export interface MediaTable {
  id: Generated<string>;
  app_id: string;
  name: string;
  folder: Generated<string>;
  tags: Generated<string[]>;
  version: Generated<number>;
  content_type: string;
  /** bigint: pg returns it as text. */
  size: ColumnType<string, number, number>;
  sha256: string;
  width: number | null;
  height: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One version of a media file: its name and bytes as they were. */
export interface MediaVersionTable {
  media_id: string;
  version: number;
  name: string;
  content_type: string;
  size: ColumnType<string, number, number>;
  sha256: string;
  width: number | null;
  height: number | null;
  saved_by: string | null;
  saved_at: Date;
  restored_from: number | null;
}

/** A resized image, by its source's bytes and its width. */
export interface MediaVariantTable {
  sha256: string;
  width: number;
  variant_sha256: string;
  content_type: string;
  size: ColumnType<string, number, number>;
}

/** A committed blob of the PostgreSQL media store. */
export interface MediaBlobTable {
  sha256: string;
  upload_id: string;
  size: ColumnType<string, number, number>;
  chunk_size: number;
  touched_at: Generated<Date>;
}

/** One chunk of an upload to the PostgreSQL media store. */
export interface MediaChunkTable {
  upload_id: string;
  seq: number;
  data: Buffer;
  created_at: Generated<Date>;
}

/** How a widget measures, as stored: the field by id (none: a count of rows). */
export interface StoredMeasure {
  fn: 'count' | 'sum' | 'avg' | 'min' | 'max';
  field: string | null;
}

/** A dashboard widget as stored: its collection and fields by id, its filter in stored form. */
export type StoredWidget = {
  id: string;
  title: string;
  collection: string;
  filter: string | null;
} & (
  | { kind: 'number'; measure: StoredMeasure }
  | {
      kind: 'bar' | 'pie';
      measure: StoredMeasure;
      groupBy: { field: string; label: string | null };
      limit: number;
    }
  | { kind: 'timeSeries'; measure: StoredMeasure; date: string; interval: 'day' | 'week' | 'month' }
  | { kind: 'table'; fields: string[]; sort: { field: string; direction: 'asc' | 'desc' }[]; limit: number }
);

/** The content of a dashboard, as each save left it. */
export interface StoredDashboardContent {
  title: string;
  description: string;
  widgets: StoredWidget[];
}

/** A dashboard of an app (DESIGN.md §3, app.dashboards.*), at its current version. */
export interface AppDashboardTable {
  id: string;
  app_id: string;
  title: string;
  description: string;
  widgets: JSONColumnType<StoredWidget[]>;
  version: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppDashboardVersionTable {
  dashboard_id: string;
  version: number;
  content: JSONColumnType<StoredDashboardContent>;
  saved_by: string | null;
  saved_at: Date;
  restored_from: number | null;
}
