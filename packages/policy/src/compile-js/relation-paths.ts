// Which related records a JS check needs loaded: the server expands these paths before checking.
import { type Expr, subExpressions } from '../check/ir.js';
import type { AccessPlan } from '../plan/access-plan.js';

/**
 * The link paths a plan's condition and masks read through, as field names from the record:
 * `[['position'], ['position', 'interviewers']]` means `record.position` must be the loaded
 * position and its `interviewers` the loaded users. Links compared only by id need no loading.
 */
export function relationPaths(plan: AccessPlan): string[][] {
  const paths = new Map<string, string[]>();
  const add = (path: string[]) => {
    if (path.length > 0) paths.set(path.join('.'), path);
  };
  const visit = (e: Expr, vars: ReadonlyMap<number, string[]>): void => {
    const base = (row: { kind: 'root' } | { kind: 'var'; id: number }) =>
      row.kind === 'root' ? [] : (vars.get(row.id) ?? []);
    if (e.kind === 'field' && e.hops.length > 0) {
      const hops = e.hops.map((h) => h.name);
      for (let i = 1; i <= hops.length; i++) add([...base(e.row), ...hops.slice(0, i)]);
    }
    if (e.kind === 'field' && e.row.kind === 'var' && e.field.id !== 'id') add(base(e.row));
    if (e.kind === 'relation') {
      const hops = e.hops.map((h) => h.name);
      for (let i = 1; i <= hops.length; i++) add([...base(e.row), ...hops.slice(0, i)]);
    }
    if ((e.kind === 'exists' || e.kind === 'all') && e.range.kind === 'relation') {
      const r = e.range;
      const path = [...base(r.row), ...r.hops.map((h) => h.name), r.field.name];
      visit(e.body, new Map(vars).set(e.varId, path));
      visit(r, vars);
      return;
    }
    for (const c of subExpressions(e)) visit(c, vars);
  };
  visit(plan.condition, new Map());
  for (const mask of plan.fields.values()) visit(mask.mask, new Map());
  return [...paths.values()].sort((a, b) => a.join('.').localeCompare(b.join('.')));
}
