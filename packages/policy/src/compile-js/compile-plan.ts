// Point checks: a plan compiled once into closures for its row condition and each field mask.
import type { Expr } from '../check/ir.js';
import type { AccessPlan } from '../plan/access-plan.js';
import { compileExpr } from './compile-expr.js';
import type { EvalEnv, Evaluator } from './eval-env.js';

type Row = Readonly<Record<string, unknown>>;

/** Millisecond timestamps or Dates are accepted wherever `now` is. */
export type Now = number | Date;

/** A plan ready for point checks. Masks are meaningful only on rows that pass the condition. */
export interface CompiledPlan {
  readonly plan: AccessPlan;
  /** The row condition in three-valued logic: true, false or null (UNKNOWN, which denies). */
  evaluate(row: Row, now?: Now): boolean | null;
  /** Whether the row passes (the condition is TRUE). */
  allows(row: Row, now?: Now): boolean;
  /** Whether `field` is accessible on a row that passes. */
  fieldAccessible(row: Row, field: string, now?: Now): boolean;
  /** The accessible fields of a row that passes, in schema order. */
  accessibleFields(row: Row, now?: Now): string[];
}

const cache = new WeakMap<AccessPlan, CompiledPlan>();

/** Compiles (once per plan object) the JS predicate and field masks of a plan. */
export function compilePlan(plan: AccessPlan): CompiledPlan {
  const hit = cache.get(plan);
  if (hit) return hit;
  const compiled = build(plan);
  cache.set(plan, compiled);
  return compiled;
}

function toMillis(now: Now | undefined): number | undefined {
  return now instanceof Date ? now.getTime() : now;
}

function constantOf(e: Expr): boolean | null | undefined {
  return e.kind === 'const' ? (e.value as boolean | null) : undefined;
}

function build(plan: AccessPlan): CompiledPlan {
  const env: EvalEnv = { now: undefined, principal: undefined, vars: [] };
  const condition = compileCondition(plan.condition, env);
  const masks = new Map<string, (row: Row) => boolean>();
  for (const [name, m] of plan.fields) {
    const constant = constantOf(m.mask);
    const f = compileExpr(m.mask);
    masks.set(name, constant === true ? () => true : (row) => f(row, env) === true);
  }
  const names = [...plan.fields.keys()];
  return {
    plan,
    evaluate(row, now) {
      env.now = toMillis(now);
      return condition(row);
    },
    allows(row, now) {
      env.now = toMillis(now);
      return condition(row) === true;
    },
    fieldAccessible(row, field, now) {
      env.now = toMillis(now);
      return masks.get(field)?.(row) ?? false;
    },
    accessibleFields(row, now) {
      env.now = toMillis(now);
      return names.filter((n) => masks.get(n)?.(row));
    },
  };
}

function compileCondition(e: Expr, env: EvalEnv): (row: Row) => boolean | null {
  const constant = constantOf(e);
  if (constant !== undefined) return () => constant;
  const f: Evaluator = compileExpr(e);
  return (row) => f(row, env) as boolean | null;
}
