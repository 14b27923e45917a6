import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, recordAppChange } from '../app-change/app-change.js';
import type { PreviewChange } from '../app-change/change-preview.js';
import { assertAppCeiling, privilegeDiff } from '../tenancy/delegation.js';
import { toRoleGrant } from '../tenancy/role-grant.js';
import { roleErrors } from './roles.errors.js';
import { findRole, lockRole, type RoleRow, toRoleView } from './roles.repository.js';
import type { RoleDeletionPreview } from './roles.schema.js';
import { roleTarget } from './roles.service.js';

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
  const attempt = { action: 'app.role.deleted', target: roleTarget(key) };
  return changeApp(ctx, actor, attempt, (trx) => roleDeletion(ctx, actor, key, replacement, trx));
}

/** A dry run of deleteRole, moving holders to `replacement` as the real one would; nothing is saved. */
export async function previewRoleDeletion(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  replacement: string | undefined,
  previewChange: PreviewChange,
): Promise<RoleDeletionPreview> {
  const preview = await previewChange(actor.access.appId, (trx) =>
    roleDeletion(ctx, actor, key, replacement, trx),
  );
  return { dryRun: true, impact: preview.impact, ...preview.result };
}

/** The work of deleteRole inside the change's transaction (a dry run rolls it back). */
export async function roleDeletion(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  replacement: string | undefined,
  trx: Transaction<DatabaseSchema>,
): Promise<{ movedUsers: number }> {
  const attempt = { action: 'app.role.deleted', target: roleTarget(key) };
  const role = await lockRole(trx, actor.access.appId, key);
  if (role.default_for) {
    throw roleErrors.DEFAULT_ROLE(role.name);
  }
  const successor = replacement === undefined ? undefined : await replacementRole(trx, role, replacement);
  assertAppCeiling(
    actor.access,
    privilegeDiff(
      { roles: [toRoleGrant(role)], directRights: [] },
      { roles: successor ? [toRoleGrant(successor)] : [], directRights: [] },
    ),
  );
  const holders = await moveHolders(trx, role, successor);
  await trx.deleteFrom('app_role').where('id', '=', role.id).execute();
  const details = { replacement: successor?.key ?? null, movedUsers: holders };
  await recordAppChange(ctx, actor, { ...attempt, before: toRoleView(role, holders.length), details }, trx);
  return { movedUsers: holders.length };
}

// Takes the role from its holders, giving them the successor; without one, holders are a 409.
async function moveHolders(
  trx: Transaction<DatabaseSchema>,
  role: RoleRow,
  successor: RoleRow | undefined,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('app_user_role')
    .select('account_id')
    .where('role_id', '=', role.id)
    .execute();
  const holders = rows.map((r) => r.account_id);
  if (holders.length === 0) return holders;
  if (!successor) {
    throw roleErrors.ROLE_IN_USE(holders.length, { users: holders.length });
  }
  await trx
    .insertInto('app_user_role')
    .values(
      holders.map((accountId) => ({ app_id: role.app_id, account_id: accountId, role_id: successor.id })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await trx.deleteFrom('app_user_role').where('role_id', '=', role.id).execute();
  return holders;
}

async function replacementRole(
  trx: Transaction<DatabaseSchema>,
  role: RoleRow,
  key: string,
): Promise<RoleRow> {
  const successor = key === role.key ? undefined : await findRole(trx, role.app_id, key);
  if (successor) return successor;
  throw roleErrors.UNKNOWN_ROLES('The replacement must be another role of this application.', {
    unknown: [key],
    issues: [
      { location: 'querystring', field: 'replacement', message: 'must name another role of this app' },
    ],
  });
}
