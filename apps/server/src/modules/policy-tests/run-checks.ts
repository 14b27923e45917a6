// Evaluates one test's expectations through the records API's own functions (the list query, the
// write checks, the writer), and through the JS point check on the same row: both must agree.
import type { Explanation } from '@charter/policy';
import { sql } from 'kysely';
import { AppError } from '../../http/app-error.js';
import type { RecordGraph } from '../records/record-graph.js';
import { readRecord } from '../records/record-read.js';
import type { RecordScope } from '../records/record-scope.js';
import { verifyRow } from '../records/record-verify.js';
import { createRecordWriter } from '../records/record-writer.js';
import {
  fieldsMismatch,
  verdictMessage,
  whoListsField,
  whyAllowed,
  whyDenied,
  whyFieldHidden,
} from './check-messages.js';
import type { ResolvedTest } from './fixture-check.js';
import type { FieldExpectation, Verdict } from './fixture-schema.js';

/** What was checked: an action's verdict, or a field list. */
export type CheckAction = 'read' | 'update' | 'delete' | 'create' | 'fields.visible' | 'fields.updatable';

/** The outcome of one expectation of one test. */
export interface CheckResult {
  test: string;
  as: string;
  collection: string;
  record: string | null;
  action: CheckAction;
  expected: Verdict | FieldExpectation;
  actual: Verdict | string[] | 'error';
  ok: boolean;
  /** The diff a builder reads: what was expected, what happened, and why. */
  message?: string;
  /** The engine's reasons (explain) for the actual outcome. */
  explanation?: string[];
}

/** What one run shares between tests. */
export interface CheckRun {
  graph: RecordGraph;
  scopeOf(test: ResolvedTest): RecordScope;
  /** Every explanation of the run, for coverage. */
  explained(explanation: Explanation): void;
  /** Fixture names by the ids the run gave them, so messages say `andy.id`, not a uuid. */
  names: ReadonlyMap<string, string>;
}

type Check = Omit<CheckResult, 'test' | 'as' | 'collection' | 'record'>;

/** Runs every expectation of one test; writes are rolled back to a savepoint each. */
export async function runTest(run: CheckRun, resolved: ResolvedTest): Promise<CheckResult[]> {
  const { test } = resolved;
  const scope = run.scopeOf(resolved);
  const checks: Check[] = [];
  const e = test.expect;
  if (resolved.values !== undefined && e.create)
    checks.push(await checkCreate(run, scope, resolved.values, e.create));
  const id = resolved.recordId;
  if (id !== undefined) {
    if (e.read || e.fields?.visible)
      checks.push(...(await checkRead(run, scope, id, e.read, e.fields?.visible)));
    if (e.update && resolved.change)
      checks.push(await checkChange(run, scope, id, resolved.change, e.update));
    else if (e.update || e.fields?.updatable)
      checks.push(...(await checkUpdate(run, scope, id, e.update, e.fields?.updatable)));
    if (e.delete) checks.push(await checkDelete(run, scope, id, e.delete));
  }
  const where =
    test.record !== undefined ? `${test.collection}/${test.record}` : `${test.collection} (new record)`;
  const named = (text: string) => withNames(text, run.names);
  return checks.map((c) => ({
    test: test.name,
    as: test.as,
    collection: test.collection,
    record: test.record ?? null,
    ...c,
    ...(c.message ? { message: `${where} as ${test.as}: ${named(c.message)}` } : {}),
    ...(c.explanation ? { explanation: c.explanation.map(named) } : {}),
  }));
}

// Folded conditions carry the user's id as a literal; the fixture's names read better.
function withNames(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(
    /"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g,
    (quoted, id: string) => {
      const name = names.get(id);
      return name === undefined ? quoted : `${name}.id`;
    },
  );
}

function explain(
  run: CheckRun,
  scope: RecordScope,
  action: 'read' | 'update' | 'delete' | 'create',
  row: Record<string, unknown>,
) {
  const explanation = scope.policy.engine.explain(scope.principal, action, scope.collection, row, {
    now: scope.now,
  });
  run.explained(explanation);
  return explanation;
}

