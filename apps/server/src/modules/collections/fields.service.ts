import { randomUUID } from 'node:crypto';
import { indexSchema, isManyLink } from '@charter/policy';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound, validationError } from '../../http/app-error.js';
import type { AppActor } from '../app-change/app-actor.js';
import { recordAppChange } from '../app-change/app-change.js';
import { dashboardsUsingField } from '../dashboards/dashboard-usage.js';
import { listDashboardRows } from '../dashboards/dashboards.repository.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import {
  type CollectionRow,
  type FieldRow,
  findCollectionRow,
  findFieldRow,
  tableOf,
} from '../data-model/data-model.repository.js';
import { fieldColumnName, JUNCTION_COLUMNS, junctionTableName } from '../data-model/storage-names.js';
import { pagesUsingField } from '../pages/page-usage.js';
import { listPageRows } from '../pages/pages.repository.js';
import { loadAppRuleSet } from '../rules/rules.repository.js';
import { loadCollectionViews, toFieldView } from './collection-views.js';
import { fieldInUse, fieldNameTaken, usersCollectionManaged } from './collections.errors.js';
import type { FieldView } from './collections.schema.js';
import { changeDataModel } from './data-model-change.js';
import { rulesUsingFieldId } from './data-model-usage.js';
import { applyConstraints } from './field-constraints.js';
import { fieldSpecIssues, resolveLinkTarget } from './field-spec.js';
import type { CreateFieldInput } from './fields.schema.js';
import { addFieldStorage, dropFieldStorage, storageOf } from './storage-ddl.js';

type Trx = Transaction<DatabaseSchema>;
const target = (id: string) => ({ type: 'collection_field', id });

/** The collection a field change applies to, locked; the users collection's fields are its attributes. */
export async function editableCollection(trx: Trx, appId: string, ref: string): Promise<CollectionRow> {
  const collection = await findCollectionRow(trx, appId, ref, true);
  if (collection.system) throw usersCollectionManaged('its fields are the user attributes');
  return collection;
}

/** Refuses a name another field of the collection has. */
export async function assertNameFree(trx: Trx, collectionId: string, name: string): Promise<void> {
  const taken = await trx
    .selectFrom('collection_field')
    .select('id')
    .where('collection_id', '=', collectionId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (taken) throw fieldNameTaken(name);
}

/** The view of a field, with its link target resolved. */
export async function fieldView(trx: Trx, appId: string, row: FieldRow): Promise<FieldView> {
  const [view] = await loadCollectionViews(trx, appId, (c) => c.id === row.collection_id);
  return view?.fields.find((f) => f.id === row.id) ?? toFieldView(row, new Map());
}

/**
 * Adds a field: a column named from its new id (with default, NOT NULL, unique and link indexes),
 * or a junction table for links to many. 409 when existing rows cannot satisfy its constraints.
 */
export async function createField(
  ctx: AppContext,
  actor: AppActor,
  collectionRef: string,
  input: CreateFieldInput,
): Promise<FieldView> {
  const appId = actor.access.appId;
  return changeDataModel(ctx, actor, async (trx) => {
    const collection = await editableCollection(trx, appId, collectionRef);
    await assertNameFree(trx, collection.id, input.name);
    const link = await resolveLinkTarget(trx, appId, input.type, input.target);
    const spec = { type: input.type, unique: input.unique, default: input.default, choices: input.options };
    const issues = [...fieldSpecIssues(spec), ...link.issues];
    if (issues.length > 0) throw validationError(issues);
    const row = await insertField(trx, collection, input, link.row);
    const linkTarget = link.row?.system ? 'users' : link.row ? tableOf(link.row) : undefined;
    await addFieldStorage(trx, tableOf(collection), storageOf(row), linkTarget);
    await applyConstraints(trx, tableOf(collection), row, { required: false, unique: false });
    const view = await fieldView(trx, appId, row);
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.field.created',
        target: target(row.id),
        after: view,
        details: { collection: collection.key },
      },
      trx,
    );
    return view;
  });
}

async function insertField(
  trx: Trx,
  collection: CollectionRow,
  input: CreateFieldInput,
  linked: CollectionRow | null,
) {
  const id = randomUUID();
  const many = isManyLink(input);
  const last = await trx
    .selectFrom('collection_field')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('collection_id', '=', collection.id)
    .executeTakeFirst();
  const options = {
    ...(input.options ? { choices: input.options } : {}),
    ...(linked && !linked.system ? { targetCollectionId: linked.id } : {}),
    ...(many ? { junction: { table: junctionTableName(id), ...JUNCTION_COLUMNS } } : {}),
  };
  return trx
    .insertInto('collection_field')
    .values({
      id,
      collection_id: collection.id,
      name: input.name,
      label: input.label ?? input.name,
      type: input.type,
      column_name: many ? null : fieldColumnName(id),
      required: input.required,
      is_unique: input.unique,
      default_value: input.default == null ? null : JSON.stringify(input.default),
      options: JSON.stringify(options),
      position: (last?.position ?? 0) + 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes a field and its column or junction table; 409 listing the rules that use it. */
export async function deleteField(
  ctx: AppContext,
  actor: AppActor,
  collectionRef: string,
  fieldRef: string,
): Promise<void> {
  const appId = actor.access.appId;
  await changeDataModel(ctx, actor, async (trx) => {
    const collection = await editableCollection(trx, appId, collectionRef);
    const field = await findFieldRow(trx, collection.id, fieldRef, true);
    const appSchema = await loadAppSchema(trx, appId);
    const ruleSet = await loadAppRuleSet(trx, appId, appSchema);
    const rules = rulesUsingFieldId(ruleSet, appSchema.schema, collection.key, field.id);
    const pages = pagesUsingField(
      await listPageRows(trx, appId),
      indexSchema(appSchema.schema),
      appSchema.keyById,
      field.id,
    );
    const dashboards = dashboardsUsingField(
      await listDashboardRows(trx, appId),
      indexSchema(appSchema.schema),
      appSchema.keyById,
      field.id,
      collection.key,
    );
    if (rules.length > 0 || pages.length > 0 || dashboards.length > 0) {
      throw fieldInUse(field.name, rules, pages, dashboards);
    }
    const before = await fieldView(trx, appId, field);
    await dropFieldStorage(trx, tableOf(collection), storageOf(field));
    await trx.deleteFrom('collection_field').where('id', '=', field.id).execute();
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.field.deleted',
        target: target(field.id),
        before,
        details: { collection: collection.key },
      },
      trx,
    );
  });
}

/** One field of a collection (the users collection's too), by id or current name. */
export async function getField(
  ctx: AppContext,
  appId: string,
  collectionRef: string,
  fieldRef: string,
): Promise<FieldView> {
  const collection = await findCollectionRow(ctx.database.db, appId, collectionRef);
  const [view] = await loadCollectionViews(ctx.database.db, appId, (c) => c.id === collection.id);
  const field = view?.fields.find((f) => f.id === fieldRef || f.name === fieldRef);
  if (!field) throw notFound('field');
  return field;
}
