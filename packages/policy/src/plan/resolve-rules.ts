// Which compiled rules apply to a principal for an action, grouped by unit, with principal terms folded.
import type { Expr } from '../check/ir.js';
import type { Principal } from '../model/principal.js';
import type { Action } from '../model/rule-set.js';
import type { FieldDef } from '../model/schema.js';
import type {
  CollectionRules,
  CompiledFieldCondition,
  CompiledGrant,
  CompiledGuard,
} from './compile-rules.js';
import { foldPrincipal, simplifyLogic } from './fold.js';
import { restricts, targets, type Unit } from './units.js';

/** A unit's grants for an action: conditions ANDed, field lists unioned (null = every field). */
export interface UnitGrants {
  readonly unit: Unit;
  readonly grants: readonly CompiledGrant[];
  readonly folded: readonly Expr[];
  readonly condition: Expr;
  readonly fields: ReadonlySet<FieldDef> | null;
}

/** A restrictive rule with its folded condition. */
export interface AppliedRule<R> {
  readonly compiled: R;
  readonly condition: Expr;
}

/** Everything that decides one (principal, action, collection). */
export interface ResolvedRules {
  readonly units: readonly Unit[];
  readonly unitGrants: readonly UnitGrants[];
  readonly guards: readonly AppliedRule<CompiledGuard>[];
  readonly fieldConditions: readonly AppliedRule<CompiledFieldCondition>[];
}

/** Groups the rules of a collection for a principal and action. */
export function resolveRules(
  rules: CollectionRules,
  units: readonly Unit[],
  action: Action,
  principal: Principal,
): ResolvedRules {
  const unitGrants: UnitGrants[] = [];
  for (const unit of units) {
    const grants = rules.grants.filter((g) => g.rule.actions.includes(action) && targets(g.rule.to, unit));
    if (grants.length === 0) continue;
    const folded = grants.map((g) => foldPrincipal(g.condition, principal));
    unitGrants.push({
      unit,
      grants,
      folded,
      condition: simplifyLogic('and', folded),
      fields: unionFields(grants, action),
    });
  }
  const guards = rules.guards
    .filter((g) => g.rule.actions.includes(action) && restricts(g.rule.to, units))
    .map((compiled) => ({ compiled, condition: foldPrincipal(compiled.condition, principal) }));
  const access = action === 'read' ? 'read' : action === 'delete' ? null : 'write';
  const fieldConditions = rules.fieldConditions
    .filter((f) => f.rule.access === access && restricts(f.rule.to, units))
    .map((compiled) => ({ compiled, condition: foldPrincipal(compiled.condition, principal) }));
  return { units, unitGrants, guards, fieldConditions };
}

function unionFields(grants: readonly CompiledGrant[], action: Action): ReadonlySet<FieldDef> | null {
  const union = new Set<FieldDef>();
  for (const grant of grants) {
    const fields = grant.fields[action];
    if (fields === null || fields === undefined) return null;
    for (const f of fields) union.add(f);
  }
  return union;
}
