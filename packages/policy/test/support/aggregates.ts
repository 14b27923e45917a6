// The aggregate grammar for property tests: random aggregate requests over a generated world, and
// their reference result computed in JS over what the principal can see.
import type { Expr } from '../../src/check/ir.js';
import { compileExpr } from '../../src/compile-js/compile-expr.js';
import { makeEnv } from '../../src/compile-js/eval-env.js';
import {
  AGGREGATE_FUNCTIONS,
  type AggregateQuery,
  type Grouping,
  type Measure,
  TIME_UNITS,
} from '../../src/compile-sql/aggregate-query.js';
import { type FieldDef, isManyLink, isSingleLink } from '../../src/model/schema.js';
import { indexSchema } from '../../src/model/schema-index.js';
import type { AggregateRequest } from '../../src/plan/policy-engine.js';
import { NOW, prng, type World } from './generate-schema.js';
import type { Graph } from './visible-graph.js';

type Row = Record<string, unknown>;

/** One group of a result (or the single row of an ungrouped aggregate, with key and label null). */
export interface AggregateRow {
  key: unknown;
  label: unknown;
  value: number | null;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

const NUMERIC = ['integer', 'decimal'];
const ORDERED = ['integer', 'decimal', 'date', 'datetime'];
const UNGROUPABLE = ['json', 'multiSelect', 'linkMany', 'linkUsers'];

/**
 * A random aggregate over the collection's fields as the schema has them (readable or not, so
 * refusals are exercised), optionally grouped, optionally filtered.
 */
export function generateAggregate(world: World, seed: number, collection: string): AggregateRequest {
  const rand = prng(seed);
  const schema = indexSchema(world.schema);
  const fields = schema.collections.get(collection)?.fields ?? [];
  const fn = pick(rand, AGGREGATE_FUNCTIONS);
  const candidates = fields.filter((f) =>
    fn === 'count'
      ? !isManyLink(f) && f.type !== 'json'
      : (fn === 'min' || fn === 'max' ? ORDERED : NUMERIC).includes(f.type),
  );
  const measure: Measure =
    fn === 'count' && (candidates.length === 0 || rand() < 0.4)
      ? { fn: 'count' }
      : candidates.length > 0
        ? { fn, field: pick(rand, candidates).name }
        : { fn: 'count' };
  let group: Grouping | null = null;
  const roll = rand();
  const times = fields.filter((f) => f.type === 'date' || f.type === 'datetime');
  const groupable = fields.filter((f) => !UNGROUPABLE.includes(f.type));
  if (roll < 0.3 && times.length > 0) {
    group = { kind: 'time', field: pick(rand, times).name, unit: pick(rand, TIME_UNITS) };
  } else if (roll < 0.8 && groupable.length > 0) {
    const field = pick(rand, groupable);
    const target =
      field.type === 'linkUser'
        ? world.schema.usersCollection
        : field.type === 'linkOne'
          ? field.target
          : null;
    const labels = (target && field.id !== 'id' ? (schema.collections.get(target)?.fields ?? []) : []).filter(
      (f) => !UNGROUPABLE.includes(f.type) && f.id !== 'id',
    );
    group =
      labels.length > 0 && rand() < 0.7
        ? { kind: 'field', field: field.name, label: pick(rand, labels).name }
        : { kind: 'field', field: field.name };
  }
  return { measure, group, limit: 1000, now: NOW };
}

/** The fields an aggregate request names on its own collection. */
export function fieldsNamed(request: AggregateRequest): string[] {
  return [request.measure.field ?? null, request.group?.field ?? null].filter((f): f is string => f !== null);
}

/** The reference result: the aggregate over the visible rows that pass the filter. */
export function evaluateAggregate(
  visible: Graph,
  collection: string,
  query: AggregateQuery,
  request: AggregateRequest,
  filter: Expr | null,
): AggregateRow[] {
  const test = filter ? compileExpr(filter) : null;
  const rows = [...(visible.get(collection)?.values() ?? [])].filter(
    (row) => !test || test(row, makeEnv(NOW)) === true,
  );
  const measure = (group: readonly Row[]) => measureOf(request.measure.fn, query.measureField, group);
  const group = request.group ?? null;
  if (!group || !query.groupField) return [{ key: null, label: null, value: measure(rows) }];
  const groups = new Map<string, { key: unknown; label: unknown; rows: Row[] }>();
  for (const row of rows) {
    const raw = row[query.groupField.name];
    let key = normalize(query.groupField, raw);
    if (group.kind === 'time') {
      if (key === null) continue;
      key = bucket(key as number, group.unit);
    }
    const id = JSON.stringify(key);
    const entry = groups.get(id) ?? { key, label: labelOf(query, raw), rows: [] };
    entry.rows.push(row);
    groups.set(id, entry);
  }
  return [...groups.values()].map((g) => ({ key: g.key, label: g.label, value: measure(g.rows) }));
}

function labelOf(query: AggregateQuery, linked: unknown): unknown {
  if (!query.labelField || !linked || typeof linked !== 'object') return null;
  return normalize(query.labelField, (linked as Row)[query.labelField.name] ?? null);
}

function measureOf(fn: string, field: FieldDef | null, rows: readonly Row[]): number | null {
  if (!field) return rows.length;
  const values = rows
    .map((r) => normalize(field, r[field.name]))
    .filter((v): v is number | string | boolean => v !== null);
  if (fn === 'count') return values.length;
  const numbers = values as number[];
  if (numbers.length === 0) return null;
  switch (fn) {
    case 'sum':
      return numbers.reduce((a, b) => a + b, 0);
    case 'avg':
      return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case 'min':
      return Math.min(...numbers);
    default:
      return Math.max(...numbers);
  }
}

/** A value as the comparison sees it: links by id, dates and times as epoch milliseconds. */
export function normalize(field: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isSingleLink(field)) return typeof value === 'object' ? ((value as Row).id as string) : value;
  if (field.type === 'date' || field.type === 'datetime') {
    return value instanceof Date ? value.getTime() : Date.parse(String(value));
  }
  if (field.type === 'integer' || field.type === 'decimal') return Number(value);
  return value;
}

