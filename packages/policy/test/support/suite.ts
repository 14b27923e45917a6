// Golden suites: YAML files a product person can read, turned into an engine, data and expectations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schemaDdl } from '../../src/compile-sql/schema-ddl.js';
import { anonymousPrincipal, buildPrincipal, type Principal } from '../../src/model/principal.js';
import type { Action, RoleDef, Rule, RuleSet } from '../../src/model/rule-set.js';
import type { Schema } from '../../src/model/schema.js';
import { createPolicyEngine, type PolicyEngine } from '../../src/plan/policy-engine.js';
import { recruitmentSchema } from '../fixtures/recruitment.js';
import { resolveSymbols, Symbols, type TestData, type TestRow } from './data.js';

/** Expected fields of one row: names that must be visible and names that must be hidden. */
export interface FieldExpectation {
  readonly visible?: readonly string[];
  readonly hidden?: readonly string[];
}

/** One case of a suite. */
export interface SuiteCase {
  readonly name: string;
  readonly user?: string;
  readonly anonymous?: boolean;
  readonly action: Action;
  readonly collection: string;
  readonly plan?: 'allow' | 'deny' | 'where';
  readonly rows?: readonly string[];
  readonly absent?: readonly string[];
  readonly fields?: Readonly<Record<string, FieldExpectation>>;
  readonly filter?: string;
  readonly error?: string;
  readonly record?: Readonly<Record<string, unknown>>;
  readonly written?: readonly string[];
  readonly before?: string;
  readonly patch?: Readonly<Record<string, unknown>>;
  readonly allowed?: boolean;
  readonly deniedFields?: readonly string[];
  readonly explain?: {
    readonly record?: string;
    readonly contains?: readonly string[];
    readonly lacks?: readonly string[];
  };
}

/** A loaded suite, ready to run. */
export interface Suite {
  readonly file: string;
  readonly name: string;
  readonly schema: Schema;
  readonly ruleSet: RuleSet;
  readonly engine: PolicyEngine;
  readonly symbols: Symbols;
  readonly data: TestData;
  readonly ddl: readonly string[];
  readonly principals: ReadonlyMap<string, Principal>;
  readonly cases: readonly SuiteCase[];
  readonly now: number;
}

interface RawSuite {
  suite: string;
  schema: 'recruitment' | Schema;
  now?: string;
  roles: RoleDef[];
  collections?: Record<string, { restricted: boolean }>;
  rules: Rule[];
  users?: Record<
    string,
    {
      roles?: string[];
      rights?: string[];
      attributes?: Record<string, unknown>;
      fields?: Record<string, unknown>;
    }
  >;
  records?: Record<string, Record<string, Record<string, unknown>>>;
  cases: SuiteCase[];
}

/** Every suite directory's YAML files, loaded. */
export function loadSuites(dir: string): Suite[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => parseSuite(readFileSync(join(dir, file), 'utf8'), file));
}

const SUITE_KEYS = new Set([
  'suite',
  'schema',
  'now',
  'roles',
  'collections',
  'users',
  'records',
  'rules',
  'cases',
]);
const CASE_KEYS = new Set<string>([
  'name',
  'user',
  'anonymous',
  'action',
  'collection',
  'filter',
  'record',
  'written',
  'before',
  'patch',
  'deniedFields',
]);
/** The keys the runner asserts on: a case must carry one, or it would pass without checking anything. */
export const EXPECTATION_KEYS = new Set(['plan', 'rows', 'absent', 'fields', 'error', 'allowed', 'explain']);

/**
 * Refuses keys the runner would ignore: a misspelt `rowz:` or `alowed:` must fail the suite, not
 * leave a case that asserts nothing and passes.
 */
