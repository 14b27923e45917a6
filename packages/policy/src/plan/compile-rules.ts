// Checks every rule of a rule set once per (schema, rule set); a rule that fails counts as false.

import { DEFAULT_LIMITS, type ExpressionLimits } from '../cel/limits.js';
import { type CheckedCondition, checkCondition } from '../check/check-condition.js';
import { type Expr, subExpressions } from '../check/ir.js';
import { PolicyError, policyError } from '../errors.js';
import type { Action, FieldConditionRule, GrantRule, GuardRule, Rule, RuleSet } from '../model/rule-set.js';
import type { FieldDef } from '../model/schema.js';
import type { SchemaIndex } from '../model/schema-index.js';
import { FALSE, TRUE } from './fold.js';

/** A rule with its condition checked (FALSE when it no longer compiles: fail closed). */
interface CompiledBase<R extends Rule> {
  readonly rule: R;
  readonly condition: Expr;
  readonly checked: CheckedCondition | null;
  readonly error: PolicyError | null;
}

/** A grant with resolved field lists per action (null = every field). */
export interface CompiledGrant extends CompiledBase<GrantRule> {
  readonly fields: Partial<Record<Action, ReadonlySet<FieldDef> | null>>;
}

/** A guard. */
export type CompiledGuard = CompiledBase<GuardRule>;

/** A field condition with its fields resolved. */
export interface CompiledFieldCondition extends CompiledBase<FieldConditionRule> {
  readonly fields: ReadonlySet<FieldDef>;
}

/** The rules of one collection, by kind, plus the principal members they read (for cache keys). */
export interface CollectionRules {
  readonly grants: readonly CompiledGrant[];
  readonly guards: readonly CompiledGuard[];
  readonly fieldConditions: readonly CompiledFieldCondition[];
  readonly userMembers: readonly string[];
}

/** A rule that does not compile, for the builder's attention and the server's log. */
export interface RuleDiagnostic {
  readonly ruleId: string;
  readonly collection: string;
  readonly error: PolicyError;
}

/** All rules of a rule set, compiled against a schema. */
export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly schema: SchemaIndex;
  readonly limits: ExpressionLimits;
  readonly collections: ReadonlyMap<string, CollectionRules>;
  readonly diagnostics: readonly RuleDiagnostic[];
}

const EMPTY: CollectionRules = { grants: [], guards: [], fieldConditions: [], userMembers: [] };

/** Compiles every rule; never throws for a bad rule, it records a diagnostic and uses FALSE. */
export function compileRuleSet(
  ruleSet: RuleSet,
  schema: SchemaIndex,
  limits = DEFAULT_LIMITS,
): CompiledRuleSet {
  const diagnostics: RuleDiagnostic[] = [];
  const buckets = new Map<
    string,
    { grants: CompiledGrant[]; guards: CompiledGuard[]; fieldConditions: CompiledFieldCondition[] }
  >();
  for (const rule of ruleSet.rules) {
    const bucket = buckets.get(rule.collection) ?? { grants: [], guards: [], fieldConditions: [] };
    buckets.set(rule.collection, bucket);
    const base = compileCondition(rule, schema, limits, diagnostics);
    if (rule.kind === 'grant') {
      bucket.grants.push({ ...base, rule, fields: grantFields(rule, schema) });
    } else if (rule.kind === 'guard') {
      bucket.guards.push({ ...base, rule });
    } else {
      bucket.fieldConditions.push({
        ...base,
        rule,
        fields: new Set(resolveFields(rule.fields, rule.collection, schema)),
      });
    }
  }
  const collections = new Map<string, CollectionRules>();
  for (const [key, bucket] of buckets) {
    const all = [...bucket.grants, ...bucket.guards, ...bucket.fieldConditions];
    collections.set(key, { ...bucket, userMembers: userMembersOf(all.map((r) => r.condition)) });
  }
  return { ruleSet, schema, limits, collections, diagnostics };
}

/** The rules of a collection (none when it has no rules). */
export function rulesOf(compiled: CompiledRuleSet, collection: string): CollectionRules {
  return compiled.collections.get(collection) ?? EMPTY;
}

function compileCondition(
  rule: Rule,
  schema: SchemaIndex,
  limits: ExpressionLimits,
  diagnostics: RuleDiagnostic[],
): CompiledBase<Rule> {
  const text = rule.condition;
  if (rule.kind === 'grant' && (text === undefined || text.trim() === '')) {
    return { rule, condition: TRUE, checked: null, error: null };
  }
  try {
    if (!schema.collections.has(rule.collection)) {
      throw policyError(
        'POLICY_UNKNOWN_COLLECTION',
        `rule '${rule.id}' names an unknown collection '${rule.collection}'`,
      );
    }
    const checked = checkCondition(text ?? '', { schema, collection: rule.collection, limits });
    return { rule, condition: checked.expr, checked, error: null };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    diagnostics.push({ ruleId: rule.id, collection: rule.collection, error });
    return { rule, condition: FALSE, checked: null, error };
  }
}

function grantFields(rule: GrantRule, schema: SchemaIndex): CompiledGrant['fields'] {
  const out: Partial<Record<Action, ReadonlySet<FieldDef> | null>> = {};
  for (const action of rule.actions) {
    const list = rule.fields?.[action];
    out[action] = list ? new Set(resolveFields(list, rule.collection, schema)) : null;
  }
  return out;
}

/** Field ids (or names) to fields; a deleted field is dropped, which only ever removes access. */
function resolveFields(keys: readonly string[], collection: string, schema: SchemaIndex): FieldDef[] {
  const index = schema.collections.get(collection);
  if (!index) return [];
  return keys
    .map((k) => index.byId.get(k) ?? index.byName.get(k))
    .filter((f): f is FieldDef => f !== undefined);
}

function userMembersOf(conditions: readonly Expr[]): string[] {
  const members = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'user') members.add(e.member);
    for (const c of subExpressions(e)) visit(c);
  };
  for (const c of conditions) visit(c);
  return [...members].sort();
}
