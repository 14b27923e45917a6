// Save-time validation of a rule set: refuse what cannot compile, warn about what has no effect.
import { DEFAULT_LIMITS, type ExpressionLimits } from '../cel/limits.js';
import { listChoices, type PolicyErrorCode, type SourcePosition } from '../errors.js';
import { ACTIONS, AUDIENCES, isRestricted, type Rule, type RuleSet } from '../model/rule-set.js';
import type { Schema } from '../model/schema.js';
import { type SchemaIndex, toSchemaIndex } from '../model/schema-index.js';
import { tryCheckCondition } from './check-condition.js';

/** One problem with a rule set. */
export interface RuleIssue {
  readonly ruleId?: string;
  readonly code: PolicyErrorCode;
  readonly message: string;
  readonly position?: SourcePosition;
  readonly expected?: readonly string[];
}

/** Errors block saving; warnings are shown to the builder. */
export interface RuleSetValidation {
  readonly valid: boolean;
  readonly errors: readonly RuleIssue[];
  readonly warnings: readonly RuleIssue[];
}

function issue(
  ruleId: string | undefined,
  message: string,
  expected?: readonly string[],
  code: PolicyErrorCode = 'POLICY_INVALID_RULE',
): RuleIssue {
  return { ...(ruleId ? { ruleId } : {}), code, message, ...(expected ? { expected } : {}) };
}

/** Validates every rule against the schema; a rule set with errors must not be saved. */
export function validateRuleSet(
  ruleSet: RuleSet,
  schema: Schema | SchemaIndex,
  limits: ExpressionLimits = DEFAULT_LIMITS,
): RuleSetValidation {
  const index = toSchemaIndex(schema);
  const errors: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  const roles = new Map(ruleSet.roles.map((r) => [r.key, r]));
  if (roles.size !== ruleSet.roles.length) errors.push(issue(undefined, 'role keys must be unique'));
  const ids = new Set<string>();
  for (const rule of ruleSet.rules) {
    if (ids.has(rule.id)) errors.push(issue(rule.id, `duplicate rule id '${rule.id}'`));
    ids.add(rule.id);
    validateRule(rule, ruleSet, index, limits, roles, errors, warnings);
  }
  return { valid: errors.length === 0, errors, warnings };
}

type Roles = ReadonlyMap<string, RuleSet['roles'][number]>;

function validateRule(
  rule: Rule,
  ruleSet: RuleSet,
  index: SchemaIndex,
  limits: ExpressionLimits,
  roles: Roles,
  errors: RuleIssue[],
  warnings: RuleIssue[],
): void {
  if (!index.collections.has(rule.collection)) {
    const keys = [...index.collections.keys()];
    errors.push(
      issue(
        rule.id,
        `unknown collection '${rule.collection}'; expected ${listChoices(keys)}`,
        keys,
        'POLICY_UNKNOWN_COLLECTION',
      ),
    );
    return;
  }
  validateTarget(rule, roles, errors, warnings);
  validateActionsAndFields(rule, index, errors);
  if (rule.condition !== undefined || rule.kind !== 'grant') {
    const result = tryCheckCondition(rule.condition ?? '', {
      schema: index,
      collection: rule.collection,
      limits,
    });
    if (!result.ok) errors.push({ ruleId: rule.id, ...result.error.toJSON() });
  }
  // An unrestricted collection opens its rows to every signed-in user: grants and guards change
  // nothing for them, but field conditions still close their fields (DESIGN.md §4).
  if (!isRestricted(ruleSet, rule.collection) && rule.kind !== 'fieldCondition') {
    warnings.push(
      issue(
        rule.id,
        `collection '${rule.collection}' is not restricted, so this ${rule.kind} has no effect for signed-in users (only field conditions apply to them there)`,
      ),
    );
  }
}

function validateTarget(rule: Rule, roles: Roles, errors: RuleIssue[], warnings: RuleIssue[]): void {
  const named = rule.to.roles ?? [];
  if (named.length === 0 && !rule.to.audience)
    errors.push(issue(rule.id, 'a rule must name roles or an audience'));
  if (rule.to.audience && !(AUDIENCES as readonly string[]).includes(rule.to.audience)) {
    errors.push(issue(rule.id, `unknown audience '${rule.to.audience}'`, AUDIENCES));
  }
  for (const key of named) {
    const role = roles.get(key);
    if (!role)
      errors.push(
        issue(rule.id, `unknown role '${key}'; expected ${listChoices([...roles.keys()])}`, [
          ...roles.keys(),
        ]),
      );
    else if (role.allData)
      warnings.push(issue(rule.id, `role '${key}' has Access All Data; rules do not apply to it`));
  }
}

function validateActionsAndFields(rule: Rule, index: SchemaIndex, errors: RuleIssue[]): void {
  if (rule.kind !== 'fieldCondition') {
    if (rule.actions.length === 0)
      errors.push(issue(rule.id, 'a rule must name at least one action', ACTIONS));
    for (const a of rule.actions) {
      if (!(ACTIONS as readonly string[]).includes(a))
        errors.push(issue(rule.id, `unknown action '${a}'`, ACTIONS));
    }
  }
  if (rule.kind === 'fieldCondition' && rule.fields.length === 0)
    errors.push(issue(rule.id, 'a field condition must name fields'));
  const collection = index.collections.get(rule.collection);
  const lists =
    rule.kind === 'fieldCondition'
      ? [rule.fields]
      : rule.kind === 'grant'
        ? Object.values(rule.fields ?? {})
        : [];
  const names = collection?.fields.map((f) => f.name) ?? [];
  for (const key of lists.flat()) {
    if (!collection?.byId.has(key) && !collection?.byName.has(key)) {
      errors.push(
        issue(
          rule.id,
          `unknown field '${key}'; expected ${listChoices(names)}`,
          names,
          'POLICY_UNKNOWN_IDENTIFIER',
        ),
      );
    }
  }
}