/** The UTC day, ISO week (from Monday) or month that holds a time, as YYYY-MM-DD. */
function bucket(ms: number, unit: string): string {
  const d = new Date(ms);
  let start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), unit === 'month' ? 1 : d.getUTCDate());
  if (unit === 'week') start -= ((d.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(start).toISOString().slice(0, 10);
}

/** SQL rows in the reference's terms. */
export function normalizeSqlRows(query: AggregateQuery, rows: readonly Row[]): AggregateRow[] {
  return rows.map((row) => ({
    key: query.groupField && 'key' in row ? normalizeKey(query, row.key) : null,
    label: query.labelField ? normalize(query.labelField, row.label ?? null) : null,
    value: normalizeValue(row.value),
  }));
}

function normalizeKey(query: AggregateQuery, key: unknown): unknown {
  if (key === null || key === undefined) return null;
  // A time bucket is already YYYY-MM-DD text; a date read as a value arrives as a Date.
  if (typeof key === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(key)) return key;
  return normalize(query.groupField!, key);
}

function normalizeValue(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  return Number(value);
}

/** Results equal as sets of groups; numbers within rounding (sums add in another order in SQL). */
export function sameAggregate(a: readonly AggregateRow[], b: readonly AggregateRow[]): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(b.map((r) => [JSON.stringify(r.key), r]));
  return a.every((r) => {
    const other = byKey.get(JSON.stringify(r.key));
    return (
      other !== undefined &&
      JSON.stringify(other.label) === JSON.stringify(r.label) &&
      closeTo(r.value, other.value)
    );
  });
}

function closeTo(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
