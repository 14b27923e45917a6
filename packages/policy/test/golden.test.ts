// Runs every golden suite in test/cases on each database back end: JS and SQL must give the expected answer.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileWhere } from '../src/compile-sql/compile-where.js';
import { ident, type Sql, sql, table } from '../src/compile-sql/sql-fragment.js';
import { PolicyError } from '../src/errors.js';
import { indexSchema } from '../src/model/schema-index.js';
import { type Backend, backends, type TestDb } from './support/backends.js';
import { buildGraph, loadData, resolveSymbols } from './support/data.js';
import { loadSuites, parseSuite, type Suite, type SuiteCase } from './support/suite.js';

const suites = loadSuites(join(import.meta.dirname, 'cases'));

describe('the golden suite loader', () => {
  const suiteWith = (expectation: string) => `
suite: Loader
schema: recruitment
roles: [{ key: recruiter, name: Recruiter, internal: true, builder: false, allData: false, rights: [] }]
rules: []
cases:
  - name: Recruiters see no position without a grant
    user: nobody
    action: read
    collection: positions
    ${expectation}
`;

  it('loads a case that carries an expectation', () => {
    const suite = parseSuite(suiteWith('rows: []'), 'loader.yaml');
    expect(suite.cases.map((c) => c.rows)).toEqual([[]]);
  });

  it('refuses a misspelt expectation key, naming the file and the case', () => {
    expect(() => parseSuite(suiteWith('rowz: []'), 'loader.yaml')).toThrow(
      'loader.yaml: case "Recruiters see no position without a grant": unknown key(s) rowz',
    );
  });

  it('refuses a case with no expectation at all', () => {
    expect(() => parseSuite(suiteWith(''), 'loader.yaml')).toThrow(
      'loader.yaml: case "Recruiters see no position without a grant": no expectation',
    );
  });

  it('refuses a decision without the create or update it decides', () => {
    expect(() => parseSuite(suiteWith('allowed: false'), 'loader.yaml')).toThrow(
      /`allowed` goes with `record`/,
    );
  });
});

describe.each(backends)('golden suites on $name', (backend: Backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await backend.open();
    for (const suite of suites) await loadData(db, suite.schema, suite.data, suite.ddl);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  for (const suite of suites) {
    describe(suite.name, () => {
      for (const c of suite.cases) {
        it(c.name, async () => {
          await runCase(suite, c, db);
        });
      }
    });
  }
});

function principalOf(suite: Suite, c: SuiteCase) {
  const principal = suite.principals.get(c.anonymous ? 'anonymous' : (c.user ?? ''));
  if (!principal) throw new Error(`unknown user ${c.user}`);
  return principal;
}

async function runCase(suite: Suite, c: SuiteCase, db: TestDb): Promise<void> {
  const principal = principalOf(suite, c);
  const engine = suite.engine;
  const graph = buildGraph(suite.schema, suite.data);
  const rows = graph.get(c.collection) ?? new Map();
  if (c.error) {
    const attempt = () =>
      engine.compileListQuery(principal, c.collection, { filter: c.filter ?? '', now: suite.now });
    expect(attempt).toThrow(PolicyError);
    try {
      attempt();
    } catch (error) {
      expect((error as PolicyError).code).toBe(c.error);
    }
    return;
  }
  const plan = engine.planAccess(principal, c.action, c.collection);
  if (c.plan) expect(plan.kind).toBe(c.plan);
  if (c.record) {
    const newRow = expand(
      suite,
      graph,
      c.collection,
      resolveSymbols(suite.schema, c.collection, 'new-record', c.record, suite.symbols),
    );
    const decision = engine.checkCreate(
      principal,
      c.collection,
      newRow,
      c.written ?? Object.keys(c.record),
      suite.now,
    );
    expect(decision.allowed).toBe(c.allowed);
    if (c.deniedFields) expect(decision.deniedFields).toEqual(c.deniedFields);
  }
  if (c.before) {
    const before = rows.get(suite.symbols.id(c.before));
    if (!before) throw new Error(`unknown record ${c.before}`);
    const patch = expand(
      suite,
      graph,
      c.collection,
      resolveSymbols(suite.schema, c.collection, c.before, c.patch ?? {}, suite.symbols),
    );
    delete patch.id;
    for (const k of Object.keys(patch)) if (!(k in (c.patch ?? {}))) delete patch[k];
    const decision = engine.checkUpdate(
      principal,
      c.collection,
      { before, after: { ...before, ...patch }, changed: Object.keys(c.patch ?? {}) },
      suite.now,
    );
    expect(decision.allowed).toBe(c.allowed);
    if (c.deniedFields) expect(decision.deniedFields).toEqual(c.deniedFields);
  }
  if (c.rows || c.absent || c.fields) await checkRows(suite, c, db, rows);
  if (c.explain) {
    const record = c.explain.record ? rows.get(suite.symbols.id(c.explain.record)) : undefined;
    const explanation = engine.explain(principal, c.action, c.collection, record, { now: suite.now });
    const text = JSON.stringify(explanation);
    for (const fragment of c.explain.contains ?? []) expect(text).toContain(fragment);
    for (const fragment of c.explain.lacks ?? []) expect(text).not.toContain(fragment);
  }
}

