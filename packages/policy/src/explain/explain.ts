// Explains a decision: roles considered, each grant, guard and field condition, and why a record is absent.
import type { Expr } from '../check/ir.js';
import { toDisplayCondition } from '../check/stored-condition.js';
import type { PolicyErrorData } from '../errors.js';
import { candidateFields } from '../fields/field-masks.js';
import type { Principal } from '../model/principal.js';
import { type Action, isRestricted, missingGateRight, type Rule } from '../model/rule-set.js';
import { collectionOf } from '../model/schema-index.js';
import { type AccessPlan, type Bypass, isAlways, type PlanKind } from '../plan/access-plan.js';
import { bypassOf, resolveFor } from '../plan/build-plan.js';
import type { CompiledRuleSet } from '../plan/compile-rules.js';
import type { AppliedRule, ResolvedRules, UnitGrants } from '../plan/resolve-rules.js';
import { audiencesOf, unitLabel } from '../plan/units.js';
import { emptyUserNote } from './empty-user-terms.js';
import { type ConditionResult, explainCondition, type Outcome } from './failing-part.js';
import { printExpr } from './print-expr.js';

/** One rule in a trace: its text, whether it compiles, its folded form, and its result on the record. */
export interface RuleTrace {
  readonly ruleId: string;
  readonly name: string;
  readonly kind: Rule['kind'];
  readonly condition: string | null;
  readonly compiles: boolean;
  readonly error?: PolicyErrorData;
  /** The condition after principal terms were folded in ("true" when the grant has none). */
  readonly folded: string;
  /** Field names the rule lists (grants: for this action), or "all". */
  readonly fields?: readonly string[] | 'all';
  readonly result?: Outcome;
  readonly failedAt?: string;
}

/** A role or audience the principal holds, with its grants for the action (ANDed). */
export interface UnitTrace {
  readonly unit: string;
  readonly grants: readonly RuleTrace[];
  readonly fields: readonly string[] | 'all';
  readonly result?: Outcome;
}

/** What happened to one record. */
export interface RecordTrace {
  readonly allowed: boolean;
  /** Fields readable (read) or writable (create, update) on this record. */
  readonly fields: readonly string[];
  readonly hiddenFields: readonly { readonly field: string; readonly reason: string }[];
  /** Why the record is absent from a list (empty when it is present). */
  readonly reasons: readonly string[];
}

/** A structured trace of one decision (DESIGN.md §7, "Explain"). */
export interface Explanation {
  readonly collection: string;
  readonly action: Action;
  readonly version: string;
  readonly principal: {
    readonly id: string | null;
    readonly roles: readonly string[];
    readonly ignoredRoles: readonly string[];
    readonly audiences: readonly string[];
    readonly allData: boolean;
    readonly anonymous: boolean;
  };
  readonly restricted: boolean;
  /** The rule set's gate for this action: the right, whether the principal holds it (null: no gate applies). */
  readonly gate: { readonly right: string; readonly held: boolean } | null;
  readonly bypass: Bypass | null;
  readonly plan: {
    readonly kind: PlanKind;
    readonly condition: string;
    readonly fields: Readonly<Record<string, string>>;
  };
  readonly units: readonly UnitTrace[];
  readonly unitsWithoutGrants: readonly string[];
  readonly guards: readonly RuleTrace[];
  readonly fieldConditions: readonly RuleTrace[];
  readonly record?: RecordTrace;
}

type Row = Readonly<Record<string, unknown>>;

type Display = (rule: Rule) => string | null;

/** How a rule's condition is shown: its text as stored, and a note on empty user values. */
interface Describe {
  readonly display: Display;
  readonly principal: Principal;
}

function ruleTrace(
  describe: Describe,
  compiled: { rule: Rule; error: { toJSON(): PolicyErrorData } | null; condition: Expr },
  folded: Expr,
  outcome: ConditionResult | undefined,
  fields?: readonly string[] | 'all',
): RuleTrace {
  const failedAt = outcome?.failedAt ? failingPart(describe, compiled, folded, outcome.failedAt) : undefined;
  return {
    ruleId: compiled.rule.id,
    name: compiled.rule.name,
    kind: compiled.rule.kind,
    condition: describe.display(compiled.rule),
    compiles: compiled.error === null,
    ...(compiled.error ? { error: compiled.error.toJSON() } : {}),
    folded: printExpr(folded),
    ...(fields ? { fields } : {}),
    ...(outcome ? { result: outcome.result } : {}),
    ...(failedAt ? { failedAt } : {}),
  };
}

