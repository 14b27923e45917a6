// The mutation check: each rule is broken in memory, one way at a time, and the fixture is run
// against the broken copy. A change no test notices is a rule the fixture does not protect. The
// stored rules are never touched; the fixture's data is seeded once and rolled back at the end.
import { ACTIONS, type GrantRule, type Rule, type RuleSet } from '@charter/policy';
import type { AppContext } from '../../context.js';
import type { Fixture } from './fixture-schema.js';
import { evaluate, type SeededRun, seedRun } from './policy-tests.service.js';

/** One way of breaking a rule, and whether some test noticed. */
export interface Mutant {
  mutation: string;
  caught: boolean;
  /** Tests with a check that passed on the live rules and fails on this mutant. */
  failingTests: string[];
}

/** A rule and what became of each of its mutants. */
export interface RuleMutants {
  ruleId: string;
  name: string;
  collection: string;
  kind: Rule['kind'];
  /** Every mutant of the rule was caught. */
  protected: boolean;
  mutants: Mutant[];
}

/** The outcome of the mutation check. */
export interface MutationReport {
  app: string;
  policyVersion: number;
  /** The run against the live rules, which the mutants are compared with. */
  baseline: { tests: number; passed: number; failed: number };
  mutants: number;
  survived: number;
  rules: RuleMutants[];
}

class RolledBack extends Error {
  constructor(readonly report: MutationReport) {
    super('mutation check rolled back');
  }
}

/** Runs the fixture against every mutant of every rule of the app. */
export async function runMutationCheck(
  ctx: AppContext,
  appId: string,
  fixture: Fixture,
): Promise<MutationReport> {
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      throw new RolledBack(await check(await seedRun(ctx, trx, appId, fixture)));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
  throw new Error('unreachable: the check always rolls back');
}

async function check(seeded: SeededRun): Promise<MutationReport> {
  const live = seeded.ruleSet;
  const baseline = await evaluate(seeded, live);
  // A mutant is caught when a check that holds on the live rules fails: checks that already fail
  // say nothing about the mutant.
  const passing = new Set(baseline.results.filter((r) => r.ok).map(checkKey));
  const rules: RuleMutants[] = [];
  let count = 0;
  for (const [index, rule] of live.rules.entries()) {
    const mutants: Mutant[] = [];
    for (const { label, mutate } of mutationsOf(rule)) {
      count++;
      const rulesAfter = live.rules.flatMap((r, i) => (i === index ? mutate(r) : [r]));
      // A version of its own, so no plan compiled for the live rules is reused.
      const ruleSet: RuleSet = { ...live, version: `${live.version}~mutant${count}`, rules: rulesAfter };
      const report = await evaluate(seeded, ruleSet);
      const failing = report.results.filter((r) => !r.ok && passing.has(checkKey(r)));
      mutants.push({
        mutation: label,
        caught: failing.length > 0,
        failingTests: [...new Set(failing.map((r) => r.test))],
      });
    }
    rules.push({
      ruleId: rule.id,
      name: rule.name,
      collection: rule.collection,
      kind: rule.kind,
      protected: mutants.every((m) => m.caught),
      mutants,
    });
  }
  return {
    app: baseline.app,
    policyVersion: baseline.policyVersion,
    baseline: { tests: baseline.tests, passed: baseline.passed, failed: baseline.failed },
    mutants: count,
    survived: rules.reduce((n, r) => n + r.mutants.filter((m) => !m.caught).length, 0),
    rules,
  };
}

function checkKey(r: {
  test: string;
  as: string;
  collection: string;
  record: string | null;
  action: string;
}) {
  return JSON.stringify([r.test, r.as, r.collection, r.record, r.action]);
}

type Mutation = { label: string; mutate: (rule: Rule) => Rule[] };

// Each way a builder could get a rule wrong: it holds everywhere, lists every field, loses an
// action, gains every action, or is gone (the same mutants as the demo fixture's CI test).
function mutationsOf(rule: Rule): Mutation[] {
  const out: Mutation[] = [];
  if (rule.condition !== undefined && rule.condition !== 'true')
    out.push({ label: 'condition replaced by true', mutate: (r) => [{ ...r, condition: 'true' }] });
  if (rule.kind === 'grant') {
    const grant = rule;
    if (grant.fields && Object.keys(grant.fields).length > 0)
      out.push({ label: 'field lists dropped', mutate: () => [withoutFields(grant)] });
    if (grant.actions.length > 1) {
      for (const action of grant.actions) {
        out.push({
          label: `${action} removed`,
          mutate: () => {
            const { [action]: _dropped, ...fields } = grant.fields ?? {};
            const actions = grant.actions.filter((a) => a !== action);
            return [
              { ...withoutFields(grant), actions, ...(Object.keys(fields).length > 0 ? { fields } : {}) },
            ];
          },
        });
      }
    }
    if (grant.actions.length < ACTIONS.length)
      out.push({ label: 'every action granted', mutate: () => [{ ...grant, actions: [...ACTIONS] }] });
  }
  out.push({ label: 'rule deleted', mutate: () => [] });
  return out;
}

function withoutFields(rule: GrantRule): GrantRule {
  const { fields: _fields, ...rest } = rule;
  return rest;
}
