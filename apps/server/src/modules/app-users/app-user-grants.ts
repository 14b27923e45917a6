import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import { type RoleRow, rolesOfUser } from '../roles/roles.repository.js';
import type { RoleGrant } from '../tenancy/effective-permissions.js';
import { toRoleGrant } from '../tenancy/role-grant.js';

/** What an app user holds: the input of the delegation ceiling's difference. */
export interface Grant {
  roles: RoleGrant[];
  directRights: string[];
}

/** Holding nothing: the grant before someone joins and after they leave. */
export const NO_GRANT: Grant = { roles: [], directRights: [] };

/** An app user's row, locked until the transaction ends; anyone else is the 404 of a missing user. */
export async function lockAppUser(db: Kysely<DatabaseSchema>, appId: string, accountId: string) {
  const row = isUuid(accountId)
    ? await db
        .selectFrom('app_user')
        .selectAll()
        .where('app_id', '=', appId)
        .where('account_id', '=', accountId)
        .forUpdate()
        .executeTakeFirst()
    : undefined;
  if (!row) throw notFound('app user');
  return row;
}

/** What an app user holds now. */
export async function grantOf(
  db: Kysely<DatabaseSchema>,
  appId: string,
  accountId: string,
  directRights: readonly string[],
): Promise<Grant> {
  const roles = await rolesOfUser(db, appId, accountId);
  return { roles: roles.map(toRoleGrant), directRights: [...directRights] };
}

/** Replaces an app user's roles. */
export async function replaceRoles(
  db: Kysely<DatabaseSchema>,
  appId: string,
  accountId: string,
  roles: readonly RoleRow[],
): Promise<void> {
  await db
    .deleteFrom('app_user_role')
    .where('app_id', '=', appId)
    .where('account_id', '=', accountId)
    .execute();
  if (roles.length === 0) return;
  await db
    .insertInto('app_user_role')
    .values(roles.map((r) => ({ app_id: appId, account_id: accountId, role_id: r.id })))
    .execute();
}