/**
 * The part of a condition to show as failing. A condition the user's values alone decided folds
 * to a constant, which says nothing: name the empty user values, or show the condition as written.
 */
function failingPart(
  describe: Describe,
  compiled: { rule: Rule; condition: Expr },
  folded: Expr,
  failedAt: string,
): string {
  const empty = emptyUserNote(compiled.condition, folded, describe.principal);
  if (empty) return empty;
  return folded.kind === 'const' ? (describe.display(compiled.rule) ?? failedAt) : failedAt;
}

function fieldNames(set: ReadonlySet<{ name: string }> | null | undefined): readonly string[] | 'all' {
  return set ? [...set].map((f) => f.name) : 'all';
}

interface Inputs {
  readonly compiled: CompiledRuleSet;
  readonly principal: Principal;
  readonly action: Action;
  readonly collection: string;
  readonly plan: AccessPlan;
  readonly record?: Row;
  readonly now?: number;
}

/** Builds the explanation of (principal, action, collection), and of one record when given. */
export function explainDecision(input: Inputs): Explanation {
  const { compiled, principal, action, collection, plan, record, now } = input;
  const resolved = resolveFor(compiled, principal, action, collection);
  const on = (e: Expr) => (record ? explainCondition(e, record, now) : undefined);
  const describe: Describe = { display: displayCondition(compiled), principal };
  const units: UnitTrace[] = resolved.unitGrants.map((u) => unitTrace(describe, u, action, on));
  const guards = resolved.guards.map((g) => ruleTrace(describe, g.compiled, g.condition, on(g.condition)));
  const fieldConditions = resolved.fieldConditions.map((f) =>
    ruleTrace(describe, f.compiled, f.condition, on(f.condition), fieldNames(f.compiled.fields)),
  );
  const known = new Set(compiled.ruleSet.roles.map((r) => r.key));
  const withGrants = new Set(resolved.unitGrants.map((u) => unitLabel(u.unit)));
  return {
    collection,
    action,
    version: compiled.ruleSet.version,
    principal: {
      id: principal.id,
      roles: principal.roles.filter((r) => known.has(r)),
      ignoredRoles: principal.roles.filter((r) => !known.has(r)),
      audiences: audiencesOf(principal),
      allData: principal.allData,
      anonymous: principal.anonymous ?? false,
    },
    restricted: isRestricted(compiled.ruleSet, collection),
    gate: gateOf(input),
    bypass: bypassOf(compiled, principal, collection),
    plan: {
      kind: plan.kind,
      condition: printExpr(plan.condition),
      fields: Object.fromEntries(
        [...plan.fields].map(([n, m]) => [n, isAlways(m) ? 'always' : printExpr(m.mask)]),
      ),
    },
    units,
    unitsWithoutGrants: resolved.units.map(unitLabel).filter((l) => !withGrants.has(l)),
    guards,
    fieldConditions,
    ...(record ? { record: recordTrace(input, describe, resolved, units, guards) } : {}),
  };
}

function gateOf({ compiled, principal, action }: Inputs): Explanation['gate'] {
  const gate = compiled.ruleSet.gate;
  if (!gate || principal.anonymous || principal.allData) return null;
  const right = action === 'read' ? gate.read : gate.write;
  return { right, held: missingGateRight(compiled.ruleSet, principal, action) === null };
}

// Stored conditions name fields by id (so renames never break them); a trace shows field names.
function displayCondition(compiled: CompiledRuleSet): Display {
  return (rule) => {
    if (rule.condition === undefined) return null;
    try {
      return toDisplayCondition(rule.condition, { schema: compiled.schema, collection: rule.collection });
    } catch {
      return rule.condition; // it no longer compiles; the trace says why
    }
  };
}

