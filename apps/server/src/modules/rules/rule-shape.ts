// What each kind of rule must and must not have, checked before anything is resolved.
import type { Action, Audience } from '@charter/policy';
import { type RuleProblem, ruleProblem } from './rules.errors.js';

/** A rule as a builder writes it: collection key, role keys, field names and CEL with names. */
export interface RuleDraft {
  kind: 'grant' | 'guard' | 'fieldCondition';
  name: string;
  description: string;
  collection: string;
  to: { roles?: string[]; audience?: Audience };
  actions: Action[];
  condition?: string;
  fields?: string[] | Partial<Record<Action, string[]>>;
  access?: 'read' | 'write';
}

/** The parts a rule of its kind lacks or should not have; field lists for actions it does not cover. */
export function shapeProblems(draft: RuleDraft): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const needs = (field: string, what: string) => problems.push(ruleProblem(field, `a ${draft.kind} ${what}`));
  if (draft.kind !== 'fieldCondition' && draft.actions.length === 0)
    needs('actions', 'needs at least one action');
  if (draft.kind !== 'grant' && draft.condition === undefined) needs('condition', 'needs a condition');
  if (draft.kind === 'fieldCondition') {
    if (draft.actions.length > 0) needs('actions', "has no actions; use access 'read' or 'write'");
    if (!Array.isArray(draft.fields) || draft.fields.length === 0) needs('fields', 'needs a list of fields');
    if (draft.access === undefined) needs('access', "needs access 'read' or 'write'");
    return problems;
  }
  if (draft.access !== undefined) needs('access', 'has no access; only field conditions do');
  if (draft.kind === 'guard' && draft.fields !== undefined)
    needs('fields', 'has no fields; use a field condition');
  if (draft.kind === 'grant' && draft.fields !== undefined) problems.push(...grantFieldProblems(draft));
  return problems;
}

function grantFieldProblems(draft: RuleDraft): RuleProblem[] {
  if (Array.isArray(draft.fields)) {
    return [ruleProblem('fields', 'a grant lists fields per action: {"read": [...], "update": [...]}')];
  }
  return Object.keys(draft.fields ?? {})
    .filter((action) => action === 'delete' || !draft.actions.includes(action as Action))
    .map((action) =>
      ruleProblem(
        `fields.${action}`,
        action === 'delete'
          ? 'delete removes whole records; it takes no field list'
          : `the grant does not cover ${action}; add it to actions or drop this list`,
      ),
    );
}

/** Roles that do not exist or that have Access All Data; a rule that names nobody. */
export function targetProblems(
  to: RuleDraft['to'],
  roles: readonly { key: string; allData: boolean }[],
): RuleProblem[] {
  const named = to.roles ?? [];
  if (named.length === 0 && !to.audience) {
    return [ruleProblem('to', 'a rule must name roles, an audience, or both')];
  }
  const usable = roles.filter((r) => !r.allData).map((r) => r.key);
  return named.flatMap((key, i) => {
    const role = roles.find((r) => r.key === key);
    if (role?.allData) {
      return [
        ruleProblem(
          `to.roles.${i}`,
          `role '${key}' has Access All Data: rules do not apply to it, so it cannot be named in one`,
          { expected: usable },
        ),
      ];
    }
    return role ? [] : [ruleProblem(`to.roles.${i}`, `unknown role '${key}'`, { expected: usable })];
  });
}
