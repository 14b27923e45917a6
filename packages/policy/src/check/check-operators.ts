// Type rules for operators: which operand types combine, and the class each comparison uses.
import { listChoices, policyError, type SourcePosition } from '../errors.js';
import { type CompareClass, type CompareExpr, dependsOnlyOnPrincipal, type Expr, makeExpr } from './ir.js';
import { type ExprType, equalityClass, isNumeric, isTextual, scalar, typeName } from './types.js';

type CompareOp = CompareExpr['op'];

/** Raises a type mismatch that names what would have been accepted. */
export function mismatch(message: string, position: SourcePosition | undefined, expected: string[]): never {
  throw policyError(
    'POLICY_TYPE_MISMATCH',
    `${message}; expected ${listChoices(expected)}`,
    position,
    expected,
  );
}

/** Requires a boolean operand (conditions, &&, ||, !, exists/all bodies). */
export function requireBool(e: Expr, what: string): void {
  if (e.type.kind !== 'bool')
    mismatch(`${what} must be a bool, not ${typeName(e.type)}`, e.position, ['bool']);
}

/** && and ||: flattens chains of the same operator into one n-ary node. */
export function checkLogic(op: 'and' | 'or', left: Expr, right: Expr, position: SourcePosition): Expr {
  const symbol = op === 'and' ? '&&' : '||';
  requireBool(left, `the left side of ${symbol}`);
  requireBool(right, `the right side of ${symbol}`);
  const operands = [
    ...(left.kind === op ? left.operands : [left]),
    ...(right.kind === op ? right.operands : [right]),
  ];
  return makeExpr({ kind: op, operands, type: scalar('bool'), position });
}

/** == != < <= > >=. */
export function checkCompare(op: CompareOp, left: Expr, right: Expr, position: SourcePosition): Expr {
  const equality = op === '==' || op === '!=';
  const compareAs = equality ? equalityClassOf(left, right, position) : orderClassOf(left, right, position);
  const principalSide = equality ? principalSideOf(left, right) : undefined;
  const bool = scalar('bool');
  return makeExpr({
    kind: 'compare',
    op,
    left,
    right,
    compareAs,
    type: bool,
    position,
    ...(principalSide ? { principalSide } : {}),
  });
}

/** Which operands depend only on the principal (a comparison with the literal null is a plain null test). */
function principalSideOf(left: Expr, right: Expr): 'left' | 'right' | 'both' | undefined {
  if (left.type.kind === 'null' || right.type.kind === 'null') return undefined;
  const l = dependsOnlyOnPrincipal(left);
  const r = dependsOnlyOnPrincipal(right);
  return l && r ? 'both' : l ? 'left' : r ? 'right' : undefined;
}

function equalityClassOf(left: Expr, right: Expr, position: SourcePosition): CompareClass {
  const nullCheck = left.type.kind === 'null' || right.type.kind === 'null';
  for (const side of [left, right]) {
    if (side.type.kind === 'relation' || (side.type.kind === 'list' && !nullCheck)) {
      mismatch(`cannot compare a ${typeName(side.type)} with ==; use in, exists() or size()`, side.position, [
        'in',
        'exists',
        'size',
      ]);
    }
  }
  const l = left.type;
  const r = right.type;
  if (l.kind === 'null' && r.kind === 'null') return 'null';
  if (l.kind === 'null') return r.kind === 'list' ? 'null' : classOf(r);
  if (r.kind === 'null') return l.kind === 'list' ? 'null' : classOf(l);
  if (l.kind === 'json' || r.kind === 'json') {
    mismatch('a json field can only be compared with null', position, ['null']);
  }
  if (equalityClass(l) !== equalityClass(r)) {
    mismatch(`cannot compare ${typeName(l)} with ${typeName(r)}`, right.position, compatibleWith(l));
  }
  return classOf(l.kind === 'ref' ? l : r);
}

function orderClassOf(left: Expr, right: Expr, position: SourcePosition): CompareClass {
  const l = left.type;
  const r = right.type;
  const orderable = ['string', 'int', 'double', 'timestamp', 'duration'];
  for (const t of [l, r]) {
    if (!orderable.includes(t.kind)) {
      mismatch(`${typeName(t)} values cannot be ordered`, position, orderable);
    }
  }
  if (equalityClass(l) !== equalityClass(r)) {
    mismatch(`cannot compare ${typeName(l)} with ${typeName(r)}`, right.position, compatibleWith(l));
  }
  return classOf(l);
}