function checkSuiteKeys(raw: RawSuite, file: string): void {
  const unknown = Object.keys(raw).filter((k) => !SUITE_KEYS.has(k));
  if (unknown.length > 0) throw new Error(`${file}: unknown suite key(s) ${unknown.join(', ')}`);
  if (!Array.isArray(raw.cases)) throw new Error(`${file}: no cases`);
  raw.cases.forEach((c, i) => {
    checkCaseKeys(c, `${file}: case ${JSON.stringify(c?.name ?? `#${i + 1}`)}`);
  });
}

function checkCaseKeys(c: SuiteCase, where: string): void {
  const keys = Object.keys(c ?? {});
  const unknown = keys.filter((k) => !CASE_KEYS.has(k) && !EXPECTATION_KEYS.has(k));
  if (unknown.length > 0) throw new Error(`${where}: unknown key(s) ${unknown.join(', ')}`);
  if (!keys.some((k) => EXPECTATION_KEYS.has(k))) {
    throw new Error(`${where}: no expectation (one of ${[...EXPECTATION_KEYS].join(', ')})`);
  }
  const decides = c.record !== undefined || c.before !== undefined;
  const decisionKeys = ['allowed', 'deniedFields', 'written', 'patch'].filter((k) => keys.includes(k));
  if (decides !== (c.allowed !== undefined) || (!decides && decisionKeys.length > 0)) {
    throw new Error(`${where}: \`allowed\` goes with \`record\` (a create) or \`before\` (an update)`);
  }
  for (const [row, expected] of Object.entries(c.fields ?? {})) {
    const fieldKeys = Object.keys(expected ?? {});
    if (fieldKeys.length === 0 || fieldKeys.some((k) => k !== 'visible' && k !== 'hidden')) {
      throw new Error(`${where}: fields of ${row} take \`visible\` and \`hidden\` only`);
    }
  }
  const explainKeys = Object.keys(c.explain ?? {});
  if (c.explain && !explainKeys.some((k) => k === 'contains' || k === 'lacks')) {
    throw new Error(`${where}: explain needs \`contains\` or \`lacks\``);
  }
  if (explainKeys.some((k) => !['record', 'contains', 'lacks'].includes(k))) {
    throw new Error(`${where}: explain takes \`record\`, \`contains\` and \`lacks\` only`);
  }
}

/** Each suite gets its own SQL schema so suites never share tables. */
function isolate(schema: Schema, slug: string): Schema {
  const collections = Object.fromEntries(
    Object.entries(schema.collections).map(([key, c]) => [
      key,
      {
        ...c,
        table: { ...c.table, schema: slug },
        fields: c.fields.map((f) =>
          f.junction
            ? { ...f, junction: { ...f.junction, table: { ...f.junction.table, schema: slug } } }
            : f,
        ),
      },
    ]),
  );
  return { ...schema, collections };
}

/** One suite from its YAML text; `file` names it in errors and in its SQL schema. */
export function parseSuite(text: string, file: string): Suite {
  const raw = parse(text) as RawSuite;
  checkSuiteKeys(raw, file);
  const slug = `golden_${file
    .replace(/\.yaml$/, '')
    .replace(/[^a-z0-9]+/gi, '_')
    .toLowerCase()}`;
  const schema = isolate(raw.schema === 'recruitment' ? recruitmentSchema : raw.schema, slug);
  const ruleSet: RuleSet = {
    version: `${file}@1`,
    roles: raw.roles,
    collections: raw.collections ?? {},
    rules: raw.rules,
  };
  const symbols = new Symbols();
  const data: TestData = new Map();
  const principals = new Map<string, Principal>();
  const users = raw.users ?? {};
  data.set(
    schema.usersCollection,
    Object.entries(users).map(([name, u]) =>
      resolveSymbols(schema, schema.usersCollection, name, u.fields ?? { name }, symbols),
    ),
  );
  for (const [name, u] of Object.entries(users)) {
    principals.set(
      name,
      buildPrincipal(
        {
          id: symbols.id(name),
          email: `${name}@example.com`,
          roles: u.roles ?? [],
          rights: u.rights ?? [],
          attributes: u.attributes ?? {},
        },
        ruleSet,
      ),
    );
  }
  principals.set('anonymous', anonymousPrincipal());
  for (const [collection, rows] of Object.entries(raw.records ?? {})) {
    const list: TestRow[] = Object.entries(rows).map(([name, row]) =>
      resolveSymbols(schema, collection, name, row, symbols),
    );
    data.set(collection, [...(data.get(collection) ?? []), ...list]);
  }
  return {
    file,
    name: raw.suite,
    schema,
    ruleSet,
    engine: createPolicyEngine({ schema, ruleSet }),
    symbols,
    data,
    ddl: schemaDdl(schema),
    principals,
    cases: raw.cases,
    now: Date.parse(raw.now ?? '2025-06-01T12:00:00Z'),
  };
}
