import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { COMPANY_RIGHT_KEYS, isCompanyRight } from '../rights/catalogue.js';
import { type EffectivePermissions, effectivePermissions, type RoleGrant } from './effective-permissions.js';

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
  appUser: { status: 'active' | 'suspended' } | null;
  permissions: EffectivePermissions;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path parameter can be an id; anything else is simply not found. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
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

/** The roles an app user holds, as grants. */
export async function loadRoleGrants(
  db: Kysely<DatabaseSchema>,
  appId: string,
  accountId: string,
): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('app_user_role')
    .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
    .select([
      'app_role.key',
      'app_role.rights',
      'app_role.internal',
      'app_role.builder',
      'app_role.all_data',
      'app_role.force_mfa',
    ])
    .where('app_user_role.app_id', '=', appId)
    .where('app_user_role.account_id', '=', accountId)
    .execute();
  return rows.map((r) => ({
    key: r.key,
    rights: r.rights,
    internal: r.internal,
    builder: r.builder,
    allData: r.all_data,
    forceMfa: r.force_mfa,
  }));
}

/** The account's standing in an app, or null when the app does not exist. */
export async function loadAppAccess(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  appId: string,
): Promise<AppAccess | null> {
  const app = await db
    .selectFrom('application')
    .select(['id', 'company_id'])
    .where('id', '=', appId)
    .executeTakeFirst();
  if (!app) return null;
  const [company, appUser] = await Promise.all([
    loadCompanyAccess(db, accountId, app.company_id),
    db
      .selectFrom('app_user')
      .select(['status', 'direct_rights'])
      .where('app_id', '=', appId)
      .where('account_id', '=', accountId)
      .executeTakeFirst(),
  ]);
  const active = appUser?.status === 'active';
  const roles = active ? await loadRoleGrants(db, appId, accountId) : [];
  return {
    appId,
    companyId: app.company_id,
    company,
    appUser: appUser ? { status: appUser.status } : null,
    permissions: effectivePermissions(roles, active ? (appUser?.direct_rights ?? []) : []),
  };
}

/**
 * Whether the caller holds a right in an app. Company rights come from the membership; app
 * rights from the app user's roles and direct rights. Company owners hold every right of their
 * company's apps: they could grant it to themselves anyway.
 */
export function holdsAppRight(access: AppAccess, right: string): boolean {
  if (isCompanyRight(right)) return access.company?.rights.includes(right) ?? false;
  if (access.company?.isOwner) return true;
  return access.permissions.rights.includes(right);
}
