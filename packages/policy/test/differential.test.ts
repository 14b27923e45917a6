// JS and SQL must agree: random schemas, data, rules, principals and filters, on a real database.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Expr } from '../src/check/ir.js';
import { compileExpr } from '../src/compile-js/compile-expr.js';
import { makeEnv } from '../src/compile-js/eval-env.js';
import { compileFieldMask, compileWhere } from '../src/compile-sql/compile-where.js';
import { schemaDdl } from '../src/compile-sql/schema-ddl.js';
import { ident, joinSql, type Sql, sql, table } from '../src/compile-sql/sql-fragment.js';
import { PolicyError } from '../src/errors.js';
import type { Principal } from '../src/model/principal.js';
import { ACTIONS, type Action } from '../src/model/rule-set.js';
import { isManyLink } from '../src/model/schema.js';
import { indexSchema } from '../src/model/schema-index.js';
import { isAlways } from '../src/plan/access-plan.js';
import { createPolicyEngine, type PolicyEngine } from '../src/plan/policy-engine.js';
import {
  evaluateAggregate,
  fieldsNamed,
  generateAggregate,
  normalizeSqlRows,
  sameAggregate,
} from './support/aggregates.js';
import { type Backend, backends, type TestDb } from './support/backends.js';
import { buildGraph, loadData } from './support/data.js';
import {
  generateFilter,
  generatePrincipals,
  generateRuleSet,
  hasEmptyStrings,
  withoutEmptyStrings,
} from './support/generate-rules.js';
import { NOW, type World, worldArb } from './support/generate-schema.js';
import { visibleGraph } from './support/visible-graph.js';

/** Worlds per back end; each world checks 3 rule sets × 4 principals × 2 collections × 4 actions. */
const RUNS = Number(process.env.POLICY_DIFF_RUNS ?? 24);
const RULE_SETS_PER_WORLD = 3;
/** fast-check seed: printed on failure; set POLICY_DIFF_SEED to replay a run. */
const SEED = Number(process.env.POLICY_DIFF_SEED ?? Math.floor(Math.random() * 2 ** 31));

type Graph = ReturnType<typeof buildGraph>;
type Row = Record<string, unknown>;
type Stats = {
  cases: number;
  filters: number;
  rowsAllowed: number;
  rowsDenied: number;
  emptyTwins: number;
  /** Cases on an unrestricted collection where a field condition closes a field on some row. */
  openWithFieldConditions: number;
  /** Aggregates computed by both back ends, and those refused for a field never readable. */
  aggregates: number;
  aggregatesRefused: number;
};

