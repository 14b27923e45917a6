// Runs a permission-test fixture against an app's live policy and real tables, in one transaction
// that is always rolled back: the fixture's users and records never outlive the run.
import {
  buildPrincipal,
  createPolicyEngine,
  type Explanation,
  type Principal,
  type RuleSet,
} from '@charter/policy';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { loadAppPrincipal } from '../app-users/app-principal.js';
import { loadAttributeDefinitions } from '../app-users/attribute-values.js';
import type { AppPolicy } from '../data/policy-engines.js';
import { type AppSchema, loadAppSchema } from '../data-model/app-schema.js';
import { type FieldRow, listFieldRows } from '../data-model/data-model.repository.js';
import { USERS_COLLECTION_KEY } from '../data-model/users-collection.js';
import { loadRecordGraph, type RecordGraph } from '../records/record-graph.js';
import type { RecordScope } from '../records/record-scope.js';
import { APP_RIGHT_KEYS } from '../rights/catalogue.js';
import { loadAppRuleSet } from '../rules/rules.repository.js';
import { checkFixture, type FixtureModel, type SeedPlan } from './fixture-check.js';
import { type Fixture, parseFixture, parseFixtureText } from './fixture-schema.js';
import { seedFixture } from './fixture-seed.js';
import { fixtureInvalid, fixtureIssue } from './policy-tests.errors.js';
import { type CheckResult, type CheckRun, runTest } from './run-checks.js';

/** A rule no test's decision involved. */
export interface UncoveredRule {
  ruleId: string;
  name: string;
  collection: string;
}

/** The outcome of a run: each expectation checked, and the rules no test exercised. */
export interface PolicyTestReport {
  app: string;
  policyVersion: number;
  tests: number;
  /** Checks (one per expectation of a test) that passed and failed. */
  passed: number;
  failed: number;
  results: CheckResult[];
  coverage: { rules: number; exercised: number; unexercised: UncoveredRule[] };
}

// Thrown out of the transaction so it rolls back, carrying the report.
class RolledBack extends Error {
  constructor(readonly report: PolicyTestReport) {
    super('permission-test run rolled back');
  }
}

/** Reads a fixture: a parsed object, or YAML/JSON text. */
export function readFixture(input: unknown): Fixture {
  return parseFixture(typeof input === 'string' ? parseFixtureText(input) : input);
}

/** Runs a fixture against the app; 400 POLICY_TEST_INVALID when it cannot run, a report otherwise. */
export async function runPolicyTests(
  ctx: AppContext,
  appId: string,
  fixture: Fixture,
): Promise<PolicyTestReport> {
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      throw new RolledBack(await runInTransaction(ctx, trx, appId, fixture));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
  throw new Error('unreachable: the run always rolls back');
}

async function runInTransaction(
  ctx: AppContext,
  trx: Kysely<DatabaseSchema>,
  appId: string,
  fixture: Fixture,
): Promise<PolicyTestReport> {
  const seeded = await seedRun(ctx, trx, appId, fixture);
  return evaluate(seeded, seeded.ruleSet);
}

/** A fixture seeded in the run's transaction, ready to be evaluated against a rule set. */
export interface SeededRun {
  ctx: AppContext;
  trx: Kysely<DatabaseSchema>;
  appId: string;
  schema: AppSchema;
  ruleSet: RuleSet;
  plan: SeedPlan;
  graph: RecordGraph;
}

/** Checks the fixture against the app and inserts its users and records (rolled back later). */
export async function seedRun(
  ctx: AppContext,
  trx: Kysely<DatabaseSchema>,
  appId: string,
  fixture: Fixture,
): Promise<SeededRun> {
  await refuseOtherApp(trx, appId, fixture.app);
  const schema = await loadAppSchema(trx, appId);
  const ruleSet = await loadAppRuleSet(trx, appId, schema);
  const collections = schema.schema.collections;
  const plan = checkFixture(
    fixture,
    await loadModel(
      trx,
      appId,
      schema,
      ruleSet.roles.map((r) => r.key),
    ),
  );
  await seedFixture(trx, appId, plan, collections);
  const graph = await loadRecordGraph(trx, collections, idsByCollection(plan));
  return { ctx, trx, appId, schema, ruleSet, plan, graph };
}

/**
 * Runs every test of a seeded fixture against `ruleSet`: the app's live rules, or a changed copy
 * of them (the mutation check), without touching the stored rules.
 */
