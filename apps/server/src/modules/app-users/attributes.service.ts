import { indexSchema, rulesUsingAttribute } from '@charter/policy';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { AppUserAttributeTable, DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import type { AppActor } from '../app-change/app-actor.js';
import { isUniqueViolation, recordAppChange } from '../app-change/app-change.js';
import { bumpPolicyVersion } from '../app-change/policy-version.js';
import { refreshUsersView } from '../collections/app-storage.js';
import { collectionErrors } from '../collections/collections.errors.js';
import { dashboardsUsingAttribute } from '../dashboards/dashboard-usage.js';
import { listDashboardRows } from '../dashboards/dashboards.repository.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { pagesUsingAttribute } from '../pages/page-usage.js';
import { listPageRows } from '../pages/pages.repository.js';
import { loadAppRuleSet } from '../rules/rules.repository.js';
import { appUserErrors, attributeInUse } from './app-users.errors.js';
import { assertKeyNotReserved, assertOptionsFit } from './attribute-values.js';
import type { AttributeView, CreateAttributeInput, UpdateAttributeInput } from './attributes.schema.js';

type AttributeRow = Selectable<AppUserAttributeTable>;

function toView(row: AttributeRow): AttributeView {
  return { key: row.key, name: row.name, type: row.type, options: row.options, createdAt: row.created_at };
}

async function lockAttribute(db: Kysely<DatabaseSchema>, appId: string, key: string): Promise<AttributeRow> {
  const row = await db
    .selectFrom('app_user_attribute')
    .selectAll()
    .where('app_id', '=', appId)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('attribute');
  return row;
}

/** The app's custom user attributes, by key. */
export async function listAttributes(ctx: AppContext, appId: string): Promise<AttributeView[]> {
  const rows = await ctx.database.db
    .selectFrom('app_user_attribute')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('key')
    .execute();
  return rows.map(toView);
}

/** One attribute. */
export async function getAttribute(ctx: AppContext, appId: string, key: string): Promise<AttributeView> {
  const row = await ctx.database.db
    .selectFrom('app_user_attribute')
    .selectAll()
    .where('app_id', '=', appId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) throw notFound('attribute');
  return toView(row);
}

/** Defines a typed user attribute (department, region…), later `user.<key>` in conditions. */
export async function createAttribute(
  ctx: AppContext,
  actor: AppActor,
  input: CreateAttributeInput,
): Promise<AttributeView> {
  assertKeyNotReserved(input.key);
  assertOptionsFit(input.type, input.options);
  try {
    return await ctx.database.db.transaction().execute(async (trx) => {
      await bumpPolicyVersion(trx, actor.access.appId); // user.<key> in conditions changes meaning
      const row = await trx
        .insertInto('app_user_attribute')
        .values({ app_id: actor.access.appId, ...input, options: JSON.stringify(input.options) })
        .returningAll()
        .executeTakeFirstOrThrow();
      await refreshUsersView(trx, actor.access.appId); // the users collection gains the column
      await recordAppChange(
        ctx,
        actor,
        { action: 'app.attribute.created', target: target(row.key), after: toView(row) },
        trx,
      );
      return toView(row);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw appUserErrors.ATTRIBUTE_KEY_TAKEN(input.key, {
      issues: [{ location: 'body', field: 'key', message: 'is already used by another attribute' }],
    });
  }
}

/** Renames an attribute or changes a select's choices; a choice that users hold stays. */
export async function updateAttribute(
  ctx: AppContext,
  actor: AppActor,
  key: string,
  patch: UpdateAttributeInput,
): Promise<AttributeView> {
  const appId = actor.access.appId;
  return ctx.database.db.transaction().execute(async (trx) => {
    await bumpPolicyVersion(trx, appId);
    const before = await lockAttribute(trx, appId, key);
    const options = patch.options ?? before.options;
    assertOptionsFit(before.type, options);
    const dropped = before.options.filter((o) => !options.includes(o));
    const held = await optionsInUse(trx, appId, key, dropped);
    if (held.length > 0) {
      throw collectionErrors.OPTION_IN_USE(
        `Users still hold ${held.join(', ')}; change their values first.`,
        {
          options: held,
        },
      );
    }
    const after = await trx
      .updateTable('app_user_attribute')
      .set({ name: patch.name ?? before.name, options: JSON.stringify(options) })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAppChange(
      ctx,
      actor,
      { action: 'app.attribute.updated', target: target(key), before: toView(before), after: toView(after) },
      trx,
    );
    return toView(after);
  });
}

/**
 * Deletes an attribute and every user's value of it. Refused while the register form asks for it,
 * so registration never collects an answer it cannot store, and while a rule reads it.
 */
export async function deleteAttribute(ctx: AppContext, actor: AppActor, key: string): Promise<void> {
  const appId = actor.access.appId;
  await ctx.database.db.transaction().execute(async (trx) => {
    await bumpPolicyVersion(trx, appId);
    const before = await lockAttribute(trx, appId, key);
    const app = await trx
      .selectFrom('application')
      .select('register_form')
      .where('id', '=', appId)
      .executeTakeFirstOrThrow();
    if (app.register_form.fields.some((f) => f.attribute === key)) {
      throw appUserErrors.ATTRIBUTE_IN_USE(
        'The register form asks for this attribute; remove it there first.',
        {
          usedBy: ['registerForm'],
        },
      );
    }
    // A rule or a visibility reading `user.<key>` would silently fail closed once it is gone.
    const schema = await loadAppSchema(trx, appId);
    const rules = rulesUsingAttribute(await loadAppRuleSet(trx, appId, schema), before.id).map((u) => ({
      id: u.ruleId,
      name: u.ruleName,
      collection: u.collection,
    }));
    const pages = pagesUsingAttribute(
      await listPageRows(trx, appId),
      indexSchema(schema.schema),
      schema.keyById,
      before.id,
    );
    const dashboards = dashboardsUsingAttribute(
      await listDashboardRows(trx, appId),
      indexSchema(schema.schema),
      schema.keyById,
      before.id,
    );
    if (rules.length > 0 || pages.length > 0 || dashboards.length > 0) {
      throw attributeInUse(rules, pages, dashboards);
    }
    const cleared = await trx
      .updateTable('app_user')
      .set({ attributes: sql`attributes - ${key}`, updated_at: ctx.clock.now() })
      .where('app_id', '=', appId)
      .where(sql<boolean>`attributes ? ${key}`)
      .executeTakeFirst();
    await trx.deleteFrom('app_user_attribute').where('id', '=', before.id).execute();
    await refreshUsersView(trx, appId);
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.attribute.deleted',
        target: target(key),
        before: toView(before),
        details: { clearedUsers: Number(cleared.numUpdatedRows) },
      },
      trx,
    );
  });
}

async function optionsInUse(db: Kysely<DatabaseSchema>, appId: string, key: string, options: string[]) {
  const held: string[] = [];
  for (const option of options) {
    const user = await db
      .selectFrom('app_user')
      .select('account_id')
      .where('app_id', '=', appId)
      .where(sql<boolean>`attributes -> ${key} @> to_jsonb(${option}::text)`)
      .limit(1)
      .executeTakeFirst();
    if (user) held.push(option);
  }
  return held;
}

function target(key: string) {
  return { type: 'app_attribute', id: key };
}
