// Test data: symbolic ids → uuids, rows → SQL inserts, and rows → the record graphs JS checks read.
import { quoteIdent } from '../../src/compile-sql/sql-fragment.js';
import {
  type FieldDef,
  isManyLink,
  isSingleLink,
  type Schema,
  sqlColumnType,
} from '../../src/model/schema.js';
import { indexSchema } from '../../src/model/schema-index.js';
import type { TestDb } from './backends.js';

/** A row keyed by field name, with `id` set. */
export type TestRow = Record<string, unknown> & { id: string };

/** Rows per collection key. */
export type TestData = Map<string, TestRow[]>;

/** Deterministic uuids for symbolic names ("andy" → 00000000-0000-4000-8000-000000000001). */
export class Symbols {
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string>();

  /** The uuid of a symbol, allocated on first use. */
  id(symbol: string): string {
    let id = this.ids.get(symbol);
    if (!id) {
      id = `00000000-0000-4000-8000-${(this.ids.size + 1).toString(16).padStart(12, '0')}`;
      this.ids.set(symbol, id);
      this.names.set(id, symbol);
    }
    return id;
  }

  /** The symbol of a uuid (or the uuid itself when unknown). */
  name(id: string): string {
    return this.names.get(id) ?? id;
  }
}

/** Replaces symbols in link fields and `id` by uuids. */
export function resolveSymbols(
  schema: Schema,
  collection: string,
  symbol: string,
  row: Record<string, unknown>,
  symbols: Symbols,
): TestRow {
  const index = indexSchema(schema).collections.get(collection);
  if (!index) throw new Error(`unknown collection ${collection}`);
  const out: TestRow = { id: symbols.id(symbol) };
  for (const [name, value] of Object.entries(row)) {
    const field = index.byName.get(name);
    if (!field) throw new Error(`unknown field ${collection}.${name}`);
    if (field.id === 'id') continue;
    if (isSingleLink(field)) out[name] = typeof value === 'string' ? symbols.id(value) : value;
    else if (isManyLink(field)) out[name] = ((value as string[] | null) ?? []).map((v) => symbols.id(v));
    else out[name] = value;
  }
  for (const field of index.fields) if (isManyLink(field) && !(field.name in out)) out[field.name] = [];
  return out;
}

/** A text[] literal that keeps NULL elements (stored arrays may hold them). */
function textArrayLiteral(items: readonly (string | null)[]): string {
  const parts = items.map((v) =>
    v === null ? 'NULL' : `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${parts.join(',')}}`;
}

function sqlValue(field: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.type === 'multiSelect') return textArrayLiteral(value as (string | null)[]);
  if (field.type === 'json') return JSON.stringify(value);
  if (field.type === 'datetime' && typeof value === 'number') return new Date(value).toISOString();
  if (field.type === 'date' && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Creates the tables of a schema and inserts all rows in one transaction (FKs are deferred). */
export async function loadData(
  db: TestDb,
  schema: Schema,
  data: TestData,
  statements: readonly string[],
): Promise<void> {
  const index = indexSchema(schema);
  for (const statement of statements) await db.exec(statement);
  await db.exec('BEGIN');
  for (const [key, rows] of data) {
    const c = index.collections.get(key);
    if (!c || rows.length === 0) continue;
    const fields = c.fields.filter((f) => !isManyLink(f));
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const cells = fields.map((f) => {
        values.push(f.id === 'id' ? row.id : sqlValue(f, row[f.name]));
        return `$${values.length}::${f.id === 'id' ? 'uuid' : sqlColumnType(f)}`;
      });
      return `(${cells.join(', ')})`;
    });
    const table = `${quoteIdent(c.def.table.schema)}.${quoteIdent(c.def.table.name)}`;
    const columns = fields.map((f) => quoteIdent(f.column ?? '')).join(', ');
    await db.query(`INSERT INTO ${table} (${columns}) VALUES ${tuples.join(', ')}`, values);
    for (const f of c.fields.filter(isManyLink)) await insertJunction(db, f, rows);
  }
  await db.exec('COMMIT');
}

async function insertJunction(db: TestDb, field: FieldDef, rows: readonly TestRow[]): Promise<void> {
  const j = field.junction;
  if (!j) return;
  const values: unknown[] = [];
  const tuples: string[] = [];
  for (const row of rows) {
    for (const target of (row[field.name] as string[] | undefined) ?? []) {
      values.push(row.id, target);
      tuples.push(`($${values.length - 1}::uuid, $${values.length}::uuid)`);
    }
  }
  if (tuples.length === 0) return;
  const table = `${quoteIdent(j.table.schema)}.${quoteIdent(j.table.name)}`;
  await db.query(
    `INSERT INTO ${table} (${quoteIdent(j.sourceColumn)}, ${quoteIdent(j.targetColumn)}) VALUES ${tuples.join(', ')}`,
    values,
  );
}

/** Record graphs for JS checks: link fields hold the related row objects (cycles are fine). */
export function buildGraph(
  schema: Schema,
  data: TestData,
): Map<string, Map<string, Record<string, unknown>>> {
  const index = indexSchema(schema);
  const graph = new Map<string, Map<string, Record<string, unknown>>>();
  for (const [key, rows] of data) graph.set(key, new Map(rows.map((r) => [r.id, { ...r }])));
  for (const [key, rows] of graph) {
    const c = index.collections.get(key);
    if (!c) continue;
    for (const row of rows.values()) {
      for (const f of c.fields) {
        const targets = graph.get(f.target ?? '');
        if (isSingleLink(f) && f.id !== 'id' && typeof row[f.name] === 'string') {
          row[f.name] = targets?.get(row[f.name] as string) ?? row[f.name];
        } else if (isManyLink(f)) {
          row[f.name] = ((row[f.name] as string[] | undefined) ?? []).map((id) => targets?.get(id) ?? id);
        }
      }
    }
  }
  return graph;
}
