// The "units" a principal holds: its roles plus the audiences it matches (each counts as a role).
import type { Principal } from '../model/principal.js';
import type { Audience, RuleSet, RuleTarget } from '../model/rule-set.js';

/** A role, or an audience acting as one more role (DESIGN.md §4.2). */
export type Unit =
  | { readonly kind: 'role'; readonly key: string }
  | { readonly kind: 'audience'; readonly audience: Audience };

/** A stable label for traces: `role:manager`, `audience:everyone`. */
export function unitLabel(unit: Unit): string {
  return unit.kind === 'role' ? `role:${unit.key}` : `audience:${unit.audience}`;
}

/**
 * The audiences a principal matches. `everyone` means every signed-in app user; anonymous
 * requests match only `anonymous`, so opening data to the public is always explicit.
 */
export function audiencesOf(principal: Principal): Audience[] {
  if (principal.anonymous) return ['anonymous'];
  return ['everyone', principal.internal ? 'internal' : 'external'];
}

/** Roles (known to the rule set, sorted) then audiences. */
export function unitsOf(principal: Principal, ruleSet: RuleSet): Unit[] {
  const known = new Set(ruleSet.roles.map((r) => r.key));
  const roles = principal.anonymous ? [] : [...new Set(principal.roles)].filter((k) => known.has(k)).sort();
  return [
    ...roles.map((key): Unit => ({ kind: 'role', key })),
    ...audiencesOf(principal).map((audience): Unit => ({ kind: 'audience', audience })),
  ];
}

/** Whether a rule names this unit. */
export function targets(to: RuleTarget, unit: Unit): boolean {
  if (unit.kind === 'role') return to.roles?.includes(unit.key) ?? false;
  return to.audience === unit.audience;
}

/**
 * Whether a restrictive rule (guard, field condition) applies to a principal holding `units`.
 * A restrictive rule that names nobody applies to everybody: fail closed.
 */
export function restricts(to: RuleTarget, units: readonly Unit[]): boolean {
  if (!to.audience && (to.roles?.length ?? 0) === 0) return true;
  return units.some((u) => targets(to, u));
}
