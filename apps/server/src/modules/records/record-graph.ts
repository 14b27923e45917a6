// Stored records as the JS engine reads them: read back from the tables (so defaults are in), with
// every link to another loaded record replaced by that record, so conditions can follow links.
// Permission tests load their fixture's rows; explain loads one record and the records its
// conditions read through. Both ask whatever the principal may see, so these reads are unfiltered;
// their callers let decisions out, never values.
import { type CollectionDef, type FieldDef, quoteIdent, SYSTEM_FIELDS } from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { qualifiedName } from '../data-model/storage-names.js';
import { USERS_COLLECTION_KEY } from '../data-model/users-collection.js';
import { tableSql } from './record-sql.js';

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

/**
 * One record with the records on `paths` (chains of link fields, as `relationPaths` gives them)
 * loaded into it, or null when it is not stored.
 */
export async function loadRecordWithRelations(
  db: Kysely<DatabaseSchema>,
  collections: Collections,
  record: { collection: string; id: string },
  paths: readonly (readonly string[])[],
): Promise<GraphRow | null> {
  const ids = new Map<string, Set<string>>([[record.collection, new Set([record.id])]]);
  let graph = await loadRecordGraph(db, collections, toLists(ids));
  // Each round follows one more hop of every path from the records the last round loaded.
  let frontier = [{ ...record, paths }];
  while (frontier.length > 0) {
    const reached: typeof frontier = [];
    for (const { collection, id, paths: tails } of frontier) {
      const row = graph.row(collection, id);
      for (const [hop, ...rest] of tails) {
        const field = collections[collection]?.fields.find((f) => f.name === hop);
        if (!row || !field?.type.startsWith('link')) continue;
        const target = targetOf(field);
        for (const linked of [row[field.name]].flat()) {
          const linkedId = typeof linked === 'string' ? linked : (linked as GraphRow | null)?.id;
          if (typeof linkedId !== 'string') continue;
          ids.set(target, (ids.get(target) ?? new Set()).add(linkedId));
          if (rest.length > 0) reached.push({ collection: target, id: linkedId, paths: [rest] });
        }
      }
    }
    graph = await loadRecordGraph(db, collections, toLists(ids));
    frontier = reached;
  }
  return graph.row(record.collection, record.id) ?? null;
}

const toLists = (ids: ReadonlyMap<string, ReadonlySet<string>>) =>
  new Map([...ids].map(([collection, set]) => [collection, [...set]]));

function targetOf(field: FieldDef): string {
  return field.type === 'linkUser' || field.type === 'linkUsers'
    ? USERS_COLLECTION_KEY
    : (field.target ?? '');
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
