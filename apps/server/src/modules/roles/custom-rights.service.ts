import { type Kysely, type Selectable, sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { AppCustomRightTable, DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, isUniqueViolation, recordAppChange } from '../app-change/app-change.js';
import { type AppSchema, loadAppSchema } from '../data-model/app-schema.js';
import { toRuleView } from '../rules/rule-view.js';
import { assertAppCeiling } from '../tenancy/delegation.js';
import type {
  CreateCustomRightInput,
  CustomRightDetail,
  CustomRightView,
  UpdateCustomRightInput,
} from './custom-rights.schema.js';
import { conditionTestsRight } from './right-references.js';
import { roleErrors } from './roles.errors.js';

function toView(row: Selectable<AppCustomRightTable>): CustomRightView {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Locking the row makes a concurrent role edit that names this right wait, then see it gone.
async function findRight(db: Kysely<DatabaseSchema>, appId: string, key: string, lock = false) {
  const query = db
    .selectFrom('app_custom_right')
    .selectAll()
    .where('app_id', '=', appId)
    .where('key', '=', key);
  const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound('right');
  return row;
}

/** The app's custom rights, by key. */
export async function listCustomRights(ctx: AppContext, appId: string): Promise<CustomRightView[]> {
  const rows = await ctx.database.db
    .selectFrom('app_custom_right')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('key')
    .execute();
  return rows.map(toView);
}

/**
 * One custom right, with what uses it: the roles that hold it, and the data rules whose parsed
 * condition tests it (so the builder sees what deleting it changes).
 */
export async function getCustomRight(
  ctx: AppContext,
  appId: string,
  key: string,
  readsRules: boolean,
): Promise<CustomRightDetail> {
  const db = ctx.database.db;
  const right = await findRight(db, appId, key);
  const [roles, candidates] = await Promise.all([
    db
      .selectFrom('app_role')
      .select(['key', 'name'])
      .where('app_id', '=', appId)
      .where(sql<boolean>`${key} = any(rights)`)
      .orderBy('key')
      .execute(),
    // The rules are listed only to those who may read them (GET /rules asks app.dataformats.read).
    readsRules
      ? db
          .selectFrom('data_rule')
          .selectAll()
          .where('app_id', '=', appId)
          .where('condition', 'is not', null)
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      : null,
  ]);
  if (!candidates) return { ...toView(right), usedBy: { roles, rules: null } };
  const using = candidates.filter((row) => conditionTestsRight(row.condition, key));
  const appSchema = using.length > 0 ? await loadAppSchema(db, appId) : null;
  const rules = using.map((row) => {
    const view = toRuleView(row, appSchema as AppSchema);
    return {
      id: view.id,
      name: view.name,
      kind: view.kind,
      collection: view.collection,
      actions: view.actions,
      access: view.access,
      condition: view.condition ?? '',
    };
  });
  return { ...toView(right), usedBy: { roles, rules } };
}

/** Defines a custom right. Defining grants nothing to anyone, so no ceiling applies. */
export async function createCustomRight(
  ctx: AppContext,
  actor: AppActor,
  input: CreateCustomRightInput,
): Promise<CustomRightView> {
  try {
    return await ctx.database.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('app_custom_right')
        .values({ app_id: actor.access.appId, ...input })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = toView(row);
      await recordAppChange(
        ctx,
        actor,
        { action: 'app.right.created', target: target(row.key), after: view },
        trx,
      );
      return view;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw roleErrors.RIGHT_KEY_TAKEN(input.key, {
      issues: [{ location: 'body', field: 'key', message: 'is already used by another right' }],
    });
  }
}

/** Renames or re-describes a custom right; its key stays, so roles keep referring to it. */
export async function updateCustomRight(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  patch: UpdateCustomRightInput,
): Promise<CustomRightView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const before = await findRight(trx, actor.access.appId, key);
    const after = await trx
      .updateTable('app_custom_right')
      .set({ ...patch, updated_at: ctx.clock.now() })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAppChange(
      ctx,
      actor,
      { action: 'app.right.updated', target: target(key), before: toView(before), after: toView(after) },
      trx,
    );
    return toView(after);
  });
}

/**
 * Deletes a custom right and removes it from every role and every direct grant. Taking a right
 * away from its holders is subject to the delegation ceiling, like any other removal.
 */
export async function deleteCustomRight(ctx: AppContext, actor: AppActor, key: string): Promise<void> {
  const appId = actor.access.appId;
  const attempt = { action: 'app.right.deleted', target: target(key) };
  await changeApp(ctx, actor, attempt, async (trx) => {
    const right = await findRight(trx, appId, key, true);
    const holders = await stripRight(trx, appId, key, ctx.clock.now());
    if (holders.roles.length > 0 || holders.users.length > 0) {
      assertAppCeiling(actor.access, { rights: [key], flags: [] });
    }
    await trx.deleteFrom('app_custom_right').where('id', '=', right.id).execute();
    await recordAppChange(ctx, actor, { ...attempt, before: { ...toView(right), ...holders } }, trx);
  });
}

// Removes a right from every role and direct grant of an app; returns who held it.
async function stripRight(db: Kysely<DatabaseSchema>, appId: string, key: string, now: Date) {
  const roles = await db
    .updateTable('app_role')
    .set({ rights: sql<string[]>`array_remove(rights, ${key})`, updated_at: now })
    .where('app_id', '=', appId)
    .where(sql<boolean>`${key} = any(rights)`)
    .returning('key')
    .execute();
  const users = await db
    .updateTable('app_user')
    .set({ direct_rights: sql<string[]>`array_remove(direct_rights, ${key})`, updated_at: now })
    .where('app_id', '=', appId)
    .where(sql<boolean>`${key} = any(direct_rights)`)
    .returning('account_id')
    .execute();
  return { roles: roles.map((r) => r.key).sort(), users: users.map((u) => u.account_id).sort() };
}

function target(key: string) {
  return { type: 'app_right', id: key };
}
