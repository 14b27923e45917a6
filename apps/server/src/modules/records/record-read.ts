// Reading records: one SELECT from the engine carries the rules, the client filter and the masks.
import { type CollectionDef, type ListQuery, renderSql, type Sql, toSqlTag } from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import type { RecordScope } from './record-scope.js';
import { withClientErrors } from './records.errors.js';

/** A record as the caller may see it: hidden fields are absent, not null. */
export type RecordView = Record<string, unknown>;

/** The list request after validation. */
export interface ListInput {
  filter?: string | undefined;
  /** A page section's collection filter: ANDed on top of the data rules and `filter`, never instead. */
  viewFilter?: string | undefined;
  sort?: string | undefined;
  fields?: string[] | undefined;
  search?: string | undefined;
  limit: number;
  after?: string | undefined;
  count?: boolean | undefined;
}

type Row = Record<string, unknown>;

/** Runs an engine fragment on a connection (the database or an open transaction). */
export async function runSql(db: Kysely<DatabaseSchema>, fragment: Sql): Promise<Row[]> {
  return (await toSqlTag(fragment, sql<Row>).execute(db)).rows;
}

/**
 * Runs an engine fragment outside any transaction, straight on the pool. A read of a page is one
 * statement the engine has already written; the query builder's layers (a raw node, a compile, a
 * connection provider) cost more than the pool's own query on the hottest path there is.
 */
async function readRows(database: Database, fragment: Sql): Promise<Row[]> {
  const { text, values } = renderSql(fragment);
  return (await database.pool.query<Row>(text, values as unknown[])).rows;
}

/** Drops the engine's helper columns and every field the row's masks hide. */
export function toRecordView(row: Row, query: ListQuery, def: CollectionDef): RecordView {
  const view: RecordView = { id: row.id };
  for (const { name, visibleFlag, type } of outputColumns(query, def)) {
    if (row[visibleFlag] === false) continue;
    const value = toOutputValue(type, row[name]);
    // A field may be named __proto__: it must become an own key, never the object's prototype.
    if (name === '__proto__') Object.defineProperty(view, name, { value, enumerable: true, writable: true });
    else view[name] = value;
  }
  return view;
}

interface OutputColumn {
  name: string;
  visibleFlag: string;
  type: string | undefined;
}

// Worked out once per query, not once per row: a page of 500 rows would otherwise build the
// same field-type map and flag names 500 times.
const columnsByQuery = new WeakMap<ListQuery, OutputColumn[]>();

function outputColumns(query: ListQuery, def: CollectionDef): OutputColumn[] {
  let columns = columnsByQuery.get(query);
  if (!columns) {
    const types = new Map(def.fields.map((f) => [f.name, f.type]));
    columns = query.fields.map((name) => ({ name, visibleFlag: `$visible:${name}`, type: types.get(name) }));
    columnsByQuery.set(query, columns);
  }
  return columns;
}

// Values go out in the form writes accept: safe integers as numbers (int8 arrives as a string),
// dates as YYYY-MM-DD (they arrive as midnight UTC).
function toOutputValue(type: string | undefined, value: unknown): unknown {
  if (type === 'integer' && typeof value === 'string' && Number.isSafeInteger(Number(value)))
    return Number(value);
  if (type === 'date' && value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** A page of permitted records, the cursor of the next page, and optionally the permitted count. */
export async function listRecords(
  scope: RecordScope,
  input: ListInput,
): Promise<{ items: RecordView[]; next: string | null; count?: number }> {
  const { engine } = scope.policy;
  const request = {
    ...(input.fields ? { fields: input.fields } : {}),
    ...(input.filter !== undefined ? { filter: input.filter } : {}),
    ...(input.viewFilter !== undefined ? { viewFilter: input.viewFilter } : {}),
    ...(input.sort !== undefined ? { sort: input.sort } : {}),
    ...(input.search !== undefined ? { search: input.search } : {}),
    now: scope.now,
  };
  const query = withClientErrors(() =>
    engine.compileListQuery(scope.principal, scope.collection, {
      ...request,
      ...(input.after !== undefined ? { after: input.after } : {}),
      limit: input.limit + 1,
      visibilityFlags: true,
    }),
  );
  const countSql = input.count
    ? withClientErrors(() => engine.compileCountQuery(scope.principal, scope.collection, request))
    : null;
  const { database } = scope.ctx;
  const rows = await readRows(database, query.sql);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const next = rows.length > input.limit && last ? query.cursorOf(last) : null;
  const items = page.map((row) => toRecordView(row, query, scope.def));
  if (!countSql) return { items, next };
  const counted = await readRows(database, countSql);
  return { items, next, count: Number(counted[0]?.count ?? 0) };
}

/**
 * The columns a list with these options answers, `id` first: what an export writes as its header,
 * known before the first row. Compiling it also refuses a bad filter, sort or field before any row.
 */
export function listColumns(
  scope: RecordScope,
  input: Omit<ListInput, 'limit' | 'after' | 'count'>,
): string[] {
  const query = withClientErrors(() =>
    scope.policy.engine.compileListQuery(scope.principal, scope.collection, {
      ...(input.fields ? { fields: input.fields } : {}),
      ...(input.filter !== undefined ? { filter: input.filter } : {}),
      ...(input.sort !== undefined ? { sort: input.sort } : {}),
      ...(input.search !== undefined ? { search: input.search } : {}),
      limit: 1,
      now: scope.now,
    }),
  );
  return ['id', ...query.fields];
}

/** One record through the list's own query: absent exactly when the list would not show it. */
export async function readRecord(
  scope: RecordScope,
  id: string,
  /** The transaction to read in; outside one, the read goes to the pool. */
  trx?: Kysely<DatabaseSchema>,
): Promise<RecordView | null> {
  const query = withClientErrors(() =>
    scope.policy.engine.compileListQuery(scope.principal, scope.collection, {
      id,
      limit: 1,
      visibilityFlags: true,
      now: scope.now,
    }),
  );
  const row = (trx ? await runSql(trx, query.sql) : await readRows(scope.ctx.database, query.sql))[0];
  return row ? toRecordView(row, query, scope.def) : null;
}

/** Like readRecord, but a missing or unreadable record is the one 404. */
export async function getRecord(scope: RecordScope, id: string): Promise<RecordView> {
  const record = await readRecord(scope, id);
  if (!record) throw notFound('record');
  return record;
}
