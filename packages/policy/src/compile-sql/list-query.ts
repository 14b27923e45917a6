// The one SELECT the records API runs: permitted rows, masked fields, filter, search, sort, keyset page.
import type { Expr } from '../check/ir.js';
import { unknownFieldError } from '../check/scope.js';
import { policyError } from '../errors.js';
import { type FieldDef, isManyLink } from '../model/schema.js';
import { collectionOf } from '../model/schema-index.js';
import type { AccessPlan } from '../plan/access-plan.js';
import { FALSE } from '../plan/fold.js';
import { compileBool, SQL_COMPILER } from './compile-expr.js';
import { andAll, columnOf } from './compile-paths.js';
import { idColumn, selectField, whereIn } from './compile-where.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { type FilterMode, rootContext, type SqlCompileOptions, type SqlContext } from './sql-context.js';
import { ident, joinSql, param, raw, type Sql, sql, table } from './sql-fragment.js';
import { constantSql, type SqlType } from './sql-values.js';

/** One sort key; ties are always broken by id, ascending. */
export interface SortKey {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

/** What a list request asks for; every field it names must be readable by the principal. */
export interface ListQueryOptions extends SqlCompileOptions {
  /** Field names to return (default: every readable field); `id` is always returned. */
  readonly fields?: readonly string[];
  /** A client filter already checked in filter mode and folded for the principal. */
  readonly filter?: Expr | null;
  /**
   * A builder's condition that narrows the list (a page section's collection filter), checked and
   * compiled like a rule's condition: it sees every field and related row, as rules do, and is
   * ANDed with the plan, so it can only take rows away.
   */
  readonly narrow?: Expr | null;
  readonly sort?: readonly SortKey[];
  readonly search?: string;
  readonly limit?: number;
  /** The cursor token returned by `cursorOf` for the last row of the previous page. */
  readonly after?: string;
  /** Restrict to one record (a point read that 404s exactly when the list would not show it). */
  readonly id?: string;
  /** Adds a boolean column `$visible:<field>` per row-dependent field, to tell hidden from NULL. */
  readonly visibilityFlags?: boolean;
  /**
   * The read plans of the same principal for related collections (filters and searches through
   * links read only related rows the principal may read; a link field's own ids are shown whatever
   * the target). Default: no related row is readable.
   */
  readonly related?: FilterMode;
}

/** A compiled list query. */
export interface ListQuery {
  readonly sql: Sql;
  /** Returned field names, in SELECT order (after `id`). */
  readonly fields: readonly string[];
  /** The cursor for the page after `row` (a row this query returned). */
  cursorOf(row: Readonly<Record<string, unknown>>): string;
}

const TEXT_TYPES = new Set(['text', 'longText', 'email', 'url', 'singleSelect']);

/** Client-filter mode for a plan: its own collection through the plan, related ones through `related`. */
export function filterModeOf(plan: AccessPlan, related: FilterMode | undefined): FilterMode {
  const deny = (collection: string): AccessPlan => ({
    ...plan,
    kind: 'deny',
    collection,
    condition: FALSE,
    fields: new Map(),
  });
  return { readPlan: (c) => (c === plan.collection ? plan : (related?.readPlan(c) ?? deny(c))) };
}

/** Compiles the list SELECT for a read plan. */
export function compileListQuery(plan: AccessPlan, options: ListQueryOptions = {}): ListQuery {
  if (plan.action !== 'read') throw policyError('POLICY_INVALID_QUERY', 'a list query needs a read plan');
  const filterMode = filterModeOf(plan, options.related);
  const ctx: SqlContext = {
    ...rootContext(plan.schema, plan.collection, options, SQL_COMPILER),
    filter: filterMode,
  };
  const fields = (options.fields ?? [...plan.fields.keys()]).filter((f) => f !== 'id');
  const columns: Sql[] = [sql`${idColumn(ctx)} AS ${ident('id')}`];
  for (const name of fields) {
    readable(plan, name);
    columns.push(sql`${selectField(plan, name, ctx, filterMode)} AS ${ident(name)}`);
    const mask = plan.fields.get(name);
    if (options.visibilityFlags && mask && !(mask.mask.kind === 'const' && mask.mask.value === true)) {
      columns.push(
        sql`COALESCE(${compileBool(mask.mask, { ...ctx, filter: null }, true)}, FALSE) AS ${ident(`$visible:${name}`)}`,
      );
    }
  }
  const keys = (options.sort ?? []).map((k) => sortKey(plan, k, ctx));
  for (const [i, k] of keys.entries()) columns.push(sql`${k.expr} AS ${ident(`$k${i}`)}`);
  const conditions = [...listConditions(plan, ctx, options), ...cursorConditions(keys, ctx, options.after)];
  const order = [
    ...keys.map((k) => sql`${k.expr} ${raw(k.direction === 'asc' ? 'ASC NULLS LAST' : 'DESC NULLS FIRST')}`),
    sql`${idColumn(ctx)} ASC`,
  ];
  const limit =
    options.limit === undefined ? raw('') : sql` LIMIT ${param(checkLimit(options.limit), 'bigint')}`;
  const from = sql`${table(collectionOf(plan.schema, plan.collection).def.table)} AS ${ident(ctx.rootAlias)}`;
  const query = sql`SELECT ${joinSql(columns)} FROM ${from} WHERE ${andAll(conditions)} ORDER BY ${joinSql(order)}${limit}`;
  return {
    sql: query,
    fields,
    cursorOf: (row) => encodeCursor([...keys.map((_, i) => row[`$k${i}`]), row.id]),
  };
}

/** `SELECT count(*)` over the same permitted, filtered, searched rows. */
export function compileCountQuery(plan: AccessPlan, options: ListQueryOptions = {}): Sql {
  const filterMode = filterModeOf(plan, options.related);
  const ctx: SqlContext = {
    ...rootContext(plan.schema, plan.collection, options, SQL_COMPILER),
    filter: filterMode,
  };
  const from = sql`${table(collectionOf(plan.schema, plan.collection).def.table)} AS ${ident(ctx.rootAlias)}`;
  return sql`SELECT count(*) AS ${ident('count')} FROM ${from} WHERE ${andAll(listConditions(plan, ctx, options))}`;
}

/**
 * The row conditions of a list: the plan's WHERE, the builder's narrowing, the client filter (in
 * filter mode), search and id. Aggregates read exactly these rows.
 */
export function listConditions(plan: AccessPlan, ctx: SqlContext, options: ListQueryOptions): Sql[] {
  const conditions = [whereIn(plan, { ...ctx, filter: null })];
  if (options.narrow) conditions.push(compileBool(options.narrow, { ...ctx, filter: null }, true));
  if (options.filter) conditions.push(compileBool(options.filter, ctx, true));
  if (options.search !== undefined && options.search !== '')
    conditions.push(searchCondition(plan, ctx, options.search));
  if (options.id !== undefined) conditions.push(sql`${idColumn(ctx)} = ${idParam(options.id)}`);
  return conditions;
}

function idParam(id: string): Sql {
  const canonical = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  return canonical ? param(id.toLowerCase(), 'uuid') : raw('NULL::uuid');
}

function readable(plan: AccessPlan, name: string): FieldDef {
  const mask = plan.fields.get(name);
  if (mask) return mask.field;
  throw unknownFieldError(name, 'record', [...plan.fields.keys()]);
}

function checkLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw policyError('POLICY_INVALID_QUERY', `limit must be a non-negative integer, not ${limit}`);
  }
  return limit;
}

