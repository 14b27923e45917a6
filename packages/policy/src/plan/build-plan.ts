// DESIGN.md §4 in one place: bypasses, grants (AND within a unit, OR across), guards, field masks.
import { allFieldMasks, computeFieldMasks, openFieldMasks } from '../fields/field-masks.js';
import type { Principal } from '../model/principal.js';
import { type Action, isRestricted, missingGateRight } from '../model/rule-set.js';
import { collectionOf } from '../model/schema-index.js';
import type { AccessPlan, Bypass } from './access-plan.js';
import { type CompiledRuleSet, rulesOf } from './compile-rules.js';
import { FALSE, simplifyLogic, TRUE } from './fold.js';
import { type ResolvedRules, resolveRules } from './resolve-rules.js';
import { unitsOf } from './units.js';

/**
 * Which bypass applies, if any. allData skips every rule; an unrestricted collection opens its
 * rows to every signed-in app user, but its field conditions still apply (see buildPlan).
 */
export function bypassOf(compiled: CompiledRuleSet, principal: Principal, collection: string): Bypass | null {
  if (principal.allData && !principal.anonymous) return 'allData';
  if (!isRestricted(compiled.ruleSet, collection) && !principal.anonymous) return 'unrestricted';
  return null;
}

/** Resolves the rules that decide (principal, action, collection). */
export function resolveFor(
  compiled: CompiledRuleSet,
  principal: Principal,
  action: Action,
  collection: string,
): ResolvedRules {
  const units = unitsOf(principal, compiled.ruleSet);
  return resolveRules(rulesOf(compiled, collection), units, action, principal);
}

/** Computes a plan from scratch (the engine caches the result). */
export function buildPlan(
  compiled: CompiledRuleSet,
  principal: Principal,
  action: Action,
  collection: string,
): AccessPlan {
  const index = collectionOf(compiled.schema, collection);
  const common = { collection, action, version: compiled.ruleSet.version, schema: compiled.schema };
  const missingRight = missingGateRight(compiled.ruleSet, principal, action);
  if (missingRight)
    return { ...common, kind: 'deny', condition: FALSE, fields: new Map(), bypass: null, missingRight };
  const bypass = bypassOf(compiled, principal, collection);
  if (bypass === 'allData')
    return { ...common, kind: 'allow', condition: TRUE, fields: allFieldMasks(index, action), bypass };
  const resolved = resolveFor(compiled, principal, action, collection);
  if (bypass === 'unrestricted') {
    const fields = openFieldMasks(index, action, resolved.fieldConditions);
    return { ...common, kind: 'allow', condition: TRUE, fields, bypass };
  }
  const rows = simplifyLogic(
    'or',
    resolved.unitGrants.map((u) => u.condition),
  );
  const condition = simplifyLogic('and', [rows, ...resolved.guards.map((g) => g.condition)]);
  if (condition.kind === 'const' && condition.value !== true) {
    return { ...common, kind: 'deny', condition: FALSE, fields: new Map(), bypass: null };
  }
  const fields = computeFieldMasks(index, action, resolved);
  const kind = condition.kind === 'const' ? 'allow' : 'where';
  return { ...common, kind, condition, fields, bypass: null };
}