function rowOf(run: CheckRun, scope: RecordScope, id: string) {
  const row = run.graph.row(scope.collection, id);
  if (!row) throw new Error(`fixture row ${scope.collection}/${id} was not loaded`);
  return row;
}

function verdictCheck(
  action: CheckAction,
  expected: Verdict,
  actual: Verdict,
  explanation: Explanation,
  extra: string[] = [],
): Check {
  const why = [...extra, ...(actual === 'allow' ? whyAllowed(explanation) : whyDenied(explanation))];
  const ok = expected === actual;
  return {
    action,
    expected,
    actual,
    ok,
    ...(ok ? {} : { message: verdictMessage(action, expected, actual, why) }),
    ...(why.length > 0 ? { explanation: why } : {}),
  };
}

// The one place where the two back ends are compared; a disagreement is a failure of its own.
function disagreement(check: Check, what: string, sqlSide: unknown, jsSide: unknown): Check {
  const text = (v: unknown) => (Array.isArray(v) ? v.join(', ') || '(none)' : String(v));
  return {
    ...check,
    ok: false,
    message: `the list query and the point check disagree on ${what} (SQL: ${text(sqlSide)}; JS: ${text(jsSide)})`,
  };
}

async function checkRead(
  run: CheckRun,
  scope: RecordScope,
  id: string,
  expected: Verdict | undefined,
  visible: FieldExpectation | undefined,
): Promise<Check[]> {
  const { engine } = scope.policy;
  const row = rowOf(run, scope, id);
  const view = await readRecord(scope, id, scope.ctx.database.db);
  const explanation = explain(run, scope, 'read', row);
  const actual: Verdict = view ? 'allow' : 'deny';
  const fields = view ? Object.keys(view).filter((k) => k !== 'id') : [];
  const point = engine.checkRow(scope.principal, 'read', scope.collection, row, scope.now).allowed;
  const pointFields = point ? engine.readableFields(scope.principal, scope.collection, row, scope.now) : [];
  const checks: Check[] = [];
  if (expected) {
    const check = verdictCheck('read', expected, actual, explanation);
    checks.push(
      point === (actual === 'allow') ? check : disagreement(check, 'read', actual, point ? 'allow' : 'deny'),
    );
  }
  if (visible) {
    const message = fieldsMismatch(
      'fields.visible',
      visible,
      fields,
      (f) => whyFieldHidden(explanation, f),
      (f) => whoListsField(explanation, f),
    );
    const check: Check = {
      action: 'fields.visible',
      expected: visible,
      actual: fields,
      ok: message === null,
      ...(message ? { message } : {}),
    };
    const same = sameSet(
      fields,
      pointFields.filter((f) => f !== 'id'),
    );
    checks.push(same ? check : disagreement(check, 'the visible fields', fields, pointFields));
  }
  return checks;
}

async function checkUpdate(
  run: CheckRun,
  scope: RecordScope,
  id: string,
  expected: Verdict | undefined,
  updatable: FieldExpectation | undefined,
): Promise<Check[]> {
  const { engine } = scope.policy;
  const db = scope.ctx.database.db;
  const row = rowOf(run, scope, id);
  const plan = engine.planAccess(scope.principal, 'update', scope.collection);
  const candidates = [...plan.fields.keys()];
  const verdict = await verifyRow(db, scope, plan, { id, fields: candidates });
  const explanation = explain(run, scope, 'update', row);
  const actual: Verdict = verdict.found ? 'allow' : 'deny';
  const point = engine.checkUpdate(
    scope.principal,
    scope.collection,
    { before: row, after: row, changed: [] },
    scope.now,
  );
  const checks: Check[] = [];
  if (expected) {
    const check = verdictCheck('update', expected, actual, explanation);
    const agree = point.allowed === verdict.found;
    checks.push(agree ? check : disagreement(check, 'update', actual, point.allowed ? 'allow' : 'deny'));
  }
  if (updatable) {
    const fields = verdict.found ? candidates.filter((f) => !verdict.denied.includes(f)) : [];
    const message = fieldsMismatch(
      'fields.updatable',
      updatable,
      fields,
      (f) => whyFieldHidden(explanation, f),
      (f) => whoListsField(explanation, f),
    );
    const check: Check = {
      action: 'fields.updatable',
      expected: updatable,
      actual: fields,
      ok: message === null,
      ...(message ? { message } : {}),
    };
    const pointFields = point.allowed ? [...(explanation.record?.fields ?? [])] : [];
    checks.push(
      sameSet(fields, pointFields) ? check : disagreement(check, 'the updatable fields', fields, pointFields),
    );
  }
  return checks;
}

