// Functions and macros of our subset: size, has, timestamp, duration, string tests, exists / all.
import type { AstNode, CallNode } from '../cel/ast.js';
import { listChoices, policyError } from '../errors.js';
import { mismatch, requireBool } from './check-operators.js';
import { type Expr, makeExpr } from './ir.js';
import { parseDurationLiteral, parseTimestampLiteral } from './literals.js';
import type { Binding, Resolved, Scope } from './scope.js';
import { isTextual, scalar, typeName } from './types.js';

/** Every function and macro a condition may call. */
export const SUPPORTED_FUNCTIONS = [
  'all',
  'contains',
  'duration',
  'endsWith',
  'exists',
  'has',
  'size',
  'startsWith',
  'timestamp',
] as const;

/** The recursive entry points of the checker, passed in to keep the modules acyclic. */
export interface Checker {
  check(node: AstNode): Expr;
  resolve(node: AstNode): Resolved;
}

/** Type-checks a call node. */
export function checkCall(node: CallNode, scope: Scope, checker: Checker): Expr {
  switch (node.name) {
    case 'size':
      return checkSize(node, checker);
    case 'has':
      return checkHas(node, checker);
    case 'timestamp':
    case 'duration':
      return checkTimeLiteral(node);
    case 'contains':
    case 'startsWith':
    case 'endsWith':
      return checkStringTest(node, checker);
    case 'exists':
    case 'all':
      return checkQuantifier(node, scope, checker);
    default:
      throw unsupported(node);
  }
}

function unsupported(node: CallNode) {
  return policyError(
    'POLICY_UNSUPPORTED_FUNCTION',
    `unsupported function '${node.name}'; expected ${listChoices([...SUPPORTED_FUNCTIONS])}`,
    node.position,
    [...SUPPORTED_FUNCTIONS],
  );
}

function arity(node: CallNode, receiver: boolean, count: number, usage: string): void {
  if ((node.target !== null) !== receiver || node.args.length !== count) {
    throw policyError(
      'POLICY_TYPE_MISMATCH',
      `wrong arguments for ${node.name}(); expected ${usage}`,
      node.position,
      [usage],
    );
  }
}

function checkSize(node: CallNode, checker: Checker): Expr {
  const operandNode = node.target ?? node.args[0];
  if (!operandNode || node.args.length !== (node.target ? 0 : 1)) {
    arity(node, false, 1, 'size(x) or x.size()');
  }
  const operand = checker.check(operandNode as AstNode);
  const k = operand.type.kind;
  if (k !== 'string' && k !== 'list' && k !== 'relation') {
    mismatch(`size() takes a string, a list or a relation, not ${typeName(operand.type)}`, operand.position, [
      'string',
      'list',
      'relation',
    ]);
  }
  return makeExpr({ kind: 'size', operand, type: scalar('int'), position: node.position });
}

function checkHas(node: CallNode, checker: Checker): Expr {
  arity(node, false, 1, 'has(record.field)');
  const arg = node.args[0] as AstNode;
  if (arg.kind !== 'select' && arg.kind !== 'index') {
    throw policyError(
      'POLICY_TYPE_MISMATCH',
      'has() takes a field, such as has(record.email)',
      arg.position,
      ['has(record.field)'],
    );
  }
  const operand = checker.check(arg);
  return makeExpr({ kind: 'has', operand, type: scalar('bool'), position: node.position });
}

function checkTimeLiteral(node: CallNode): Expr {
  const usage = `${node.name}("…")`;
  arity(node, false, 1, usage);
  const arg = node.args[0] as AstNode;
  if (arg.kind !== 'literal' || typeof arg.value !== 'string') {
    throw policyError('POLICY_TYPE_MISMATCH', `${node.name}() takes a literal string`, arg.position, [usage]);
  }
  const isTimestamp = node.name === 'timestamp';
  const value = isTimestamp
    ? parseTimestampLiteral(arg.value, arg.position)
    : parseDurationLiteral(arg.value, arg.position);
  const type = scalar(isTimestamp ? 'timestamp' : 'duration');
  return makeExpr({ kind: 'const', value, type, position: node.position });
}

function checkStringTest(node: CallNode, checker: Checker): Expr {
  arity(node, true, 1, `text.${node.name}(other)`);
  const target = checker.check(node.target as AstNode);
  const arg = checker.check(node.args[0] as AstNode);
  for (const side of [target, arg]) {
    if (!isTextual(side.type)) {
      mismatch(`${node.name}() works on strings, not ${typeName(side.type)}`, side.position, ['string']);
    }
  }
  const fn = node.name as 'contains' | 'startsWith' | 'endsWith';
  return makeExpr({ kind: 'stringTest', fn, target, arg, type: scalar('bool'), position: node.position });
}

function checkQuantifier(node: CallNode, scope: Scope, checker: Checker): Expr {
  const usage = `items.${node.name}(x, condition)`;
  arity(node, true, 2, usage);
  const variable = node.args[0] as AstNode;
  if (variable.kind !== 'ident') {
    throw policyError(
      'POLICY_TYPE_MISMATCH',
      `the first argument of ${node.name}() is a variable name`,
      variable.position,
      [usage],
    );
  }
  const range = checker.check(node.target as AstNode);
  const makeBinding = bindingFor(range);
  return scope.withVariable(variable.name, variable.position, makeBinding, (binding) => {
    const body = checker.check(node.args[1] as AstNode);
    requireBool(body, `the condition of ${node.name}()`);
    const kind = node.name as 'exists' | 'all';
    return makeExpr({
      kind,
      range,
      varId: binding.id,
      varName: variable.name,
      body,
      type: scalar('bool'),
      position: node.position,
    });
  });
}

function bindingFor(range: Expr): (id: number) => Binding {
  if (range.kind === 'relation') return (id) => ({ kind: 'row', id, collection: range.target });
  if (range.type.kind === 'list') {
    const element = range.type.element;
    return (id) => ({ kind: 'element', id, type: element });
  }
  return mismatch(
    `exists() and all() work on lists and relations, not ${typeName(range.type)}`,
    range.position,
    ['list', 'relation'],
  );
}