export async function evaluate(seeded: SeededRun, ruleSet: RuleSet): Promise<PolicyTestReport> {
  const { ctx, trx, appId, schema, plan, graph } = seeded;
  const engine = createPolicyEngine({ schema: schema.schema, ruleSet });
  const policy: AppPolicy = { appId, version: schema.policyVersion, schema, ruleSet, engine };
  const principals = new Map<string, Principal>();
  for (const user of plan.users) {
    const loaded = await loadAppPrincipal(trx, appId, user.id);
    if (loaded) principals.set(user.id, buildPrincipal(loaded, ruleSet));
  }
  // The records functions reach the database through their context: here, the run's transaction.
  const runCtx: AppContext = { ...ctx, database: { ...ctx.database, db: trx } };
  const now = ctx.clock.now().getTime();
  const exercised = new Set<string>();
  const run: CheckRun = {
    graph,
    scopeOf: (t) => scopeOf(runCtx, policy, principals.get(t.userId)!, t.test.collection, now),
    explained: (e: Explanation) => markExercised(e, exercised),
    names: new Map([
      ...plan.users.map((u) => [u.id, u.name] as const),
      ...plan.records.map((r) => [r.id, r.name] as const),
    ]),
  };
  const results: CheckResult[] = [];
  for (const test of plan.tests) results.push(...(await runTest(run, test)));
  const failed = results.filter((r) => !r.ok).length;
  const unexercised = ruleSet.rules
    .filter((r) => !exercised.has(r.id))
    .map((r) => ({ ruleId: r.id, name: r.name, collection: r.collection }));
  return {
    app: appId,
    policyVersion: schema.policyVersion,
    tests: plan.tests.length,
    passed: results.length - failed,
    failed,
    results,
    coverage: {
      rules: ruleSet.rules.length,
      exercised: ruleSet.rules.length - unexercised.length,
      unexercised,
    },
  };
}

// A fixture that names its app (by id or by name) runs only on that app.
async function refuseOtherApp(trx: Kysely<DatabaseSchema>, appId: string, named: string | undefined) {
  const app = await trx
    .selectFrom('application')
    .select(['id', 'name'])
    .where('id', '=', appId)
    .executeTakeFirst();
  if (!app) throw notFound('application');
  if (named !== undefined && named !== app.id && named !== app.name) {
    throw fixtureInvalid([
      fixtureIssue(['app'], `the fixture is for app "${named}", not ${app.name} (${app.id})`),
    ]);
  }
}

async function loadModel(
  trx: Kysely<DatabaseSchema>,
  appId: string,
  schema: AppSchema,
  roleKeys: string[],
): Promise<FixtureModel> {
  const rows = await listFieldRows(trx, [...schema.keyById.keys()]);
  const fieldRows = new Map<string, FieldRow[]>();
  for (const row of rows) {
    const key = schema.keyById.get(row.collection_id)!;
    fieldRows.set(key, [...(fieldRows.get(key) ?? []), row]);
  }
  const custom = await trx.selectFrom('app_custom_right').select('key').where('app_id', '=', appId).execute();
  return {
    collections: schema.schema.collections,
    fieldRows,
    roleKeys,
    rightKeys: new Set([...APP_RIGHT_KEYS, ...custom.map((c) => c.key)]),
    attributes: await loadAttributeDefinitions(trx, appId),
  };
}

function idsByCollection(plan: SeedPlan): Map<string, string[]> {
  const ids = new Map<string, string[]>([[USERS_COLLECTION_KEY, plan.users.map((u) => u.id)]]);
  for (const r of plan.records) ids.set(r.collection, [...(ids.get(r.collection) ?? []), r.id]);
  return ids;
}

function scopeOf(
  ctx: AppContext,
  policy: AppPolicy,
  principal: Principal,
  collection: string,
  now: number,
): RecordScope {
  const def = policy.schema.schema.collections[collection]!;
  const collectionId = [...policy.schema.keyById].find(([, k]) => k === collection)?.[0];
  return { ctx, policy, principal, collection, collectionId, def, now };
}

// A rule is exercised when it took part in a decision of some test: a grant of one of the
// principal's roles or audiences, a guard or a field condition that applied to it.
function markExercised(explanation: Explanation, into: Set<string>): void {
  for (const unit of explanation.units) for (const grant of unit.grants) into.add(grant.ruleId);
  for (const guard of explanation.guards) into.add(guard.ruleId);
  for (const condition of explanation.fieldConditions) into.add(condition.ruleId);
}
