import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { type AppError, notFound } from '../../http/app-error.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, isUniqueViolation, recordAppChange } from '../app-change/app-change.js';
import type { PreviewChange } from '../app-change/change-preview.js';
import { assertAppCeiling, privilegeDiff } from '../tenancy/delegation.js';
import type { RoleGrant } from '../tenancy/effective-permissions.js';
import { roleGrantColumns, toRoleGrant } from '../tenancy/role-grant.js';
import { assertKnownRights } from './right-keys.js';
import { roleErrors } from './roles.errors.js';
import {
  findRole,
  lockRole,
  type RoleRow,
  type RoleView,
  roleUserCounts,
  toRoleView,
} from './roles.repository.js';
import type { CreateRoleInput, RoleUpdatePreview, UpdateRoleInput } from './roles.schema.js';

/** The app's roles, defaults first, each with how many users hold it. */
export async function listRoles(ctx: AppContext, appId: string): Promise<RoleView[]> {
  const db = ctx.database.db;
  const [rows, counts] = await Promise.all([
    db.selectFrom('app_role').selectAll().where('app_id', '=', appId).orderBy('key').execute(),
    roleUserCounts(db, appId),
  ]);
  const rank = (r: RoleRow) => (r.default_for === 'team_admin' ? 0 : r.default_for === 'user' ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b)).map((r) => toRoleView(r, counts.get(r.id) ?? 0));
}

/** One role, by key. */
export async function getRole(ctx: AppContext, appId: string, key: string): Promise<RoleView> {
  const row = await findRole(ctx.database.db, appId, key);
  if (!row) throw notFound('role');
  return viewWithCount(ctx.database.db, row);
}

/** Defines a role. Its rights and flags are handed out by defining it: the ceiling applies to them. */
export async function createRole(
  ctx: AppContext,
  actor: AppActor,
  input: CreateRoleInput,
): Promise<RoleView> {
  const appId = actor.access.appId;
  const attempt = { action: 'app.role.created', target: roleTarget(input.key) };
  try {
    return await changeApp(ctx, actor, attempt, async (trx) => {
      if (await findRole(trx, appId, input.key)) throw keyTaken(input.key);
      const rights = await assertKnownRights(trx, appId, input.rights, 'rights');
      const grant: RoleGrant = { ...input, rights };
      assertAppCeiling(actor.access, privilegeDiff(NONE, { roles: [grant], directRights: [] }));
      const row = await trx
        .insertInto('app_role')
        .values({
          app_id: appId,
          ...roleGrantColumns(grant),
          name: input.name,
          description: input.description,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = toRoleView(row, 0);
      await recordAppChange(ctx, actor, { ...attempt, after: view }, trx);
      return view;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? keyTaken(input.key) : error;
  }
}

/** Edits a role; the rights and flags it gains or loses are subject to the ceiling. */
export async function updateRole(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  patch: UpdateRoleInput,
): Promise<RoleView> {
  const attempt = { action: 'app.role.updated', target: roleTarget(key) };
  return changeApp(ctx, actor, attempt, (trx) => roleUpdate(ctx, actor, key, patch, trx));
}

/** A dry run of updateRole: the same checks, who would gain or lose what; nothing is saved. */
export async function previewRoleUpdate(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  patch: UpdateRoleInput,
  previewChange: PreviewChange,
): Promise<RoleUpdatePreview> {
  const preview = await previewChange(actor.access.appId, (trx) => roleUpdate(ctx, actor, key, patch, trx));
  return { dryRun: true, impact: preview.impact, role: preview.result };
}

/** The work of updateRole inside the change's transaction (a dry run rolls it back). */
export async function roleUpdate(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  patch: UpdateRoleInput,
  trx: Kysely<DatabaseSchema>,
): Promise<RoleView> {
  const appId = actor.access.appId;
  const attempt = { action: 'app.role.updated', target: roleTarget(key) };
  const before = await lockRole(trx, appId, key);
  const rights = patch.rights ? await assertKnownRights(trx, appId, patch.rights, 'rights') : before.rights;
  const after = grantAfter(before, patch, rights);
  assertAppCeiling(
    actor.access,
    privilegeDiff({ roles: [toRoleGrant(before)], directRights: [] }, { roles: [after], directRights: [] }),
  );
  const row = await trx
    .updateTable('app_role')
    .set({
      ...roleGrantColumns(after),
      name: patch.name ?? before.name,
      description: patch.description ?? before.description,
      updated_at: ctx.clock.now(),
    })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const beforeView = await viewWithCount(trx, before);
  const afterView = toRoleView(row, beforeView.users);
  await recordAppChange(ctx, actor, { ...attempt, before: beforeView, after: afterView }, trx);
  return afterView;
}

/** A role's audit target. */
export function roleTarget(key: string) {
  return { type: 'app_role', id: key };
}

const NONE = { roles: [], directRights: [] };

function grantAfter(before: RoleRow, patch: UpdateRoleInput, rights: string[]): RoleGrant {
  return {
    key: before.key,
    rights,
    internal: patch.internal ?? before.internal,
    builder: patch.builder ?? before.builder,
    allData: patch.allData ?? before.all_data,
    forceMfa: patch.forceMfa ?? before.force_mfa,
  };
}

async function viewWithCount(db: Kysely<DatabaseSchema>, row: RoleRow): Promise<RoleView> {
  const count = await db
    .selectFrom('app_user_role')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('role_id', '=', row.id)
    .executeTakeFirstOrThrow();
  return toRoleView(row, Number(count.n));
}

function keyTaken(key: string): AppError {
  return roleErrors.ROLE_KEY_TAKEN(key, {
    issues: [{ location: 'body', field: 'key', message: 'is already used by another role' }],
  });
}
