import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { AppError, notFound } from '../../http/app-error.js';
import { assertAppCeiling, privilegeDiff } from '../tenancy/delegation.js';
import type { AppActor } from './app-actor.js';
import { changeApp, recordAppChange } from './app-audit.js';
import { findRole, type RoleRow, toRoleGrant, toRoleView } from './roles.repository.js';
import { target } from './roles.service.js';

/**
 * Deletes a role. Its users lose it, or move to `replacement`: the ceiling applies to that
 * difference (what they lose and what they gain). A role that users hold is not deleted without a
 * replacement, and the two default roles are never deleted: registration and app creation need them.
 */
export async function deleteRole(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  replacement: string | undefined,
): Promise<{ movedUsers: number }> {
  const appId = actor.access.appId;
  return changeApp(ctx, actor, { action: 'app.role.deleted', target: target(key) }, async (trx) => {
    const role = await lockRole(trx, appId, key);
    if (role.default_for) {
      throw new AppError(409, 'DEFAULT_ROLE', `${role.name} is a default role of the application; it stays.`);
    }
    const successor =
      replacement === undefined ? undefined : await replacementRole(trx, appId, role, replacement);
    const holders = await trx
      .selectFrom('app_user_role')
      .select('account_id')
      .where('role_id', '=', role.id)
      .execute();
    if (holders.length > 0 && !successor) {
      throw new AppError(
        409,
        'ROLE_IN_USE',
        `${holders.length} users hold this role. Name a replacement role to move them to.`,
        { users: holders.length },
      );
    }
    assertAppCeiling(
      actor.access,
      privilegeDiff(
        { roles: [toRoleGrant(role)], directRights: [] },
        { roles: successor ? [toRoleGrant(successor)] : [], directRights: [] },
      ),
    );
    if (successor && holders.length > 0) {
      await trx
        .insertInto('app_user_role')
        .values(holders.map((h) => ({ app_id: appId, account_id: h.account_id, role_id: successor.id })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await trx.deleteFrom('app_user_role').where('role_id', '=', role.id).execute();
    await trx.deleteFrom('app_role').where('id', '=', role.id).execute();
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.role.deleted',
        target: target(key),
        before: toRoleView(role, holders.length),
        details: { replacement: successor?.key ?? null, movedUsers: holders.map((h) => h.account_id) },
      },
      trx,
    );
    return { movedUsers: holders.length };
  });
}

async function lockRole(trx: Transaction<DatabaseSchema>, appId: string, key: string): Promise<RoleRow> {
  const role = await trx
    .selectFrom('app_role')
    .selectAll()
    .where('app_id', '=', appId)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
  if (!role) throw notFound('role');
  return role;
}

async function replacementRole(
  trx: Transaction<DatabaseSchema>,
  appId: string,
  role: RoleRow,
  key: string,
): Promise<RoleRow> {
  const successor = key === role.key ? undefined : await findRole(trx, appId, key);
  if (successor) return successor;
  throw new AppError(400, 'UNKNOWN_ROLES', `The replacement must be another role of this application.`, {
    unknown: [key],
    issues: [
      { location: 'querystring', field: 'replacement', message: 'must name another role of this app' },
    ],
  });
}
