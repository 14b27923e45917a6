// Non-interference of aggregates: two worlds that differ only in what a principal may not read
// (unreadable rows, and fields hidden on readable rows, row-dependent masks included) give that
// principal identical aggregates, from the database itself.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaDdl } from '../src/compile-sql/schema-ddl.js';
import { PolicyError } from '../src/errors.js';
import type { Principal } from '../src/model/principal.js';
import { isManyLink, isSingleLink, type Schema } from '../src/model/schema.js';
import { createPolicyEngine, type PolicyEngine } from '../src/plan/policy-engine.js';
import { generateAggregate } from './support/aggregates.js';
import { type Backend, backends, type TestDb } from './support/backends.js';
import { buildGraph, loadData, type TestData } from './support/data.js';
import { generateFilter, generatePrincipals, generateRuleSet } from './support/generate-rules.js';
import { NOW, prng, valueFor, type World, worldArb } from './support/generate-schema.js';
import { type Graph, visibleGraph } from './support/visible-graph.js';

const RUNS = Number(process.env.POLICY_NI_RUNS ?? 16);
const SEED = Number(process.env.POLICY_NI_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PRINCIPALS_PER_WORLD = 3;
const AGGREGATES_PER_COLLECTION = 4;

type Row = Record<string, unknown>;

describe.each(backends)('non-interference of aggregates on $name', (backend: Backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await backend.open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('gives identical aggregates in worlds that differ only in hidden data', async () => {
    const stats = { compared: 0, changedCells: 0, changedOnReadableRows: 0, twins: 0 };
    let world = 0;
    await fc.assert(
      fc.asyncProperty(
        worldArb(() => `ni_w${++world}`),
        fc.integer({ min: 1, max: 2 ** 30 }),
        async (w, seed) => {
          const ruleSet = generateRuleSet(w, seed);
          const engine = createPolicyEngine({ schema: w.schema, ruleSet });
          await loadData(db, w.schema, w.data, schemaDdl(w.schema));
          try {
            const principals = generatePrincipals(w, ruleSet, seed).slice(0, PRINCIPALS_PER_WORLD);
            for (const [i, principal] of principals.entries()) {
              await compareTwin(db, w, engine, principal, seed * 11 + i, stats);
            }
          } finally {
            await db.exec(`DROP SCHEMA ${schemaName(w.schema)} CASCADE`);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expect(stats.twins).toBe(RUNS * PRINCIPALS_PER_WORLD);
    expect(stats.changedCells).toBeGreaterThan(RUNS * 10);
    expect(stats.changedOnReadableRows).toBeGreaterThan(0);
    expect(stats.compared).toBeGreaterThan(RUNS * 4);
  }, 170_000);
});

async function compareTwin(
  db: TestDb,
  w: World,
  engine: PolicyEngine,
  principal: Principal,
  seed: number,
  stats: { compared: number; changedCells: number; changedOnReadableRows: number; twins: number },
) {
  const { data, changed, changedOnReadableRows } = perturbHidden(w, engine, principal, seed);
  const twinSchema = renameSchema(w.schema, `${schemaName(w.schema)}_twin`);
  const twin = createPolicyEngine({ schema: twinSchema, ruleSet: engine.ruleSet });
  // The two worlds look the same to the principal, in the JS engine's terms.
  const seen = projection(engine, visibleGraph(engine, principal, buildGraph(w.schema, w.data)));
  expect(projection(twin, visibleGraph(twin, principal, buildGraph(twinSchema, data)))).toBe(seen);
  stats.twins++;
  stats.changedCells += changed;
  stats.changedOnReadableRows += changedOnReadableRows;
  await loadData(db, twinSchema, data, schemaDdl(twinSchema));
  try {
    for (const collection of ['alpha', 'beta']) {
      for (let k = 0; k < AGGREGATES_PER_COLLECTION; k++) {
        const generated = generateAggregate(w, seed * 13 + k, collection);
        const request =
          k % 2 === 1 ? { ...generated, filter: generateFilter(w, seed + k, collection) } : generated;
        const a = await run(db, engine, principal, collection, request);
        const b = await run(db, twin, principal, collection, request);
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          throw new Error(
            `aggregate ${JSON.stringify(request)} on ${collection} differs between worlds:\n${JSON.stringify(a)}\n${JSON.stringify(b)}\nprincipal ${JSON.stringify(principal)}\nrules ${JSON.stringify(engine.ruleSet.rules)}`,
          );
        }
        if (a !== 'refused') stats.compared++;
      }
    }
  } finally {
    await db.exec(`DROP SCHEMA ${schemaName(twinSchema)} CASCADE`);
  }
}

async function run(
  db: TestDb,
  engine: PolicyEngine,
  principal: Principal,
  collection: string,
  request: ReturnType<typeof generateAggregate> & { filter?: string },
): Promise<Row[] | 'refused'> {
  try {
    const query = engine.compileAggregateQuery(principal, collection, request);
    return (await db.run<Row>(query.sql)).map((r) => ({
      key: r.key instanceof Date ? r.key.toISOString() : (r.key ?? null),
      label: r.label instanceof Date ? r.label.toISOString() : (r.label ?? null),
      value: r.value instanceof Date ? r.value.toISOString() : r.value,
    }));
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'POLICY_UNKNOWN_IDENTIFIER') return 'refused';
    throw error;
  }
}

/**
 * A copy of the data where cells the principal cannot read hold other values: each hidden cell
 * (of an unreadable row, or hidden on a readable one) is changed, and the change kept only while
 * what the principal sees stays the same (a rule may read a hidden field, and a change there could
 * make a row visible or hidden: that pair would not differ only in hidden data).
 */
function perturbHidden(
  w: World,
  engine: PolicyEngine,
  principal: Principal,
  seed: number,
): { data: TestData; changed: number; changedOnReadableRows: number } {
  const rand = prng(seed);
  const ids = new Map([...w.ids].map(([k, v]) => [k, [...v]]));
  const seen = (data: TestData) =>
    projection(engine, visibleGraph(engine, principal, buildGraph(w.schema, data)));
  const original = seen(w.data);
  const data: TestData = new Map([...w.data].map(([k, rows]) => [k, rows.map((r) => ({ ...r }))]));
  let changed = 0;
  let changedOnReadableRows = 0;
  const graph = buildGraph(w.schema, w.data);
  for (const [collection, rows] of data) {
    const compiled = engine.compile(engine.planAccess(principal, 'read', collection));
    const fields = engine.schema.collections.get(collection)?.fields ?? [];
    for (const row of rows) {
      const node = graph.get(collection)?.get(row.id) ?? row;
      const allowed = compiled.allows(node, NOW);
      const readable = allowed ? new Set(compiled.accessibleFields(node, NOW)) : new Set<string>();
      for (const f of fields) {
        if (f.id === 'id' || readable.has(f.name) || rand() < 0.2) continue;
        const before = row[f.name];
        row[f.name] = valueFor(f, rand, ids, w.schema);
        if (JSON.stringify(before) === JSON.stringify(row[f.name])) continue;
        if (seen(data) !== original) {
          row[f.name] = before;
          continue;
        }
        changed++;
        if (allowed) changedOnReadableRows++;
      }
    }
  }
  return { data, changed, changedOnReadableRows };
}

/** The visible graph as text: rows by id, links as ids. */
function projection(engine: PolicyEngine, visible: Graph): string {
  const out: Record<string, unknown[]> = {};
  for (const [collection, rows] of [...visible].sort(([a], [b]) => a.localeCompare(b))) {
    const fields = engine.schema.collections.get(collection)?.fields ?? [];
    out[collection] = [...rows.values()]
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      .map((row) =>
        fields.map((f) => {
          const value = row[f.name];
          if (isSingleLink(f) && value && typeof value === 'object') return (value as Row).id;
          if (isManyLink(f) && Array.isArray(value)) return value.map((v) => (v as Row).id).sort();
          return value ?? null;
        }),
      );
  }
  return JSON.stringify(out);
}

function schemaName(schema: Schema): string {
  return Object.values(schema.collections)[0]?.table.schema ?? '';
}

/** The same schema in another database schema, so both worlds live side by side. */
function renameSchema(schema: Schema, name: string): Schema {
  const collections = Object.fromEntries(
    Object.entries(schema.collections).map(([key, c]) => [
      key,
      {
        ...c,
        table: { ...c.table, schema: name },
        fields: c.fields.map((f) =>
          f.junction
            ? { ...f, junction: { ...f.junction, table: { ...f.junction.table, schema: name } } }
            : f,
        ),
      },
    ]),
  );
  return { ...schema, collections };
}
