import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { APP_RIGHT_KEYS, COMPANY_RIGHT_KEYS, isAppRight, isCompanyRight } from '../rights/catalogue.js';
import { type EffectivePermissions, effectivePermissions, type RoleGrant } from './effective-permissions.js';

const APPS_MANAGE_RIGHT = 'company.apps.manage';

/** The caller's standing in a company. */
export interface CompanyAccess {
  companyId: string;
  isOwner: boolean;
  /** Company rights; an owner holds all of them. */
  rights: string[];
  mfaRequired: boolean;
}

/** The caller's standing in an app: through its company, as one of its users, or both. */
export interface AppAccess {
  appId: string;
  companyId: string;
  company: CompanyAccess | null;
  appUser: { status: 'active' | 'suspended'; attributes: Record<string, unknown> } | null;
  permissions: EffectivePermissions;
  /** The app's policy version as of this request, when loaded: the engine cache is checked against it. */
  policyVersion?: number;
}

/** The account's membership in a company, or null when it has none (or the company does not exist). */
export async function loadCompanyAccess(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  companyId: string,
): Promise<CompanyAccess | null> {
  const row = await db
    .selectFrom('company_member')
    .innerJoin('company', 'company.id', 'company_member.company_id')
    .select(['company_member.is_owner', 'company_member.rights', 'company.mfa_required'])
    .where('company_member.company_id', '=', companyId)
    .where('company_member.account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    companyId,
    isOwner: row.is_owner,
    rights: row.is_owner ? [...COMPANY_RIGHT_KEYS] : row.rights,
    mfaRequired: row.mfa_required,
  };
}

/**
 * The account's standing in an app, or null when the app does not exist. One round trip: every
 * request to an app route pays for it, so the company membership, the app user, their roles and
 * the app's policy version come back together.
 */
export async function loadAppAccess(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  appId: string,
): Promise<AppAccess | null> {
  const row = await db
    .selectFrom('application as a')
    .innerJoin('company as c', 'c.id', 'a.company_id')
    .leftJoin('company_member as m', (join) =>
      join.onRef('m.company_id', '=', 'a.company_id').on('m.account_id', '=', accountId),
    )
    .leftJoin('app_user as u', (join) =>
      join.onRef('u.app_id', '=', 'a.id').on('u.account_id', '=', accountId),
    )
    .select([
      'a.company_id',
      'a.policy_version',
      'c.mfa_required',
      'm.is_owner',
      'm.rights as member_rights',
      'u.status',
      'u.direct_rights',
      'u.attributes',
    ])
    .select(
      sql<RoleRow[] | null>`(
        select json_agg(json_build_object('key', r.key, 'rights', r.rights, 'internal', r.internal,
          'builder', r.builder, 'allData', r.all_data, 'forceMfa', r.force_mfa))
        from app_user_role ur join app_role r on r.id = ur.role_id
        where ur.app_id = a.id and ur.account_id = ${accountId})`.as('roles'),
    )
    .where('a.id', '=', appId)
    .executeTakeFirst();
  if (!row) return null;
  const company =
    row.is_owner === null
      ? null
      : {
          companyId: row.company_id,
          isOwner: row.is_owner,
          rights: row.is_owner ? [...COMPANY_RIGHT_KEYS] : (row.member_rights ?? []),
          mfaRequired: row.mfa_required,
        };
  const active = row.status === 'active';
  return {
    appId,
    companyId: row.company_id,
    company,
    appUser: row.status ? { status: row.status, attributes: row.attributes ?? {} } : null,
    permissions: effectivePermissions(
      active ? (row.roles ?? []) : [],
      active ? (row.direct_rights ?? []) : [],
    ),
    policyVersion: Number(row.policy_version),
  };
}

type RoleRow = RoleGrant;

/**
 * Whether the account may know the app exists: a member of its company or one of its users
 * (suspended included). To anyone else every route answers as if the app did not exist.
 */
export function seesApp(access: AppAccess | null | undefined): access is AppAccess {
  return Boolean(access && (access.company || access.appUser));
}

/**
 * Whether the caller holds a right in an app. Company rights come from the membership; app
 * rights from the app user's roles and direct rights, and from the company: owners and holders
 * of company.apps.manage hold every backoffice right of the company's apps (DESIGN.md §3), app
 * user or not. Data access itself still comes only from the data rules.
 */
export function holdsAppRight(access: AppAccess, right: string): boolean {
  if (isCompanyRight(right)) return access.company?.rights.includes(right) ?? false;
  if (access.company?.isOwner) return true;
  if (isAppRight(right) && managesApps(access.company)) return true;
  return access.permissions.rights.includes(right);
}

/** What of a membership decides app rights. */
export interface CompanyStanding {
  readonly isOwner: boolean;
  readonly rights: readonly string[];
}

/** Whether a membership manages the company's apps: an owner, or a holder of company.apps.manage. */
export function managesApps(company: CompanyStanding | null | undefined): boolean {
  return Boolean(company && (company.isOwner || company.rights.includes(APPS_MANAGE_RIGHT)));
}

/**
 * An app user's rights with what the company gives on top (every backoffice right, for those who
 * manage the company's apps): the `user.rights` of the data plane, as holdsAppRight answers.
 */
export function appUserRights(
  rights: readonly string[],
  company: CompanyStanding | null | undefined,
): string[] {
  return managesApps(company) ? [...new Set([...rights, ...APP_RIGHT_KEYS])].sort() : [...rights];
}