function unitTrace(
  describe: Describe,
  u: UnitGrants,
  action: Action,
  on: (e: Expr) => ConditionResult | undefined,
): UnitTrace {
  const grants = u.grants.map((g, i) => {
    const folded = u.folded[i] ?? g.condition;
    return ruleTrace(describe, g, folded, on(folded), fieldNames(g.fields[action]));
  });
  const held = on(u.condition);
  return {
    unit: unitLabel(u.unit),
    grants,
    fields: fieldNames(u.fields),
    ...(held ? { result: held.result } : {}),
  };
}

function recordTrace(
  input: Inputs,
  describe: Describe,
  resolved: ResolvedRules,
  units: readonly UnitTrace[],
  guards: readonly RuleTrace[],
): RecordTrace {
  const { plan, record, now, collection, action, compiled } = input;
  const row = record ?? {};
  const allowed = explainCondition(plan.condition, row, now).result === 'true';
  const reasons = allowed ? [] : absenceReasons(input, units, guards);
  const index = collectionOf(compiled.schema, collection);
  const fields: string[] = [];
  const hiddenFields: { field: string; reason: string }[] = [];
  for (const field of candidateFields(index, action)) {
    const mask = plan.fields.get(field.name);
    const open = allowed && mask !== undefined && explainCondition(mask.mask, row, now).result === 'true';
    if (open) fields.push(field.name);
    else if (allowed)
      hiddenFields.push({
        field: field.name,
        reason: hiddenReason(input, describe, field.name, resolved, units),
      });
  }
  return { allowed, fields, hiddenFields, reasons };
}

function absenceReasons(input: Inputs, units: readonly UnitTrace[], guards: readonly RuleTrace[]): string[] {
  const { action, collection, principal } = input;
  if (input.plan.missingRight) {
    const who = principal.email ?? principal.id ?? 'this user';
    return [`${who} lacks ${input.plan.missingRight}, which every ${action} needs before any rule applies`];
  }
  if (principal.anonymous && units.length === 0)
    return [`anonymous visitors have no grant for ${action} on ${collection}`];
  if (units.length === 0)
    return [`no role of this user has a grant for ${action} on ${collection} (default deny)`];
  const reasons: string[] = [];
  if (!units.some((u) => u.result === 'true')) {
    for (const u of units) {
      for (const g of u.grants.filter((g) => g.result !== 'true')) {
        const why = g.compiles
          ? `${g.result}: ${g.failedAt ?? g.folded}`
          : `does not compile (${g.error?.message ?? ''})`;
        reasons.push(`${u.unit}: grant "${g.name}" did not hold (${why})`);
      }
    }
  }
  for (const g of guards.filter((g) => g.result !== 'true')) {
    const why = g.compiles
      ? `${g.result}: ${g.failedAt ?? g.folded}`
      : `does not compile (${g.error?.message ?? ''})`;
    reasons.push(`guard "${g.name}" did not hold (${why})`);
  }
  return reasons;
}

/**
 * Why a field is closed on a record the principal may access: no role that opens the record lists
 * it, or a field condition on it fails. On an unrestricted collection every field is open to
 * begin with, so only field conditions close one.
 */
function hiddenReason(
  input: Inputs,
  describe: Describe,
  field: string,
  resolved: ResolvedRules,
  units: readonly UnitTrace[],
): string {
  const { record, now, plan } = input;
  const row = record ?? {};
  const holding = resolved.unitGrants.filter((_, i) => units[i]?.result === 'true');
  const listed = holding.some((u) => u.fields === null || [...u.fields].some((f) => f.name === field));
  if (plan.bypass !== 'unrestricted' && !listed) {
    return 'no role whose grants hold on this record lists this field';
  }
  const failing = resolved.fieldConditions.filter(
    (fc: AppliedRule<{ rule: Rule; fields: ReadonlySet<{ name: string }> }>) =>
      [...fc.compiled.fields].some((f) => f.name === field) &&
      explainCondition(fc.condition, row, now).result !== 'true',
  );
  const first = failing[0];
  if (first) {
    const outcome = explainCondition(first.condition, row, now);
    const part = failingPart(
      describe,
      first.compiled,
      first.condition,
      outcome.failedAt ?? printExpr(first.condition),
    );
    return `field condition "${first.compiled.rule.name}" did not hold (${outcome.result}: ${part})`;
  }
  return 'not accessible on this record';
}
