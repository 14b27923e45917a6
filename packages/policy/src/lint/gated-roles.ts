// ROLE_LACKS_DATA_RIGHT: a role that grants name, but whose holders cannot pass the data gate.
import type { Action, RoleDef, RuleSet } from '../model/rule-set.js';
import type { LintWarning } from './types.js';

/**
 * One warning per role and missing gate right: the role's grants for reads (or writes) open
 * nothing to someone who holds only that role, since the gate (RuleSet.gate) denies first.
 * Access All Data roles are not gated; a holder may still get the right from another role or
 * directly, hence a warning and not an error.
 */
export function rolesLackingDataRights(ruleSet: RuleSet): LintWarning[] {
  const gate = ruleSet.gate;
  if (!gate) return [];
  const warnings: LintWarning[] = [];
  for (const role of ruleSet.roles) {
    if (role.allData) continue;
    const actions = grantedActions(ruleSet, role);
    const needed = [
      ...(actions.some((a) => a === 'read') ? [{ right: gate.read, what: 'read' }] : []),
      ...(actions.some((a) => a !== 'read') ? [{ right: gate.write, what: 'write' }] : []),
    ];
    for (const { right, what } of needed) {
      if (role.rights.includes(right)) continue;
      warnings.push({
        code: 'ROLE_LACKS_DATA_RIGHT',
        severity: 'warning',
        role: role.key,
        message: `role '${role.key}' (${role.name}) has grants to ${what} records but lacks ${right}, so they open nothing to users who have only this role`,
      });
    }
  }
  return warnings;
}

function grantedActions(ruleSet: RuleSet, role: RoleDef): Action[] {
  return ruleSet.rules.flatMap((r) =>
    r.kind === 'grant' && r.to.roles?.includes(role.key) ? r.actions : [],
  );
}
