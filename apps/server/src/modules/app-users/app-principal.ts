import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { rolesOfUser } from '../roles/roles.repository.js';
import { effectivePermissions } from '../tenancy/effective-permissions.js';
import { toRoleGrant } from '../tenancy/role-grant.js';
import { type AppAccess, appUserRights } from '../tenancy/tenant-access.js';

/** DESIGN.md §4's principal in one app: who the conditions' `user` is. */
export interface AppPrincipal {
  id: string;
  email: string;
  /** Role keys. */
  roles: string[];
  /**
   * Direct rights ∪ role rights, with what flags imply and what the company gives (those who
   * manage its apps hold every backoffice right): the rights the tenant guard sees.
   */
  rights: string[];
  internal: boolean;
  builder: boolean;
  allData: boolean;
  /** Custom user attribute values by key (`user.<key>`). */
  attributes: Record<string, unknown>;
}

/**
 * The principal of an account in an app, for the data and UI planes. Null when the account is not
 * an active app user: a suspended user, like a stranger, holds nothing there.
 */
export async function loadAppPrincipal(
  db: Kysely<DatabaseSchema>,
  appId: string,
  accountId: string,
): Promise<AppPrincipal | null> {
  const user = await selectAppUsers(db, appId)
    .where('app_user.account_id', '=', accountId)
    .executeTakeFirst();
  if (user?.status !== 'active') return null;
  const roles = await rolesOfUser(db, appId, accountId);
  const effective = effectivePermissions(roles.map(toRoleGrant), user.direct_rights);
  return {
    id: accountId,
    email: user.email,
    roles: effective.roles,
    rights: appUserRights(effective.rights, memberOf(user)),
    internal: effective.internal,
    builder: effective.builder,
    allData: effective.allData,
    attributes: user.attributes,
  };
}

/**
 * The app's users with what their principal is built from besides their roles: their account's
 * email and their standing in the app's company.
 */
export function selectAppUsers(db: Kysely<DatabaseSchema>, appId: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('account', 'account.id', 'app_user.account_id')
    .innerJoin('application', 'application.id', 'app_user.app_id')
    .leftJoin('company_member as m', (join) =>
      join
        .onRef('m.company_id', '=', 'application.company_id')
        .onRef('m.account_id', '=', 'app_user.account_id'),
    )
    .select([
      'app_user.account_id',
      'app_user.status',
      'app_user.direct_rights',
      'app_user.attributes',
      'account.email',
      'm.is_owner',
      'm.rights as member_rights',
    ])
    .where('app_user.app_id', '=', appId);
}

/** The company membership as far as app rights go; null for an app user outside the company. */
export function memberOf(row: { is_owner: boolean | null; member_rights: string[] | null }) {
  return row.is_owner === null ? null : { isOwner: row.is_owner, rights: row.member_rights ?? [] };
}

/**
 * The principal from the standing the tenant guard loaded in this very request: no second read.
 * Null when the caller is not an active app user (a company member who is not one, or suspended).
 */
export function appPrincipalOf(access: AppAccess, id: string, email: string): AppPrincipal | null {
  if (access.appUser?.status !== 'active') return null;
  const rights = appUserRights(access.permissions.rights, access.company);
  return { id, email, ...access.permissions, rights, attributes: access.appUser.attributes };
}
