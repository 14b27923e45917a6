// Folds principal terms into constants and simplifies Kleene logic, so plans become allow/deny early.
import { type Expr, makeExpr, subExpressions, type Value } from '../check/ir.js';
import { scalar } from '../check/types.js';
import { compileExpr } from '../compile-js/compile-expr.js';
import { makeEnv } from '../compile-js/eval-env.js';
import type { Principal } from '../model/principal.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The constant TRUE condition. */
export const TRUE: Expr = makeExpr({ kind: 'const', value: true, type: scalar('bool') });
/** The constant FALSE condition. */
export const FALSE: Expr = makeExpr({ kind: 'const', value: false, type: scalar('bool') });
/** The constant UNKNOWN condition (denies at the top level). */
export const UNKNOWN: Expr = makeExpr({ kind: 'const', value: null, type: scalar('bool') });

/** True when the expression is the given boolean constant. */
export function isConst(e: Expr, value: boolean | null): boolean {
  return e.kind === 'const' && e.value === value;
}

/** Replaces every subtree that depends only on the principal (and literals) by its value. */
export function foldPrincipal(e: Expr, principal: Principal): Expr {
  if (e.kind === 'const') return e;
  if (isClosed(e, new Set())) {
    const value = compileExpr(e)({}, makeEnv(undefined, principal)) as Value;
    return makeExpr({ kind: 'const', value, type: e.type, ...(e.position ? { position: e.position } : {}) });
  }
  return simplify(mapChildren(e, (c) => foldPrincipal(c, principal)));
}

/** No record, no time, and no variable bound outside: the value is fixed once the principal is. */
function isClosed(e: Expr, bound: Set<number>): boolean {
  switch (e.kind) {
    case 'field':
    case 'relation':
    case 'now':
      return false;
    case 'element':
      return bound.has(e.id);
    case 'exists':
    case 'all':
      return isClosed(e.range, bound) && isClosed(e.body, new Set([...bound, e.varId]));
    default:
      return subExpressions(e).every((c) => isClosed(c, bound));
  }
}

/** Rebuilds a node with transformed children (identity when nothing changed). */
export function mapChildren(e: Expr, f: (c: Expr) => Expr): Expr {
  switch (e.kind) {
    case 'not':
    case 'neg':
    case 'size':
    case 'has':
      return rebuild(e, { operand: f(e.operand) });
    case 'and':
    case 'or':
      return rebuild(e, { operands: e.operands.map(f) });
    case 'compare':
    case 'arith':
      return rebuild(e, { left: f(e.left), right: f(e.right) });
    case 'inList':
      return rebuild(e, { item: f(e.item), list: f(e.list) });
    case 'inRelation':
      return rebuild(e, { item: f(e.item) });
    case 'stringTest':
      return rebuild(e, { target: f(e.target), arg: f(e.arg) });
    case 'cond':
      return rebuild(e, { test: f(e.test), ifTrue: f(e.ifTrue), ifFalse: f(e.ifFalse) });
    case 'exists':
    case 'all':
      return rebuild(e, { range: f(e.range), body: f(e.body) });
    default:
      return e;
  }
}

function rebuild<T extends Expr>(e: T, changes: Partial<T>): T {
  const keys = Object.keys(changes) as (keyof T)[];
  if (keys.every((k) => changes[k] === e[k])) return e;
  return makeExpr({ ...e, ...changes });
}

