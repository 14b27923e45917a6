// Aggregates under the caller's read plan: the list's own rows (plan WHERE, filter), each field read
// through its mask, so a value hidden on a row counts as absent and a group key never shows what
// reading would not.
import type { Expr } from '../check/ir.js';
import { unknownFieldError } from '../check/scope.js';
import { policyError } from '../errors.js';
import { type FieldDef, type FieldType, isManyLink, isSingleLink } from '../model/schema.js';
import { collectionOf } from '../model/schema-index.js';
import type { AccessPlan } from '../plan/access-plan.js';
import { SQL_COMPILER } from './compile-expr.js';
import { andAll, columnOf, readCondition } from './compile-paths.js';
import { filterModeOf, listConditions } from './list-query.js';
import { type FilterMode, rootContext, type SqlCompileOptions, type SqlContext } from './sql-context.js';
import { ident, param, raw, type Sql, sql, table } from './sql-fragment.js';

/** What a measure computes over the rows. */
export const AGGREGATE_FUNCTIONS = ['count', 'sum', 'avg', 'min', 'max'] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** The calendar steps of a time series; weeks start on Monday (ISO), all in UTC. */
export const TIME_UNITS = ['day', 'week', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** count of rows (no field) or of present values; sum, avg, min, max of a field. */
export interface Measure {
  readonly fn: AggregateFunction;
  readonly field?: string | null;
}

/** Groups by a field's value (a link: by the linked id, with a field of the target as label) or by time. */
export type Grouping =
  | { readonly kind: 'field'; readonly field: string; readonly label?: string | null }
  | { readonly kind: 'time'; readonly field: string; readonly unit: TimeUnit };

/** What an aggregate request asks for; every field it names must be readable by the principal. */
export interface AggregateQueryOptions extends SqlCompileOptions {
  readonly measure: Measure;
  readonly group?: Grouping | null;
  /** A client filter already checked in filter mode and folded for the principal. */
  readonly filter?: Expr | null;
  /** The principal's read plans of related collections (filters through links, link labels). */
  readonly related?: FilterMode;
  /** At most this many groups (by value, largest first; time series by time). */
  readonly limit?: number;
}

/** A compiled aggregate: columns `key`, `label` (grouped) and `value`. */
export interface AggregateQuery {
  readonly sql: Sql;
  /** The measured field, or null for a count of rows. */
  readonly measureField: FieldDef | null;
  /** The grouped field, or null without grouping. */
  readonly groupField: FieldDef | null;
  readonly labelField: FieldDef | null;
}

const NUMERIC: readonly FieldType[] = ['integer', 'decimal'];
const ORDERED: readonly FieldType[] = ['integer', 'decimal', 'date', 'datetime'];
const UNGROUPABLE: readonly FieldType[] = ['json', 'multiSelect', 'linkMany', 'linkUsers'];
const TIMES: readonly FieldType[] = ['date', 'datetime'];

/** Whether `fn` applies to a field of this type (count: any value but a many-link or JSON). */
export function canMeasure(fn: AggregateFunction, field: Pick<FieldDef, 'type'>): boolean {
  if (fn === 'count') return !isManyLink(field) && field.type !== 'json';
  return (fn === 'min' || fn === 'max' ? ORDERED : NUMERIC).includes(field.type);
}

/** Whether records can be grouped by a field's value (one value per record). */
export function canGroupBy(field: Pick<FieldDef, 'type'>): boolean {
  return !UNGROUPABLE.includes(field.type);
}

/** Whether a field can name a linked group: a single value, other than the id (the key already). */
export function canLabel(field: Pick<FieldDef, 'type' | 'id'>): boolean {
  return canGroupBy(field) && field.id !== 'id';
}

/** Whether a time series can run along a field. */
export function canSeriesBy(field: Pick<FieldDef, 'type'>): boolean {
  return TIMES.includes(field.type);
}

/** Compiles the aggregate SELECT for a read plan. */
export function compileAggregateQuery(plan: AccessPlan, options: AggregateQueryOptions): AggregateQuery {
  if (plan.action !== 'read') throw policyError('POLICY_INVALID_QUERY', 'an aggregate needs a read plan');
  const filterMode = filterModeOf(plan, options.related);
  const ctx: SqlContext = {
    ...rootContext(plan.schema, plan.collection, options, SQL_COMPILER),
    filter: filterMode,
  };
  const measureField = measuredField(plan, options.measure);
  const value = measureField ? columnOf(ctx, ctx.rootAlias, plan.collection, measureField).sql : null;
  const aggregate = aggregateSql(options.measure.fn, value);
  const from = sql`${table(collectionOf(plan.schema, plan.collection).def.table)} AS ${ident(ctx.rootAlias)}`;
  const where = andAll(listConditions(plan, ctx, { filter: options.filter ?? null }));
  const group = options.group ?? null;
  if (!group) {
    return {
      sql: sql`SELECT ${aggregate} AS ${ident('value')} FROM ${from} WHERE ${where}`,
      measureField,
      groupField: null,
      labelField: null,
    };
  }
  const groupField = groupedField(plan, group);
  const column = columnOf(ctx, ctx.rootAlias, plan.collection, groupField).sql;
  const key =
    group.kind === 'time'
      ? sql`to_char(date_trunc(${raw(`'${group.unit}'`)}, (${column}) AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`
      : column;
  const inner = sql`SELECT ${key} AS ${ident('key')}, ${aggregate} AS ${ident('value')} FROM ${from} WHERE ${where} GROUP BY 1`;
  const labelField = group.kind === 'field' ? linkLabel(plan, groupField, group.label ?? null) : null;
  const label = labelField ? labelSql(ctx, groupField, labelField) : raw('NULL');
  const limit = sql` LIMIT ${param(checkLimit(options.limit ?? 1000), 'bigint')}`;
  const g = ident('g', 'key');
  const outer =
    group.kind === 'time'
      ? sql`SELECT ${g}, NULL AS ${ident('label')}, ${ident('g', 'value')} FROM (${inner}) AS ${ident('g')} WHERE ${g} IS NOT NULL ORDER BY ${g} ASC${limit}`
      : sql`SELECT ${g}, ${label} AS ${ident('label')}, ${ident('g', 'value')} FROM (${inner}) AS ${ident('g')} ORDER BY ${ident('g', 'value')} DESC NULLS LAST, ${g} ASC NULLS LAST${limit}`;
  return { sql: outer, measureField, groupField, labelField };
}

function readableField(plan: AccessPlan, name: string): FieldDef {
  const mask = plan.fields.get(name);
  if (mask) return mask.field;
  throw unknownFieldError(name, 'record', [...plan.fields.keys()]);
}

function measuredField(plan: AccessPlan, measure: Measure): FieldDef | null {
  if (!(AGGREGATE_FUNCTIONS as readonly string[]).includes(measure.fn)) {
    throw policyError('POLICY_INVALID_QUERY', `unknown aggregate '${measure.fn}'`);
  }
  const name = measure.field ?? null;
  if (name === null) {
    if (measure.fn === 'count') return null;
    throw policyError('POLICY_INVALID_QUERY', `${measure.fn} needs a field`);
  }
  const field = readableField(plan, name);
  if (!canMeasure(measure.fn, field))
    throw policyError('POLICY_INVALID_QUERY', `cannot ${measure.fn} '${name}' (${field.type})`);
  return field;
}

function groupedField(plan: AccessPlan, group: Grouping): FieldDef {
  const field = readableField(plan, group.field);
  if (group.kind === 'time') {
    if (!canSeriesBy(field)) {
      throw policyError(
        'POLICY_INVALID_QUERY',
        `a time series needs a date, not '${group.field}' (${field.type})`,
      );
    }
    if (!(TIME_UNITS as readonly string[]).includes(group.unit)) {
      throw policyError('POLICY_INVALID_QUERY', `unknown time unit '${group.unit}'`);
    }
  } else if (!canGroupBy(field)) {
    throw policyError('POLICY_INVALID_QUERY', `cannot group by '${group.field}' (${field.type})`);
  }
  return field;
}

/** The target's field that names a linked group; whether the principal may read it is decided per row. */
function linkLabel(plan: AccessPlan, link: FieldDef, label: string | null): FieldDef | null {
  if (label === null) return null;
  if (!isSingleLink(link) || link.id === 'id') {
    throw policyError('POLICY_INVALID_QUERY', `only a link has a label; '${link.name}' is ${link.type}`);
  }
  const target = collectionOf(plan.schema, linkTarget(plan, link));
  const field = target.byName.get(label);
  if (!field) throw unknownFieldError(label, target.key, [...target.byName.keys()]);
  if (!canLabel(field)) {
    throw policyError('POLICY_INVALID_QUERY', `cannot label by '${label}' (${field.type})`);
  }
  return field;
}

function linkTarget(plan: AccessPlan, link: FieldDef): string {
  return link.type === 'linkUser' ? plan.schema.usersCollection : (link.target ?? '');
}

/**
 * The label of a linked group: the target's field, only when the principal may read that target
 * row and that field on it (else NULL: the group is known by its id alone).
 */
function labelSql(ctx: SqlContext, link: FieldDef, labelField: FieldDef): Sql {
  const target = link.type === 'linkUser' ? ctx.schema.usersCollection : (link.target ?? '');
  const t = ctx.nextAlias();
  const value = columnOf(ctx, t, target, labelField).sql;
  const conditions = [sql`${ident(t, 'id')} = ${ident('g', 'key')}`];
  const readable = readCondition(ctx, t, target);
  if (readable) conditions.push(readable);
  const from = sql`${table(collectionOf(ctx.schema, target).def.table)} AS ${ident(t)}`;
  return sql`(SELECT ${value} FROM ${from} WHERE ${andAll(conditions)})`;
}

function aggregateSql(fn: AggregateFunction, value: Sql | null): Sql {
  if (value === null) return raw('count(*)');
  switch (fn) {
    case 'count':
      return sql`count(${value})`;
    case 'sum':
      return sql`sum(${value})`;
    case 'avg':
      return sql`avg(${value})`;
    case 'min':
      return sql`min(${value})`;
    case 'max':
      return sql`max(${value})`;
  }
}

function checkLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw policyError('POLICY_INVALID_QUERY', `limit must be a positive integer, not ${limit}`);
  }
  return limit;
}
