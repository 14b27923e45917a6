// Reading collection and field metadata, and where each one's storage lives.
import type { TableRef } from '@charter/policy';
import type { Kysely, Selectable } from 'kysely';
import type { CollectionFieldTable, CollectionTable, DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import { appSchemaName } from './storage-names.js';
import type { AttributeColumn } from './users-collection.js';

type Db = Kysely<DatabaseSchema>;
/** A collection's metadata row. */
export type CollectionRow = Selectable<CollectionTable>;
/** A field's metadata row. */
export type FieldRow = Selectable<CollectionFieldTable>;

/** The app's collections, the users collection first, then by key. */
export async function listCollectionRows(db: Db, appId: string): Promise<CollectionRow[]> {
  return db
    .selectFrom('collection')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy((eb) => eb('system', 'is', null))
    .orderBy('key')
    .execute();
}

/** One collection by key or id; 404 when the app has none such. `lock` takes a row lock. */
export async function findCollectionRow(
  db: Db,
  appId: string,
  ref: string,
  lock = false,
): Promise<CollectionRow> {
  let query = db
    .selectFrom('collection')
    .selectAll()
    .where('app_id', '=', appId)
    .where(isUuid(ref) ? 'id' : 'key', '=', ref);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('collection');
  return row;
}

/** The fields of some collections, in position order. */
export async function listFieldRows(db: Db, collectionIds: readonly string[]): Promise<FieldRow[]> {
  if (collectionIds.length === 0) return [];
  return db
    .selectFrom('collection_field')
    .selectAll()
    .where('collection_id', 'in', collectionIds)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** One field of a collection by id or current name; 404 when there is none such. */
export async function findFieldRow(
  db: Db,
  collectionId: string,
  ref: string,
  lock = false,
): Promise<FieldRow> {
  let query = db
    .selectFrom('collection_field')
    .selectAll()
    .where('collection_id', '=', collectionId)
    .where(isUuid(ref) ? 'id' : 'name', '=', ref);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('field');
  return row;
}

/** The app's typed user attributes, as the users collection exposes them. */
export async function listAttributeColumns(db: Db, appId: string): Promise<AttributeColumn[]> {
  return db
    .selectFrom('app_user_attribute')
    .select(['id', 'key', 'name', 'type', 'options'])
    .where('app_id', '=', appId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The table (or, for the users collection, the view) holding a collection's records. */
export function tableOf(row: CollectionRow): TableRef {
  return { schema: appSchemaName(row.app_id), name: row.table_name };
}
