// Writes a checked import inside its transaction: custom rights, roles, collection switches, rules
// and pages, so the app ends up holding exactly the file's policy.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppActor } from '../app-change/app-actor.js';
import { recordAppChange } from '../app-change/app-change.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { deletePageInChange, writePageInChange } from '../pages/pages.service.js';
import { roleGrantColumns } from '../tenancy/role-grant.js';
import type { PolicyRight, PolicyRole, StructuralDiff } from './policy.schema.js';
import type { RuleMatch } from './policy-diff.js';
import type { StoredRuleEntry } from './policy-document.js';
import type { PagePlan } from './policy-pages.js';
import type { DesiredRule } from './policy-validation.js';

type Trx = Transaction<DatabaseSchema>;

/** Everything an import writes, already checked and authorised. */
export interface PolicyWrite {
  roles: PolicyRole[];
  customRights: PolicyRight[];
  collections: Record<string, { restricted: boolean }>;
  rules: RuleMatch<StoredRuleEntry, DesiredRule>;
  diff: StructuralDiff;
  /** The pages to write; null when the file has none. */
  pages: PagePlan | null;
  appSchema: AppSchema;
}

const VIA = { via: 'policy import' };

/** Applies the import's changes; each one is audited like the same change made by hand. */
export async function writePolicy(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  write: PolicyWrite,
): Promise<void> {
  const appId = actor.access.appId;
  const now = ctx.clock.now();
  const audit = (action: string, type: string, id: string, change: { before?: unknown; after?: unknown }) =>
    recordAppChange(ctx, actor, { action, target: { type, id }, ...change, details: VIA }, trx);
  const rightByKey = new Map(write.customRights.map((r) => [r.key, r]));
  const roleByKey = new Map(write.roles.map((r) => [r.key, r]));

  for (const { key } of write.diff.customRights.added) {
    const right = rightByKey.get(key)!;
    await trx
      .insertInto('app_custom_right')
      .values({ app_id: appId, ...right })
      .execute();
    await audit('app.right.created', 'app_right', key, { after: right });
  }
  for (const { key, changes } of write.diff.customRights.changed) {
    const { name, description } = rightByKey.get(key)!;
    await trx
      .updateTable('app_custom_right')
      .set({ name, description, updated_at: now })
      .where('app_id', '=', appId)
      .where('key', '=', key)
      .execute();
    await audit('app.right.updated', 'app_right', key, beforeAfter(changes));
  }
  for (const { key } of write.diff.roles.added) {
    const role = roleByKey.get(key)!;
    await trx
      .insertInto('app_role')
      .values({ app_id: appId, ...roleColumns(role) })
      .execute();
    await audit('app.role.created', 'app_role', key, { after: role });
  }
  for (const { key, changes } of write.diff.roles.changed) {
    await trx
      .updateTable('app_role')
      .set({ ...roleColumns(roleByKey.get(key)!), updated_at: now })
      .where('app_id', '=', appId)
      .where('key', '=', key)
      .execute();
    await audit('app.role.updated', 'app_role', key, beforeAfter(changes));
  }
  for (const { key, name, users } of write.diff.roles.removed) {
    const role = await trx
      .selectFrom('app_role')
      .select('id')
      .where('app_id', '=', appId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('app_user_role').where('role_id', '=', role.id).execute();
    await trx.deleteFrom('app_role').where('id', '=', role.id).execute();
    await audit('app.role.deleted', 'app_role', key, { before: { key, name, users } });
  }
  for (const { key, name, users } of write.diff.customRights.removed) {
    await stripRight(trx, appId, key, now);
    await trx.deleteFrom('app_custom_right').where('app_id', '=', appId).where('key', '=', key).execute();
    await audit('app.right.deleted', 'app_right', key, { before: { key, name, users } });
  }
  for (const { collection, changes } of write.diff.collections.changed) {
    const restricted = write.collections[collection]!.restricted;
    const row = await trx
      .updateTable('collection')
      .set({ restricted, updated_at: now })
      .where('app_id', '=', appId)
      .where('key', '=', collection)
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit('app.collection.updated', 'collection', row.id, beforeAfter(changes));
  }
  await writeRules(trx, appId, now, write.rules, audit);
  if (write.pages) await writePages(ctx, actor, trx, write.pages, write.appSchema);
}

/**
 * Pages: new ones first, each after the page it sits under; then changed ones (each a new version);
 * then removed ones, the deepest first, once no page is left under them.
 */
async function writePages(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  plan: PagePlan,
  appSchema: AppSchema,
): Promise<void> {
  const depthIn = (parents: ReadonlyMap<string, string | null>) => (id: string) => {
    let depth = 0;
    for (let at = parents.get(id) ?? null; at !== null && depth <= parents.size; at = parents.get(at) ?? null)
      depth++;
    return depth;
  };
  const added = depthIn(new Map(plan.added.map((p) => [p.id, p.content.parent])));
  for (const page of [...plan.added].sort((a, b) => added(a.id) - added(b.id))) {
    await writePageInChange(ctx, actor, trx, { ...page, appSchema, details: VIA });
  }
  for (const page of plan.changed) {
    await writePageInChange(ctx, actor, trx, { ...page, appSchema, details: VIA });
  }
  const removed = depthIn(new Map(plan.removed.map((p) => [p.row.id, p.row.parent_id])));
  for (const { row } of [...plan.removed].sort((a, b) => removed(b.row.id) - removed(a.row.id))) {
    await deletePageInChange(ctx, actor, trx, { row, appSchema, details: VIA });
  }
}

async function writeRules(
  trx: Trx,
  appId: string,
  now: Date,
  rules: PolicyWrite['rules'],
  audit: (
    action: string,
    type: string,
    id: string,
    change: { before?: unknown; after?: unknown },
  ) => Promise<void>,
): Promise<void> {
  for (const stored of rules.removed) {
    await trx.deleteFrom('data_rule').where('id', '=', stored.id).execute();
    await audit('app.rule.deleted', 'data_rule', stored.id, { before: stored.entry });
  }
  for (const { stored, desired } of rules.changed) {
    await trx
      .updateTable('data_rule')
      .set({ ...desired.columns, updated_at: now })
      .where('id', '=', stored.id)
      .execute();
    await audit('app.rule.updated', 'data_rule', stored.id, { before: stored.entry, after: desired.entry });
  }
  for (const desired of rules.added) {
    const id = randomUUID();
    await trx
      .insertInto('data_rule')
      .values({ id, app_id: appId, ...desired.columns })
      .execute();
    await audit('app.rule.created', 'data_rule', id, { after: desired.entry });
  }
}

function roleColumns(role: PolicyRole) {
  return { ...roleGrantColumns(role), name: role.name, description: role.description };
}

function beforeAfter(changes: Record<string, { before: unknown; after: unknown }>) {
  const side = (which: 'before' | 'after') =>
    Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v[which]]));
  return { before: side('before'), after: side('after') };
}

// A deleted custom right leaves no trace in roles or direct grants.
async function stripRight(trx: Trx, appId: string, key: string, now: Date): Promise<void> {
  await trx
    .updateTable('app_role')
    .set({ rights: sql<string[]>`array_remove(rights, ${key})`, updated_at: now })
    .where('app_id', '=', appId)
    .where(sql<boolean>`${key} = any(rights)`)
    .execute();
  await trx
    .updateTable('app_user')
    .set({ direct_rights: sql<string[]>`array_remove(direct_rights, ${key})`, updated_at: now })
    .where('app_id', '=', appId)
    .where(sql<boolean>`${key} = any(direct_rights)`)
    .execute();
}
