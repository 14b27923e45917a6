import { randomUUID } from 'node:crypto';
import { indexSchema, isManyLink } from '@charter/policy';
import type { AppContext } from '../../context.js';
import type { AppActor } from '../app-change/app-actor.js';
import { recordAppChange } from '../app-change/app-change.js';
import { dashboardsUsingCollection } from '../dashboards/dashboard-usage.js';
import { listDashboardRows } from '../dashboards/dashboards.repository.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { findCollectionRow, listFieldRows, tableOf } from '../data-model/data-model.repository.js';
import { collectionTableName } from '../data-model/storage-names.js';
import { pagesUsingCollection } from '../pages/page-usage.js';
import { listPageRows } from '../pages/pages.repository.js';
import { loadAppRuleSet } from '../rules/rules.repository.js';
import { loadCollectionViews, toCollectionView } from './collection-views.js';
import { collectionInUse, collectionKeyTaken, usersCollectionManaged } from './collections.errors.js';
import type { CollectionView, CreateCollectionInput, UpdateCollectionInput } from './collections.schema.js';
import { changeDataModel } from './data-model-change.js';
import { linksTo, rulesUsingCollection } from './data-model-usage.js';
import { createCollectionTable, dropCollectionTable, dropFieldStorage, storageOf } from './storage-ddl.js';

const target = (id: string) => ({ type: 'collection', id });

/** The app's collections with their fields, the users collection first. */
export async function listCollections(ctx: AppContext, appId: string): Promise<CollectionView[]> {
  return loadCollectionViews(ctx.database.db, appId);
}

/** One collection, by key or id. */
export async function getCollection(ctx: AppContext, appId: string, ref: string): Promise<CollectionView> {
  const row = await findCollectionRow(ctx.database.db, appId, ref);
  const [view] = await loadCollectionViews(ctx.database.db, appId, (r) => r.id === row.id);
  return view!;
}

/** Creates a collection and its table (restricted unless asked otherwise: secure by default). */
export async function createCollection(
  ctx: AppContext,
  actor: AppActor,
  input: CreateCollectionInput,
): Promise<CollectionView> {
  const appId = actor.access.appId;
  return changeDataModel(ctx, actor, async (trx) => {
    const taken = await trx
      .selectFrom('collection')
      .select('id')
      .where('app_id', '=', appId)
      .where('key', '=', input.key)
      .executeTakeFirst();
    if (taken) throw collectionKeyTaken(input.key);
    const id = randomUUID();
    const row = await trx
      .insertInto('collection')
      .values({ id, app_id: appId, ...input, table_name: collectionTableName(id), system: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await createCollectionTable(trx, tableOf(row));
    const view = toCollectionView(row, []);
    await recordAppChange(
      ctx,
      actor,
      { action: 'app.collection.created', target: target(id), after: view },
      trx,
    );
    return view;
  });
}

/** Renames a collection, edits its description, or turns its `restricted` switch. The key stays. */
export async function updateCollection(
  ctx: AppContext,
  actor: AppActor,
  ref: string,
  patch: UpdateCollectionInput,
): Promise<CollectionView> {
  const appId = actor.access.appId;
  return changeDataModel(ctx, actor, async (trx) => {
    const before = await findCollectionRow(trx, appId, ref, true);
    const after = await trx
      .updateTable('collection')
      .set({ ...patch, updated_at: ctx.clock.now() })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const changed = Object.keys(patch) as (keyof UpdateCollectionInput)[];
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.collection.updated',
        target: target(before.id),
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        details: { collection: before.key },
      },
      trx,
    );
    const [view] = await loadCollectionViews(trx, appId, (r) => r.id === before.id);
    return view!;
  });
}

/**
 * Deletes a collection with its records. Refused (409) for the users collection, and while rules
 * use it or links from other collections point to it, listing them.
 */
export async function deleteCollection(ctx: AppContext, actor: AppActor, ref: string): Promise<void> {
  const appId = actor.access.appId;
  await changeDataModel(ctx, actor, async (trx) => {
    const row = await findCollectionRow(trx, appId, ref, true);
    if (row.system) throw usersCollectionManaged('it cannot be deleted');
    const appSchema = await loadAppSchema(trx, appId);
    const ruleSet = await loadAppRuleSet(trx, appId, appSchema);
    const rules = rulesUsingCollection(ruleSet, appSchema.schema, row.key);
    const links = linksTo(appSchema.schema, row.key);
    const pages = pagesUsingCollection(await listPageRows(trx, appId), row.id);
    const dashboards = dashboardsUsingCollection(
      await listDashboardRows(trx, appId),
      indexSchema(appSchema.schema),
      appSchema.keyById,
      row.id,
    );
    if (rules.length > 0 || links.length > 0 || pages.length > 0 || dashboards.length > 0) {
      throw collectionInUse(row.key, rules, links, pages, dashboards);
    }
    const [before] = await loadCollectionViews(trx, appId, (r) => r.id === row.id);
    for (const field of await listFieldRows(trx, [row.id])) {
      if (isManyLink(field)) await dropFieldStorage(trx, tableOf(row), storageOf(field));
    }
    await dropCollectionTable(trx, tableOf(row));
    await trx.deleteFrom('collection').where('id', '=', row.id).execute();
    await recordAppChange(
      ctx,
      actor,
      { action: 'app.collection.deleted', target: target(row.id), before },
      trx,
    );
  });
}
