// Cheap reasoning about a checked condition without a principal or a row: constant parts fold,
// and a conjunction that contradicts itself on one field is recognised as never true.
import { type Expr, makeExpr, subExpressions, type Value } from '../check/ir.js';
import { compileExpr } from '../compile-js/compile-expr.js';
import { makeEnv } from '../compile-js/eval-env.js';
import { anonymousPrincipal } from '../model/principal.js';
import { isConst, mapChildren, simplify } from '../plan/fold.js';

/** What folding can tell about a condition for every principal and every row. */
export type ConstantTruth = 'true' | 'false' | 'unknown';

function varies(e: Expr): boolean {
  if (e.kind === 'field' || e.kind === 'relation' || e.kind === 'now' || e.kind === 'user') return true;
  if (e.kind === 'element') return true;
  return subExpressions(e).some(varies);
}

/** Evaluates every subtree that reads neither the record, the user nor the time. */
export function foldConstants(e: Expr): Expr {
  if (e.kind === 'const') return e;
  if (!varies(e)) {
    try {
      const value = compileExpr(e)({}, makeEnv(0, anonymousPrincipal())) as Value;
      return makeExpr({ kind: 'const', value, type: e.type });
    } catch {
      return e;
    }
  }
  return simplify(mapChildren(e, foldConstants));
}

/** True or false when the condition is that for everyone on every row; else unknown. */
export function constantTruth(e: Expr): ConstantTruth {
  const folded = foldConstants(e);
  if (isConst(folded, true)) return 'true';
  if (isConst(folded, false) || isConst(folded, null)) return 'false';
  return contradicts(folded) || impossibleChoice(folded) ? 'false' : 'unknown';
}

/**
 * A select field required to equal a value that is not one of its choices (`record.status ==
 * "open"` when the choices are Draft, Open and Filled): no record can ever hold it.
 */
function impossibleChoice(e: Expr): boolean {
  if (e.kind === 'and') return e.operands.some(impossibleChoice);
  const c = fieldVsConst(e);
  if (c?.op !== '==' || typeof c.value.value !== 'string') return false;
  const field = e.kind === 'compare' ? (e.left.kind === 'field' ? e.left : e.right) : null;
  if (field?.kind !== 'field' || field.field.type !== 'singleSelect' || !field.field.options) return false;
  return !field.field.options.includes(c.value.value);
}

// A node's identity without where it came from in the source text.
function keyOf(e: Expr): string {
  return JSON.stringify(e, (k, v) => (k === 'position' ? undefined : typeof v === 'bigint' ? `${v}n` : v));
}

/**
 * A conjunction that holds an operand and its negation, or requires one field to equal two
 * different constants, or bounds a number from both sides with an empty range.
 */
function contradicts(e: Expr): boolean {
  if (e.kind !== 'and') return false;
  const keys = new Set(e.operands.map(keyOf));
  if (e.operands.some((o) => o.kind === 'not' && keys.has(keyOf(o.operand)))) return true;
  const equals = new Map<string, string>();
  const lower = new Map<string, { value: number; strict: boolean }>();
  const upper = new Map<string, { value: number; strict: boolean }>();
  for (const o of e.operands) {
    const c = fieldVsConst(o);
    if (!c) continue;
    if (c.op === '==') {
      const seen = equals.get(c.field);
      if (seen !== undefined && seen !== keyOf(c.value)) return true;
      equals.set(c.field, keyOf(c.value));
    }
    const n = typeof c.value.value === 'number' ? c.value.value : null;
    if (n === null) continue;
    if (c.op === '>' || c.op === '>=') tighten(lower, c.field, n, c.op === '>', (a, b) => a > b);
    if (c.op === '<' || c.op === '<=') tighten(upper, c.field, n, c.op === '<', (a, b) => a < b);
  }
  for (const [field, lo] of lower) {
    const hi = upper.get(field);
    if (hi && (lo.value > hi.value || (lo.value === hi.value && (lo.strict || hi.strict)))) return true;
  }
  return false;
}

function tighten(
  bounds: Map<string, { value: number; strict: boolean }>,
  field: string,
  value: number,
  strict: boolean,
  tighter: (a: number, b: number) => boolean,
): void {
  const seen = bounds.get(field);
  if (!seen || tighter(value, seen.value) || (value === seen.value && strict))
    bounds.set(field, { value, strict });
}

const FLIP = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' } as const;

// `record.x <op> constant`, with the constant on the right.
function fieldVsConst(
  e: Expr,
): { field: string; op: keyof typeof FLIP; value: Extract<Expr, { kind: 'const' }> } | null {
  if (e.kind !== 'compare' || e.op === '!=') return null;
  if (e.left.kind === 'field' && e.right.kind === 'const' && e.right.value !== null)
    return { field: keyOf(e.left), op: e.op, value: e.right };
  if (e.right.kind === 'field' && e.left.kind === 'const' && e.left.value !== null)
    return { field: keyOf(e.right), op: FLIP[e.op], value: e.left };
  return null;
}
