// Counts, in SQL, the rows and fields each variant gains and loses on one collection, and the
// distinct rows across all variants: one scan of the table per (collection, action) in general.
import { type CollectionDef, joinSql, quoteIdent, raw, type Sql, sql, toSqlTag } from '@charter/policy';
import { type Kysely, sql as kyselySql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { qualifiedName } from '../data-model/storage-names.js';
import type { Variant } from './impact-variants.js';

/** Gains and losses of records. */
export interface Counts {
  gain: number;
  loss: number;
}

/** A field's counts: on any record, and on records that stay accessible (`kept`). */
export interface FieldCounts extends Counts {
  keptGain: number;
  keptLoss: number;
}

/** One variant's counts. */
export interface VariantCounts {
  rows: Counts;
  fields: Map<string, FieldCounts>;
}

/** Distinct records across every variant. */
export interface UnionCounts {
  rows: Counts;
  fields: Map<string, Counts>;
}

// A boolean over per-row columns; constants fold away so trivial counters are never sent.
type Bool =
  | { kind: 'const'; value: boolean }
  | { kind: 'ref'; name: string }
  | { kind: 'and' | 'or'; xs: Bool[] }
  | { kind: 'not'; x: Bool };

const T: Bool = { kind: 'const', value: true };
const F: Bool = { kind: 'const', value: false };

function logic(kind: 'and' | 'or', xs: Bool[]): Bool {
  const absorbing = kind === 'or';
  const kept: Bool[] = [];
  for (const x of xs) {
    if (x.kind === 'const') {
      if (x.value === absorbing) return x;
      continue;
    }
    kept.push(x);
  }
  if (kept.length === 0) return absorbing ? F : T;
  return kept.length === 1 ? (kept[0] as Bool) : { kind, xs: kept };
}
const and = (...xs: Bool[]) => logic('and', xs);
const or = (xs: Bool[]) => logic('or', xs);
const not = (x: Bool): Bool => (x.kind === 'const' ? { kind: 'const', value: !x.value } : { kind: 'not', x });

/** A per-row column: the engine's SQL, NULL read as false. Constants need no column. */
interface Column {
  readonly name: string;
  readonly sql: Sql;
}

interface Counter {
  readonly name: string;
  readonly when: Bool;
}

function constOf(fragment: Sql): Bool | null {
  if (fragment.values.length > 0) return null;
  const text = fragment.strings.join('').trim();
  return text === 'TRUE' ? T : text === 'FALSE' ? F : null;
}

/** Per-row inputs of one variant: its row tests and field masks as columns (or constants). */
function inputsOf(variant: Variant, i: number) {
  const columns: Column[] = [];
  const column = (name: string, fragment: Sql): Bool => {
    const c = constOf(fragment);
    if (c) return c;
    columns.push({ name, sql: fragment });
    return { kind: 'ref', name };
  };
  const before = column(`o${i}`, variant.before);
  const after = column(`n${i}`, variant.after);
  const fields = variant.fields.map((f, j) => ({
    name: f.name,
    before: and(before, column(`o${i}_${j}`, f.before)),
    after: and(after, column(`n${i}_${j}`, f.after)),
    kept: and(before, after),
    beforeMask: constOf(f.before) ?? { kind: 'ref' as const, name: `o${i}_${j}` },
    afterMask: constOf(f.after) ?? { kind: 'ref' as const, name: `n${i}_${j}` },
  }));
  return { columns, before, after, fields };
}

type Inputs = ReturnType<typeof inputsOf>;

function variantCounters(i: number, inputs: Inputs): Counter[] {
  const out: Counter[] = [
    { name: `g${i}`, when: and(inputs.after, not(inputs.before)) },
    { name: `l${i}`, when: and(inputs.before, not(inputs.after)) },
  ];
  inputs.fields.forEach((f, j) => {
    out.push({ name: `g${i}_${j}`, when: and(f.after, not(f.before)) });
    out.push({ name: `l${i}_${j}`, when: and(f.before, not(f.after)) });
    out.push({ name: `kg${i}_${j}`, when: and(f.kept, f.afterMask, not(f.beforeMask)) });
    out.push({ name: `kl${i}_${j}`, when: and(f.kept, f.beforeMask, not(f.afterMask)) });
  });
  return out;
}

function unionCounters(all: readonly Inputs[]): Counter[] {
  const out: Counter[] = [
    { name: 'g', when: or(all.map((v) => and(v.after, not(v.before)))) },
    { name: 'l', when: or(all.map((v) => and(v.before, not(v.after)))) },
  ];
  const names = [...new Set(all.flatMap((v) => v.fields.map((f) => f.name)))];
  names.forEach((name, k) => {
    const of = all.flatMap((v) => v.fields.filter((f) => f.name === name));
    out.push({ name: `g_${k}`, when: or(of.map((f) => and(f.after, not(f.before)))) });
    out.push({ name: `l_${k}`, when: or(of.map((f) => and(f.before, not(f.after)))) });
  });
  return out;
}

function render(b: Bool, ref: (name: string) => Sql): Sql {
  switch (b.kind) {
    case 'const':
      return raw(b.value ? 'TRUE' : 'FALSE');
    case 'ref':
      return ref(b.name);
    case 'not':
      return sql`(NOT ${render(b.x, ref)})`;
    default:
      return sql`(${joinSql(
        b.xs.map((x) => render(x, ref)),
        b.kind === 'and' ? ' AND ' : ' OR ',
      )})`;
  }
}

// Columns are computed once per row (OFFSET 0 keeps PostgreSQL from inlining them into every
// counter), unless `inline`, where each counter carries its own SQL.
async function runCounters(
  db: Kysely<DatabaseSchema>,
  def: CollectionDef,
  columns: readonly Column[],
  counters: readonly Counter[],
  inline: boolean,
): Promise<Map<string, number>> {
  const live = counters.filter((c) => !(c.when.kind === 'const' && !c.when.value));
  const result = new Map<string, number>();
  if (live.length === 0) return result;
  const byName = new Map(columns.map((c) => [c.name, c.sql]));
  const ref = inline
    ? (name: string) => sql`((${byName.get(name) as Sql}) IS TRUE)`
    : (name: string) => raw(quoteIdent(name));
  const aggregates = joinSql(
    live.map((c) => sql`count(*) FILTER (WHERE ${render(c.when, ref)})${raw(` AS ${quoteIdent(c.name)}`)}`),
  );
  const table = raw(`${qualifiedName(def.table.schema, def.table.name)} AS "r"`);
  const perRow =
    inline || columns.length === 0
      ? table
      : sql`(SELECT ${joinSql(
          columns.map((c) => sql`((${c.sql}) IS TRUE)${raw(` AS ${quoteIdent(c.name)}`)}`),
        )} FROM ${table} OFFSET 0) AS "s"`;
  const query = sql`SELECT ${aggregates} FROM ${perRow}`;
  const rows = (await toSqlTag(query, kyselySql<Record<string, unknown>>).execute(db)).rows;
  for (const c of live) result.set(c.name, Number(rows[0]?.[c.name] ?? 0));
  return result;
}

/** PostgreSQL allows 1,664 entries in a select list; stay well below it per query. */
const MAX_COLUMNS = 800;

/**
 * Counts gains and losses per variant and across variants. One query when the per-row columns
 * fit in one select list; otherwise one per group of variants, plus one for the distinct counts.
 */
export async function countChanges(
  db: Kysely<DatabaseSchema>,
  def: CollectionDef,
  variants: readonly Variant[],
): Promise<{ variants: VariantCounts[]; union: UnionCounts }> {
  const inputs = variants.map((v, i) => inputsOf(v, i));
  const columns = inputs.flatMap((v) => v.columns);
  const perVariant = inputs.map((v, i) => variantCounters(i, v));
  const union = unionCounters(inputs);
  const values = new Map<string, number>();
  const total = perVariant.reduce((n, c) => n + c.length, union.length);
  if (columns.length <= MAX_COLUMNS && total <= 2 * MAX_COLUMNS) {
    for (const [k, v] of await runCounters(db, def, columns, [...perVariant.flat(), ...union], false))
      values.set(k, v);
  } else {
    for (const group of groupsOf(inputs, perVariant)) {
      for (const [k, v] of await runCounters(db, def, group.columns, group.counters, false)) values.set(k, v);
    }
    for (const [k, v] of await runCounters(db, def, columns, union, true)) values.set(k, v);
  }
  return collect(variants, values);
}

// Splits the variants so each query's columns and counters stay under the limit.
function groupsOf(inputs: readonly Inputs[], perVariant: readonly Counter[][]) {
  const groups: { columns: Column[]; counters: Counter[] }[] = [];
  let current = { columns: [] as Column[], counters: [] as Counter[] };
  inputs.forEach((input, i) => {
    const counters = perVariant[i] ?? [];
    const full =
      current.columns.length + input.columns.length > MAX_COLUMNS ||
      current.counters.length + counters.length > MAX_COLUMNS;
    if (current.counters.length > 0 && full) {
      groups.push(current);
      current = { columns: [], counters: [] };
    }
    current.columns.push(...input.columns);
    current.counters.push(...counters);
  });
  if (current.counters.length > 0) groups.push(current);
  return groups;
}

function collect(
  variants: readonly Variant[],
  values: ReadonlyMap<string, number>,
): { variants: VariantCounts[]; union: UnionCounts } {
  const get = (name: string) => values.get(name) ?? 0;
  const perVariant = variants.map((v, i) => ({
    rows: { gain: get(`g${i}`), loss: get(`l${i}`) },
    fields: new Map(
      v.fields.map((f, j) => [
        f.name,
        {
          gain: get(`g${i}_${j}`),
          loss: get(`l${i}_${j}`),
          keptGain: get(`kg${i}_${j}`),
          keptLoss: get(`kl${i}_${j}`),
        },
      ]),
    ),
  }));
  const names = [...new Set(variants.flatMap((v) => v.fields.map((f) => f.name)))];
  const union = {
    rows: { gain: get('g'), loss: get('l') },
    fields: new Map(names.map((name, k) => [name, { gain: get(`g_${k}`), loss: get(`l_${k}`) }])),
  };
  return { variants: perVariant, union };
}
