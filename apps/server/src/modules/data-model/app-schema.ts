// The engine's Schema of one app, built from the metadata: what rules and queries compile against.
import type { CollectionDef, CollectionSettings, FieldDef, Schema, UserAttributeDef } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import {
  type FieldRow,
  listAttributeColumns,
  listCollectionRows,
  listFieldRows,
  tableOf,
} from './data-model.repository.js';
import { appSchemaName, USERS_VIEW } from './storage-names.js';
import { type AttributeColumn, USERS_COLLECTION_KEY, usersCollectionFields } from './users-collection.js';

/** An app's data model as the engine sees it, with what building its rule set needs. */
export interface AppSchema {
  schema: Schema;
  /** Changes with every change that affects permissions; keys compiled plans. */
  policyVersion: number;
  /** The `restricted` switch per collection key. */
  collections: Record<string, CollectionSettings>;
  /** Collection id → key, for rules stored by collection id. */
  keyById: ReadonlyMap<string, string>;
}

/** Loads the app's Schema (collections, fields by id, junctions, users, attributes) and policy version. */
export async function loadAppSchema(db: Kysely<DatabaseSchema>, appId: string): Promise<AppSchema> {
  const app = await db
    .selectFrom('application')
    .select('policy_version')
    .where('id', '=', appId)
    .executeTakeFirst();
  if (!app) throw notFound('application');
  const rows = await listCollectionRows(db, appId);
  const fields = await listFieldRows(
    db,
    rows.map((r) => r.id),
  );
  const attributes = await listAttributeColumns(db, appId);
  const keyById = new Map(rows.map((r) => [r.id, r.key]));
  // An app whose storage is not provisioned yet still gets a users collection, so the schema is valid.
  const users = {
    key: USERS_COLLECTION_KEY,
    name: 'Users',
    table: { schema: appSchemaName(appId), name: USERS_VIEW },
  };
  const collections: Record<string, CollectionDef> = {
    [USERS_COLLECTION_KEY]: { ...users, fields: usersCollectionFields(attributes) },
  };
  const settings: Record<string, CollectionSettings> = { [USERS_COLLECTION_KEY]: { restricted: true } };
  for (const row of rows) {
    settings[row.key] = { restricted: row.restricted };
    if (row.system) {
      collections[USERS_COLLECTION_KEY] = { ...collections[USERS_COLLECTION_KEY]!, name: row.name };
      continue;
    }
    const own = fields.filter((f) => f.collection_id === row.id);
    const defs = own.map((f) => fieldDef(f, keyById, appSchemaName(appId)));
    collections[row.key] = { key: row.key, name: row.name, table: tableOf(row), fields: defs };
  }
  return {
    schema: {
      collections,
      usersCollection: USERS_COLLECTION_KEY,
      userAttributes: attributes.map(toAttributeDef),
    },
    policyVersion: Number(app.policy_version),
    collections: settings,
    keyById,
  };
}

function toAttributeDef(a: AttributeColumn): UserAttributeDef {
  return { id: a.id, name: a.key, type: a.type, ...(a.options.length > 0 ? { options: a.options } : {}) };
}

function fieldDef(row: FieldRow, keyById: ReadonlyMap<string, string>, schema: string): FieldDef {
  const { choices, targetCollectionId, junction } = row.options;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    ...(row.column_name ? { column: row.column_name } : {}),
    ...(choices ? { options: choices } : {}),
    ...(targetCollectionId ? { target: keyById.get(targetCollectionId) ?? targetCollectionId } : {}),
    ...(junction
      ? {
          junction: {
            table: { schema, name: junction.table },
            sourceColumn: junction.sourceColumn,
            targetColumn: junction.targetColumn,
          },
        }
      : {}),
  };
}