describe.each(backends)('differential test, JS predicate vs SQL on $name', (backend: Backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await backend.open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('gives the same rows, field masks and filter results for generated cases', async () => {
    if (process.env.POLICY_DIFF_TRACE) console.log(`fast-check seed ${SEED}`);
    const stats: Stats = {
      cases: 0,
      filters: 0,
      rowsAllowed: 0,
      rowsDenied: 0,
      emptyTwins: 0,
      openWithFieldConditions: 0,
      aggregates: 0,
      aggregatesRefused: 0,
    };
    let world = 0;
    await fc.assert(
      fc.asyncProperty(
        worldArb(() => `diff_w${++world}`),
        fc.integer({ min: 1, max: 2 ** 30 }),
        async (w, seed) => {
          if (process.env.POLICY_DIFF_TRACE) console.log(`start world ${world} seed ${seed}`);
          await loadData(db, w.schema, w.data, schemaDdl(w.schema));
          const started = Date.now();
          if (process.env.POLICY_DIFF_TRACE) console.log(`loaded world ${world}`);
          try {
            for (let k = 0; k < RULE_SETS_PER_WORLD; k++) await checkRuleSet(db, w, seed * 7 + k, stats);
          } finally {
            if (process.env.POLICY_DIFF_TRACE)
              console.log(`world ${world} seed ${seed}: ${Date.now() - started} ms`);
            await db.exec(`DROP SCHEMA ${Object.values(w.schema.collections)[0]?.table.schema} CASCADE`);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expect(stats.cases).toBeGreaterThanOrEqual(RUNS * RULE_SETS_PER_WORLD * 4 * 2 * 4);
    expect(stats.cases).toBeGreaterThanOrEqual(2000);
    expect(stats.rowsAllowed).toBeGreaterThan(0);
    expect(stats.rowsDenied).toBeGreaterThan(0);
    expect(stats.filters).toBeGreaterThan(0);
    expect(stats.emptyTwins).toBeGreaterThan(0);
    expect(stats.openWithFieldConditions).toBeGreaterThan(0);
    expect(stats.aggregates).toBeGreaterThan(100);
    expect(stats.aggregatesRefused).toBeGreaterThan(0);
  }, 170_000);
});

async function checkRuleSet(db: TestDb, w: World, seed: number, stats: Stats) {
  const ruleSet = generateRuleSet(w, seed);
  const engine = createPolicyEngine({ schema: w.schema, ruleSet });
  const unexpected = engine.diagnostics.filter(
    (d) =>
      !ruleSet.rules.find(
        (r) => r.id === d.ruleId && 'condition' in r && r.condition === 'record.deletedField == 1',
      ),
  );
  if (unexpected.length > 0)
    throw new Error(
      `generated rule did not compile: ${JSON.stringify(unexpected.map((d) => [d.ruleId, d.error.message, ruleSet.rules.find((r) => r.id === d.ruleId)]))}`,
    );
  const graph = buildGraph(w.schema, w.data);
  for (const [i, principal] of generatePrincipals(w, ruleSet, seed).entries()) {
    for (const collection of ['alpha', 'beta']) {
      for (const action of ACTIONS) {
        const rows = await compareRows(db, engine, principal, collection, action, graph);
        if (closesFieldsWhileOpen(engine.planAccess(principal, action, collection)))
          stats.openWithFieldConditions++;
        stats.cases++;
        stats.rowsAllowed += rows.allowed;
        stats.rowsDenied += rows.denied;
      }
      if (await compareFilter(db, engine, principal, collection, graph, w, seed * 31 + i)) stats.filters++;
      for (let k = 0; k < 2; k++) {
        const outcome = await compareAggregate(
          db,
          engine,
          principal,
          collection,
          graph,
          w,
          seed * 53 + i * 7 + k,
        );
        if (outcome === 'refused') stats.aggregatesRefused++;
        else stats.aggregates++;
      }
    }
    if (hasEmptyStrings(principal)) {
      compareEmptyTwin(engine, principal, graph);
      stats.emptyTwins++;
    }
  }
}

/** An unrestricted collection's plan in which a field condition closes some field (on some row). */
function closesFieldsWhileOpen(plan: ReturnType<PolicyEngine['planAccess']>): boolean {
  if (plan.bypass !== 'unrestricted') return false;
  const all = plan.action === 'delete' ? 0 : engineFieldCount(plan);
  return plan.fields.size < all || [...plan.fields.values()].some((m) => !isAlways(m));
}

function engineFieldCount(plan: ReturnType<PolicyEngine['planAccess']>): number {
  const fields = plan.schema.collections.get(plan.collection)?.fields ?? [];
  return plan.action === 'read' ? fields.length : fields.filter((f) => !f.system).length;
}

/**
 * An empty user value never equals anything, whether it is null or "": a principal whose values
 * are "" gets exactly the rows and fields of its twin whose values are null. With SQL ≡ JS checked
 * above for the principal, this pins both back ends.
 */
function compareEmptyTwin(engine: PolicyEngine, principal: Principal, graph: Graph) {
  const twin = withoutEmptyStrings(principal);
  for (const collection of ['alpha', 'beta']) {
    for (const action of ACTIONS) {
      const given = JSON.stringify([...jsDecisions(engine, principal, collection, action, graph)]);
      const empty = JSON.stringify([...jsDecisions(engine, twin, collection, action, graph)]);
      if (given !== empty) {
        throw new Error(
          `"" differs from null: ${given} vs ${empty}\n${describeCase(engine, principal, collection, action)}`,
        );
      }
    }
  }
}

/** Row id → accessible fields, as the JS predicate computes them. */
function jsDecisions(
  engine: PolicyEngine,
  principal: Principal,
  collection: string,
  action: Action,
  graph: Graph,
): Map<string, string[]> {
  const compiled = engine.compile(engine.planAccess(principal, action, collection));
  const out = new Map<string, string[]>();
  for (const row of graph.get(collection)?.values() ?? []) {
    if (compiled.allows(row, NOW)) out.set(row.id as string, compiled.accessibleFields(row, NOW).sort());
  }
  return out;
}

function describeCase(
  engine: PolicyEngine,
  principal: Principal,
  collection: string,
  action: Action,
): string {
  return JSON.stringify({ principal, collection, action, ruleSet: engine.ruleSet }, null, 1);
}

async function compareRows(
  db: TestDb,
  engine: PolicyEngine,
  principal: Principal,
  collection: string,
  action: Action,
  graph: Graph,
) {
  const js = jsDecisions(engine, principal, collection, action, graph);
  const sqlRows = await sqlDecisions(db, engine, principal, collection, action);
  const jsIds = [...js.keys()].sort();
  const sqlIds = [...sqlRows.keys()].sort();
  if (JSON.stringify(jsIds) !== JSON.stringify(sqlIds)) {
    throw new Error(
      `rows differ: JS ${jsIds} vs SQL ${sqlIds}\n${describeCase(engine, principal, collection, action)}`,
    );
  }
  for (const [id, fields] of js) {
    const fromSql = sqlRows.get(id) ?? [];
    if (JSON.stringify(fields) !== JSON.stringify(fromSql)) {
      throw new Error(
        `fields of ${id} differ: JS ${fields} vs SQL ${fromSql}\n${describeCase(engine, principal, collection, action)}`,
      );
    }
  }
  return { allowed: js.size, denied: (graph.get(collection)?.size ?? 0) - js.size };
}

/** Row id → accessible fields, as the database computes them. */
async function sqlDecisions(
  db: TestDb,
  engine: PolicyEngine,
  principal: Principal,
  collection: string,
  action: Action,
) {
  const plan = engine.planAccess(principal, action, collection);
  const out = new Map<string, string[]>();
  if (action === 'read') {
    const query = engine.compileListQuery(principal, collection, { now: NOW, visibilityFlags: true });
    for (const row of await db.run<Row>(query.sql)) {
      const visible: string[] = [];
      for (const [name, mask] of plan.fields) {
        const always = mask.mask.kind === 'const' && mask.mask.value === true;
        if (always || row[`$visible:${name}`] === true) visible.push(name);
        else if (row[name] !== null && !(Array.isArray(row[name]) && isManyLink(mask.field))) {
          throw new Error(`hidden field ${name} of ${row.id} carries a value`);
        }
      }
      out.set(row.id as string, visible.sort());
    }
    return out;
  }
  const c = indexSchema(engine.schema.schema).collections.get(collection);
  if (!c) throw new Error('no collection');
  const masks: Sql[] = [...plan.fields.keys()].map(
    (name) => sql`COALESCE(${compileFieldMask(plan, name, { now: NOW })}, FALSE) AS ${ident(`$m:${name}`)}`,
  );
  const select = joinSql([ident('r', 'id'), ...masks]);
  const rows = await db.run<Row>(
    sql`SELECT ${select} FROM ${table(c.def.table)} AS ${ident('r')} WHERE ${compileWhere(plan, { now: NOW })}`,
  );
  for (const row of rows)
    out.set(row.id as string, [...plan.fields.keys()].filter((n) => row[`$m:${n}`] === true).sort());
  return out;
}

/** Client filters: SQL in filter mode must equal the filter evaluated in JS on what the principal can see. */
async function compareFilter(
  db: TestDb,
  engine: PolicyEngine,
  principal: Principal,
  collection: string,
  graph: Graph,
  w: World,
  seed: number,
) {
  const text = generateFilter(w, seed, collection);
  let expr: Expr;
  try {
    expr = engine.compileFilter(principal, collection, text);
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'POLICY_UNKNOWN_IDENTIFIER') return false;
    throw new Error(`generated filter failed: ${text}: ${(error as Error).message}`);
  }
  const query = engine.compileListQuery(principal, collection, { now: NOW, filter: text, fields: [] });
  const sqlIds = (await db.run<{ id: string }>(query.sql)).map((r) => r.id).sort();
  const visible = visibleGraph(engine, principal, graph);
  const evaluate = compileExpr(expr);
  const jsIds = [...(visible.get(collection)?.values() ?? [])]
    .filter((row) => evaluate(row, makeEnv(NOW)) === true)
    .map((row) => row.id as string)
    .sort();
  if (JSON.stringify(jsIds) !== JSON.stringify(sqlIds)) {
    throw new Error(
      `filter ${text} differs: JS ${jsIds} vs SQL ${sqlIds}\n${describeCase(engine, principal, collection, 'read')}`,
    );
  }
  return true;
}

/**
 * Aggregates: the SQL over the plan (row condition, masks as CASE WHEN, filter mode) must equal the
 * aggregate computed in JS over what the principal can see, where a hidden value is absent. A field
 * the principal can never read is refused, exactly as an unknown field.
 */
async function compareAggregate(
  db: TestDb,
  engine: PolicyEngine,
  principal: Principal,
  collection: string,
  graph: Graph,
  w: World,
  seed: number,
): Promise<'computed' | 'refused'> {
  const generated = generateAggregate(w, seed, collection);
  let filter: Expr | null = null;
  let text: string | undefined;
  if (seed % 3 === 0) {
    text = generateFilter(w, seed, collection);
    try {
      filter = engine.compileFilter(principal, collection, text);
    } catch (error) {
      if (!(error instanceof PolicyError && error.code === 'POLICY_UNKNOWN_IDENTIFIER')) throw error;
      text = undefined;
    }
  }
  const request = { ...generated, ...(text !== undefined ? { filter: text } : {}) };
  const plan = engine.planAccess(principal, 'read', collection);
  let query: ReturnType<PolicyEngine['compileAggregateQuery']>;
  try {
    query = engine.compileAggregateQuery(principal, collection, request);
  } catch (error) {
    if (!(error instanceof PolicyError && error.code === 'POLICY_UNKNOWN_IDENTIFIER')) throw error;
    const unreadable = fieldsNamed(request).filter((f) => !plan.fields.has(f));
    if (unreadable.length === 0) {
      throw new Error(`aggregate refused on readable fields: ${JSON.stringify(request)} ${error.message}`);
    }
    return 'refused';
  }
  for (const name of fieldsNamed(request)) expect(plan.fields.has(name)).toBe(true);
  const fromSql = normalizeSqlRows(query, await db.run<Row>(query.sql));
  const fromJs = evaluateAggregate(
    visibleGraph(engine, principal, graph),
    collection,
    query,
    request,
    filter,
  );
  if (!sameAggregate(fromJs, fromSql)) {
    throw new Error(
      `aggregate ${JSON.stringify(request)} differs:\nJS ${JSON.stringify(fromJs)}\nSQL ${JSON.stringify(fromSql)}\n${describeCase(engine, principal, collection, 'read')}`,
    );
  }
  return 'computed';
}
