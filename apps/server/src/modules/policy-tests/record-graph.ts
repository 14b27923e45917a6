// The fixture's rows as the JS engine reads them: read back from the tables (so defaults are in),
// with every link to another fixture row replaced by that row, so conditions can follow links.
import { type CollectionDef, type FieldDef, quoteIdent, SYSTEM_FIELDS } from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { qualifiedName } from '../collections/storage-names.js';
import { USERS_COLLECTION_KEY } from '../collections/users-collection.js';
import { tableSql } from '../records/record-sql.js';

/** A row of the JS engine: field name → stored value, links → the linked row when loaded. */
export type GraphRow = Record<string, unknown>;

/** The loaded rows of a run. */
export interface RecordGraph {
  row(collection: string, id: string): GraphRow | undefined;
  /** A row that is not stored (a create's new record, an update's result), linked into the graph. */
  compose(collection: string, values: Record<string, unknown>): GraphRow;
}

type Collections = Readonly<Record<string, CollectionDef>>;

/** Loads the rows with these ids, per collection key. */
export async function loadRecordGraph(
  db: Kysely<DatabaseSchema>,
  collections: Collections,
  ids: ReadonlyMap<string, readonly string[]>,
): Promise<RecordGraph> {
  const rows = new Map<string, Map<string, GraphRow>>();
  for (const [key, list] of ids) {
    const def = collections[key];
    if (def && list.length > 0) rows.set(key, await loadRows(db, def, list));
  }
  const targetOf = (field: FieldDef) =>
    field.type === 'linkUser' || field.type === 'linkUsers' ? USERS_COLLECTION_KEY : (field.target ?? '');
  const link = (collection: string, row: GraphRow) => {
    for (const field of fieldsOf(collections[collection]!)) {
      if (!field.type.startsWith('link') || field.name === 'id') continue;
      const targets = rows.get(targetOf(field));
      const resolve = (v: unknown) => (typeof v === 'string' ? (targets?.get(v) ?? v) : v);
      const value = row[field.name];
      row[field.name] = Array.isArray(value) ? value.map(resolve) : resolve(value);
    }
    return row;
  };
  for (const [collection, byId] of rows) for (const row of byId.values()) link(collection, row);
  return {
    row: (collection, id) => rows.get(collection)?.get(id),
    compose: (collection, values) => link(collection, { ...values }),
  };
}

function fieldsOf(def: CollectionDef): readonly FieldDef[] {
  return [...SYSTEM_FIELDS, ...def.fields];
}

async function loadRows(
  db: Kysely<DatabaseSchema>,
  def: CollectionDef,
  ids: readonly string[],
): Promise<Map<string, GraphRow>> {
  const stored = await sql<Record<string, unknown>>`
    select * from ${tableSql(def)} where "id" = any(cast(${[...ids]} as uuid[]))`.execute(db);
  const rows = new Map<string, GraphRow>();
  for (const raw of stored.rows) {
    const row: GraphRow = {};
    for (const field of fieldsOf(def)) {
      if (field.column && !field.junction && field.column in raw) row[field.name] = raw[field.column];
    }
    rows.set(String(raw.id), row);
  }
  for (const field of def.fields.filter((f) => f.junction)) {
    const j = field.junction!;
    const links = await sql<{ s: string; t: string }>`
      select ${sql.raw(quoteIdent(j.sourceColumn))}::text as s, ${sql.raw(quoteIdent(j.targetColumn))}::text as t
      from ${sql.raw(qualifiedName(j.table.schema, j.table.name))}
      where ${sql.raw(quoteIdent(j.sourceColumn))} = any(cast(${[...ids]} as uuid[]))`.execute(db);
    for (const row of rows.values()) row[field.name] = [];
    for (const { s, t } of links.rows) (rows.get(s)?.[field.name] as string[] | undefined)?.push(t);
  }
  return rows;
}