/** Link values in a payload become the related row objects, as the server would load them. */
function expand(
  suite: Suite,
  graph: ReturnType<typeof buildGraph>,
  collection: string,
  row: Record<string, unknown>,
) {
  const index = indexSchema(suite.schema).collections.get(collection);
  const out: Record<string, unknown> = { ...row };
  for (const f of index?.fields ?? []) {
    const targets = graph.get(f.target ?? '');
    const v = out[f.name];
    if (f.id !== 'id' && typeof v === 'string' && targets?.has(v)) out[f.name] = targets.get(v);
    if (Array.isArray(v))
      out[f.name] = v.map((id) => (typeof id === 'string' ? (targets?.get(id) ?? id) : id));
  }
  return out;
}

async function checkRows(suite: Suite, c: SuiteCase, db: TestDb, rows: Map<string, Record<string, unknown>>) {
  const principal = principalOf(suite, c);
  const engine = suite.engine;
  const plan = engine.planAccess(principal, c.action, c.collection);
  const compiled = engine.compile(plan);
  const name = (id: string) => suite.symbols.name(id);
  const jsRows = [...rows.values()]
    .filter((r) => compiled.allows(r, suite.now))
    .map((r) => name(r.id as string))
    .sort();
  let sqlRows: string[];
  let sqlFields = new Map<string, Set<string>>();
  if (c.action === 'read') {
    const query = engine.compileListQuery(principal, c.collection, {
      filter: c.filter,
      now: suite.now,
      visibilityFlags: true,
    });
    const result = await db.run<Record<string, unknown>>(query.sql);
    sqlRows = result.map((r) => name(r.id as string)).sort();
    sqlFields = new Map(result.map((r) => [name(r.id as string), visibleInSql(plan, r)]));
  } else {
    const c0 = indexSchema(suite.schema).collections.get(c.collection);
    if (!c0) throw new Error('no collection');
    const where: Sql = compileWhere(plan, { alias: 'r', now: suite.now });
    const result = await db.run<{ id: string }>(
      sql`SELECT ${ident('r', 'id')} AS id FROM ${table(c0.def.table)} AS ${ident('r')} WHERE ${where}`,
    );
    sqlRows = result.map((r) => name(r.id)).sort();
  }
  if (c.rows) {
    expect(sqlRows).toEqual([...c.rows].sort());
    if (!c.filter) expect(jsRows).toEqual([...c.rows].sort());
  }
  for (const absent of c.absent ?? []) {
    expect(sqlRows).not.toContain(absent);
    if (!c.filter) expect(jsRows).not.toContain(absent);
  }
  if (!c.filter) expect(sqlRows).toEqual(jsRows);
  for (const [rowName, expected] of Object.entries(c.fields ?? {})) {
    const row = rows.get(suite.symbols.id(rowName));
    if (!row) throw new Error(`unknown row ${rowName}`);
    const jsVisible = new Set(engine.readableFields(principal, c.collection, row, suite.now));
    const sqlVisible = sqlFields.get(rowName) ?? new Set();
    for (const f of expected.visible ?? []) {
      expect(jsVisible, `${rowName}.${f} visible in JS`).toContain(f);
      expect(sqlVisible, `${rowName}.${f} visible in SQL`).toContain(f);
    }
    for (const f of expected.hidden ?? []) {
      expect(jsVisible, `${rowName}.${f} hidden in JS`).not.toContain(f);
      expect(sqlVisible, `${rowName}.${f} hidden in SQL`).not.toContain(f);
    }
    expect([...sqlVisible].sort()).toEqual([...jsVisible].sort());
  }
}

/** Fields a SQL row exposes; a hidden field must also carry no value. */
function visibleInSql(
  plan: ReturnType<Suite['engine']['planAccess']>,
  row: Record<string, unknown>,
): Set<string> {
  const visible = new Set<string>();
  for (const [name, mask] of plan.fields) {
    const always = mask.mask.kind === 'const' && mask.mask.value === true;
    if (always || row[`$visible:${name}`] === true) visible.add(name);
    else expect(row[name] ?? null, `hidden ${name} carries no value`).toBeNull();
  }
  return visible;
}