async function checkDelete(run: CheckRun, scope: RecordScope, id: string, expected: Verdict): Promise<Check> {
  const row = rowOf(run, scope, id);
  const explanation = explain(run, scope, 'delete', row);
  const writer = await createRecordWriter(scope);
  const outcome = await attempt(scope, () => writer.remove(scope.ctx.database.db, id));
  if (outcome.verdict === 'error') return failedWrite('delete', expected, outcome.message);
  const check = verdictCheck('delete', expected, outcome.verdict, explanation);
  const point = scope.policy.engine.checkRow(
    scope.principal,
    'delete',
    scope.collection,
    row,
    scope.now,
  ).allowed;
  return point === (outcome.verdict === 'allow')
    ? check
    : disagreement(check, 'delete', outcome.verdict, point ? 'allow' : 'deny');
}

async function checkChange(
  run: CheckRun,
  scope: RecordScope,
  id: string,
  change: Record<string, unknown>,
  expected: Verdict,
): Promise<Check> {
  const row = rowOf(run, scope, id);
  const explanation = explain(run, scope, 'update', row);
  const writer = await createRecordWriter(scope);
  const outcome = await attempt(scope, async () => {
    writer.checkUpdate(change);
    await writer.update(scope.ctx.database.db, id, change);
  });
  if (outcome.verdict === 'error') return failedWrite('update', expected, outcome.message);
  return verdictCheck(
    'update',
    expected,
    outcome.verdict,
    explanation,
    outcome.message ? [outcome.message] : [],
  );
}

async function checkCreate(
  run: CheckRun,
  scope: RecordScope,
  values: Record<string, unknown>,
  expected: Verdict,
): Promise<Check> {
  const creator = scope.principal.id;
  const row = run.graph.compose(scope.collection, { ...values, createdBy: creator, updatedBy: creator });
  const explanation = explain(run, scope, 'create', row);
  const writer = await createRecordWriter(scope);
  const outcome = await attempt(scope, async () => {
    writer.checkCreate(values);
    await writer.create(scope.ctx.database.db, values);
  });
  if (outcome.verdict === 'error') return failedWrite('create', expected, outcome.message);
  return verdictCheck(
    'create',
    expected,
    outcome.verdict,
    explanation,
    outcome.message ? [outcome.message] : [],
  );
}

type Outcome = { verdict: Verdict | 'error'; message?: string };

// A write runs for real, then is undone: later tests see the fixture exactly as it was written.
async function attempt(scope: RecordScope, write: () => Promise<void>): Promise<Outcome> {
  const db = scope.ctx.database.db;
  await sql`savepoint policy_test_write`.execute(db);
  try {
    await write();
    return { verdict: 'allow' };
  } catch (error) {
    if (isRefusal(error)) return { verdict: 'deny', message: (error as AppError).message };
    const code = (error as { code?: unknown }).code;
    scope.ctx.logger.warn({ err: error }, 'a permission-test write failed');
    return { verdict: 'error', message: `the write failed${typeof code === 'string' ? ` (${code})` : ''}` };
  } finally {
    await sql`rollback to savepoint policy_test_write`.execute(db);
  }
}

// What the records API answers when the rules refuse: 403 (the record or a field may not be
// written) or the 404 of an unreadable record. A 400 is a problem of the test's values, not a verdict.
function isRefusal(error: unknown): boolean {
  if (!(error instanceof AppError)) return false;
  return error.status === 403 || error.status === 404;
}

function failedWrite(action: CheckAction, expected: Verdict, message = 'the write failed'): Check {
  return {
    action,
    expected,
    actual: 'error',
    ok: false,
    message: `expected ${action} to be ${expected === 'allow' ? 'allowed' : 'denied'}, but ${message}`,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