/** Local simplification of a node whose children are already simplified. */
export function simplify(e: Expr): Expr {
  switch (e.kind) {
    case 'and':
    case 'or':
      return simplifyLogic(e.kind, e.operands);
    case 'not':
      return e.operand.kind === 'const' ? constBool(e.operand.value === null ? null : !e.operand.value) : e;
    case 'cond':
      if (e.test.kind !== 'const') return e;
      return e.test.value === true ? e.ifTrue : e.test.value === false ? e.ifFalse : nullOf(e);
    case 'compare':
      if (isMissingPrincipal(e)) return UNKNOWN;
      return e.compareAs === 'ref' ? simplifyRefCompare(e) : e;
    case 'inList':
      if (isNullConst(e.item) || isNullConst(e.list)) return UNKNOWN;
      return e.item.type.kind === 'ref' ? normaliseRefList(e) : e;
    case 'inRelation':
      return simplifyInRelation(e);
    case 'stringTest':
      return isNullConst(e.target) || isNullConst(e.arg) ? UNKNOWN : e;
    default:
      return e;
  }
}

/** Builds a simplified n-ary and/or: constants absorb or vanish, nested same-kind nodes flatten. */
export function simplifyLogic(kind: 'and' | 'or', operands: readonly Expr[]): Expr {
  const absorbing = kind === 'or';
  const kept: Expr[] = [];
  let unknown = false;
  for (const op of operands.flatMap((o) => (o.kind === kind ? o.operands : [o]))) {
    if (op.kind === 'const') {
      if (op.value === absorbing) return constBool(absorbing);
      if (op.value === null) unknown = true;
      continue;
    }
    kept.push(op);
  }
  if (unknown) kept.push(UNKNOWN);
  if (kept.length === 0) return constBool(!absorbing);
  if (kept.length === 1) return kept[0] as Expr;
  return makeExpr({ kind, operands: kept, type: scalar('bool') });
}

/** A NULL operand of `in` or of a string test makes it UNKNOWN, in JS and in SQL alike. */
function isNullConst(e: Expr): boolean {
  return e.kind === 'const' && e.value === null;
}

function constBool(value: boolean | null): Expr {
  return value === null ? UNKNOWN : value ? TRUE : FALSE;
}

function nullOf(e: Expr): Expr {
  return makeExpr({ kind: 'const', value: null, type: e.type });
}

/**
 * Ids are uuids: PostgreSQL compares them case-insensitively and rejects non-uuid text, so a
 * constant compared with an id is lower-cased, and one that is no uuid can never match.
 */
function simplifyRefCompare(e: Extract<Expr, { kind: 'compare' }>): Expr {
  const [constSide, other] = e.right.kind === 'const' ? [e.right, e.left] : [e.left, e.right];
  if (constSide.kind !== 'const' || typeof constSide.value !== 'string' || other.type.kind !== 'ref')
    return e;
  if (!UUID.test(constSide.value)) return e.op === '==' ? FALSE : TRUE;
  const lowered = makeExpr({ ...constSide, value: constSide.value.toLowerCase(), type: other.type });
  return makeExpr(constSide === e.right ? { ...e, right: lowered } : { ...e, left: lowered });
}

/** A principal operand folded to NULL: the comparison is UNKNOWN (see CompareExpr.principalSide). */
function isMissingPrincipal(e: Extract<Expr, { kind: 'compare' }>): boolean {
  if (!e.principalSide) return false;
  return (
    (e.principalSide !== 'right' && isNullConst(e.left)) ||
    (e.principalSide !== 'left' && isNullConst(e.right))
  );
}

function normaliseRefList(e: Extract<Expr, { kind: 'inList' }>): Expr {
  if (e.list.kind !== 'const' || !Array.isArray(e.list.value)) return e;
  const ids = (e.list.value as Value[]).filter((v): v is string => typeof v === 'string' && UUID.test(v));
  const value = ids.map((v) => v.toLowerCase());
  return makeExpr({ ...e, list: makeExpr({ ...e.list, value }) });
}

function simplifyInRelation(e: Extract<Expr, { kind: 'inRelation' }>): Expr {
  if (e.item.kind !== 'const') return e;
  if (e.item.value === null) return UNKNOWN;
  if (typeof e.item.value !== 'string' || !UUID.test(e.item.value)) return FALSE;
  return makeExpr({ ...e, item: makeExpr({ ...e.item, value: e.item.value.toLowerCase() }) });
}
