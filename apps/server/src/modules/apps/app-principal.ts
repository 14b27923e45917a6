import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { effectivePermissions } from '../tenancy/effective-permissions.js';
import { rolesOfUser, toRoleGrant } from './roles.repository.js';

/** DESIGN.md §4's principal in one app: who the conditions' `user` is. */
export interface AppPrincipal {
  id: string;
  email: string;
  /** Role keys. */
  roles: string[];
  /** Direct rights ∪ role rights; builder roles add every backoffice right. */
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
  const user = await db
    .selectFrom('app_user')
    .innerJoin('account', 'account.id', 'app_user.account_id')
    .select(['app_user.status', 'app_user.direct_rights', 'app_user.attributes', 'account.email'])
    .where('app_user.app_id', '=', appId)
    .where('app_user.account_id', '=', accountId)
    .executeTakeFirst();
  if (user?.status !== 'active') return null;
  const roles = await rolesOfUser(db, appId, accountId);
  const effective = effectivePermissions(roles.map(toRoleGrant), user.direct_rights);
  return {
    id: accountId,
    email: user.email,
    roles: effective.roles,
    rights: effective.rights,
    internal: effective.internal,
    builder: effective.builder,
    allData: effective.allData,
    attributes: user.attributes,
  };
}