function classOf(t: ExprType): CompareClass {
  if (t.kind === 'ref') return 'ref';
  if (t.kind === 'string') return 'text';
  if (isNumeric(t)) return 'number';
  return t.kind as CompareClass;
}

function compatibleWith(t: ExprType): string[] {
  if (isTextual(t)) return ['string', 'id', 'null'];
  if (isNumeric(t)) return ['int', 'double', 'null'];
  return [t.kind, 'null'];
}

/** + and -: numbers, timestamps ± durations, timestamp - timestamp, durations, string concatenation. */
export function checkArith(op: '+' | '-', left: Expr, right: Expr, position: SourcePosition): Expr {
  const type = arithType(op, left.type, right.type);
  if (!type) {
    const accepted = ['int', 'double', 'timestamp', 'duration', ...(op === '+' ? ['string'] : [])];
    mismatch(
      `'${op}' is not defined for ${typeName(left.type)} and ${typeName(right.type)}`,
      position,
      accepted,
    );
  }
  return makeExpr({ kind: 'arith', op, left, right, type, position });
}

function arithType(op: '+' | '-', l: ExprType, r: ExprType): ExprType | null {
  if (isNumeric(l) && isNumeric(r))
    return l.kind === 'int' && r.kind === 'int' ? scalar('int') : scalar('double');
  if (l.kind === 'timestamp' && r.kind === 'duration') return scalar('timestamp');
  if (op === '+' && l.kind === 'duration' && r.kind === 'timestamp') return scalar('timestamp');
  if (op === '-' && l.kind === 'timestamp' && r.kind === 'timestamp') return scalar('duration');
  if (l.kind === 'duration' && r.kind === 'duration') return scalar('duration');
  if (op === '+' && l.kind === 'string' && r.kind === 'string') return scalar('string');
  return null;
}

/** Unary minus on numbers and durations. */
export function checkNeg(operand: Expr, position: SourcePosition): Expr {
  if (!isNumeric(operand.type) && operand.type.kind !== 'duration') {
    mismatch(`cannot negate a ${typeName(operand.type)}`, position, ['int', 'double', 'duration']);
  }
  return makeExpr({ kind: 'neg', operand, type: operand.type, position });
}

/** `item in list` (arrays) and `id in relation` (many-to-many links). */
export function checkIn(item: Expr, list: Expr, position: SourcePosition): Expr {
  const bool = scalar('bool');
  if (list.kind === 'relation') {
    if (!isTextual(item.type) && item.type.kind !== 'null') {
      mismatch(`only an id can be looked up in ${typeName(list.type)}`, item.position, ['id', 'string']);
    }
    return makeExpr({ kind: 'inRelation', item, relation: list, type: bool, position });
  }
  if (list.type.kind !== 'list') {
    mismatch(
      `the right side of 'in' must be a list or a relation, not ${typeName(list.type)}`,
      list.position,
      ['list', 'relation'],
    );
  }
  const element = list.type.element;
  const ok =
    item.type.kind === 'null' ||
    element.kind === 'null' ||
    equalityClass(item.type) === equalityClass(element);
  if (!ok || item.type.kind === 'list' || item.type.kind === 'relation' || item.type.kind === 'json') {
    mismatch(`cannot look up a ${typeName(item.type)} in a ${typeName(list.type)}`, item.position, [
      typeName(element),
    ]);
  }
  return makeExpr({ kind: 'inList', item, list, type: bool, position });
}

/** `test ? a : b`: both branches share a type (null fits any). */
export function checkConditional(test: Expr, ifTrue: Expr, ifFalse: Expr, position: SourcePosition): Expr {
  requireBool(test, 'the condition of ?:');
  for (const branch of [ifTrue, ifFalse]) {
    if (branch.type.kind === 'list' || branch.type.kind === 'relation') {
      mismatch(`a branch of ?: cannot be a ${typeName(branch.type)}`, branch.position, ['a scalar value']);
    }
  }
  const type = branchType(ifTrue.type, ifFalse.type, ifFalse.position);
  return makeExpr({ kind: 'cond', test, ifTrue, ifFalse, type, position });
}

function branchType(a: ExprType, b: ExprType, position: SourcePosition | undefined): ExprType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (isNumeric(a) && isNumeric(b)) return a.kind === b.kind ? a : scalar('double');
  if (equalityClass(a) !== equalityClass(b)) {
    mismatch(`the branches of ?: have different types (${typeName(a)}, ${typeName(b)})`, position, [
      typeName(a),
    ]);
  }
  return a.kind === 'ref' ? b : a;
}