interface CompiledKey {
  readonly expr: Sql;
  readonly type: SqlType;
  readonly direction: 'asc' | 'desc';
}

function sortKey(plan: AccessPlan, key: SortKey, ctx: SqlContext): CompiledKey {
  const field = readable(plan, key.field);
  if (isManyLink(field) || field.type === 'json' || field.type === 'multiSelect') {
    throw policyError('POLICY_INVALID_QUERY', `cannot sort by '${key.field}' (${field.type})`);
  }
  const value = columnOf(ctx, ctx.rootAlias, plan.collection, field);
  return { expr: value.sql, type: value.type, direction: key.direction };
}

/** Rows strictly after the cursor in (keys…, id) order, with PostgreSQL's default NULL placement. */
function cursorConditions(keys: readonly CompiledKey[], ctx: SqlContext, after: string | undefined): Sql[] {
  if (after === undefined) return [];
  const values = decodeCursor(after, keys.length + 1);
  for (const [i, k] of keys.entries()) validateCursorValue(values[i] ?? null, k.type);
  validateCursorValue(values[keys.length] ?? null, 'uuid');
  const alternatives: Sql[] = [];
  for (let i = 0; i <= keys.length; i++) {
    const prefix = keys
      .slice(0, i)
      .map((k, j) => sql`${k.expr} IS NOT DISTINCT FROM ${constantSql(values[j] ?? null, k.type)}`);
    const key = keys[i];
    const value = values[i] ?? null;
    let step: Sql;
    if (!key) step = sql`${idColumn(ctx)} > ${constantSql(String(value), 'uuid')}`;
    else if (key.direction === 'asc')
      step =
        value === null
          ? raw('FALSE')
          : sql`(${key.expr} > ${constantSql(value, key.type)} OR ${key.expr} IS NULL)`;
    else
      step =
        value === null ? sql`${key.expr} IS NOT NULL` : sql`${key.expr} < ${constantSql(value, key.type)}`;
    alternatives.push(andAll([...prefix, step]));
  }
  return [sql`(${joinSql(alternatives, ' OR ')})`];
}

const CURSOR_CHECKS: Partial<Record<SqlType, (v: string | number | boolean) => boolean>> = {
  uuid: (v) =>
    typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  timestamptz: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  bigint: (v) =>
    (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^-?\d{1,18}$/.test(v)),
  float8: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  text: (v) => typeof v === 'string' && !v.includes('\u0000'),
};

/** A tampered cursor must fail as a bad request, never as a database error. */
function validateCursorValue(value: string | number | boolean | null, type: SqlType): void {
  if (value === null) return;
  if (!(CURSOR_CHECKS[type]?.(value) ?? false)) {
    throw policyError('POLICY_INVALID_QUERY', 'the cursor is invalid or belongs to another sort order');
  }
}

/** `search`: a case-insensitive substring over the readable text fields (through their masks). */
function searchCondition(plan: AccessPlan, ctx: SqlContext, term: string): Sql {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const parts = [...plan.fields.values()]
    .filter((m) => TEXT_TYPES.has(m.field.type))
    .map(
      (m) =>
        sql`${columnOf(ctx, ctx.rootAlias, plan.collection, m.field).sql} ILIKE ${param(pattern, 'text')}`,
    );
  return parts.length === 0 ? raw('FALSE') : sql`(${joinSql(parts, ' OR ')})`;
}
