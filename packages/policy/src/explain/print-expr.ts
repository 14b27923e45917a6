// Prints checked (and folded) expressions back as CEL, with current field names: for explain and logs.
import { type AstNode, makeNode } from '../cel/ast.js';
import { printCondition } from '../cel/print-condition.js';
import type { Expr, RowRef, Value } from '../check/ir.js';
import type { ExprType } from '../check/types.js';

const AT = { start: 0, end: 0 };

/** CEL text of an expression; principal terms that were folded show as their values. */
export function printExpr(e: Expr): string {
  return printCondition(toAst(e, new Map()));
}

function ident(name: string): AstNode {
  return makeNode({ kind: 'ident', name, position: AT });
}

function select(operand: AstNode, field: string): AstNode {
  return makeNode({ kind: 'select', operand, field, position: AT });
}

function call(name: string, target: AstNode | null, args: AstNode[]): AstNode {
  return makeNode({ kind: 'call', name, target, args, position: AT });
}

function binary(op: Extract<AstNode, { kind: 'binary' }>['op'], left: AstNode, right: AstNode): AstNode {
  return makeNode({ kind: 'binary', op, left, right, position: AT });
}

function literal(value: Value, type: ExprType): AstNode {
  if (Array.isArray(value)) {
    const element = type.kind === 'list' ? type.element : type;
    return makeNode({ kind: 'list', items: value.map((v) => literal(v, element)), position: AT });
  }
  if (type.kind === 'timestamp' && typeof value === 'number') {
    return call('timestamp', null, [literal(new Date(value).toISOString(), { kind: 'string' })]);
  }
  if (type.kind === 'duration' && typeof value === 'number') {
    return call('duration', null, [literal(`${value}ms`, { kind: 'string' })]);
  }
  const v = typeof value === 'bigint' ? Number(value) : (value as string | number | boolean | null);
  const literalType =
    v === null
      ? 'null'
      : typeof v === 'string'
        ? 'string'
        : typeof v === 'boolean'
          ? 'bool'
          : type.kind === 'double'
            ? 'double'
            : 'int';
  return makeNode({ kind: 'literal', literalType, value: v, position: AT });
}

function row(ref: RowRef, names: Map<number, string>): AstNode {
  return ident(ref.kind === 'root' ? 'record' : (names.get(ref.id) ?? 'item'));
}

function path(e: Extract<Expr, { kind: 'field' | 'relation' }>, names: Map<number, string>): AstNode {
  let node = row(e.row, names);
  for (const hop of e.hops) node = select(node, hop.name);
  if (e.row.kind === 'var' && e.hops.length === 0 && e.field.id === 'id' && e.kind === 'field') return node;
  return select(node, e.field.name);
}

function toAst(e: Expr, names: Map<number, string>): AstNode {
  const to = (x: Expr) => toAst(x, names);
  switch (e.kind) {
    case 'const':
      return literal(e.value, e.type);
    case 'now':
      return ident('now');
    case 'user':
      return select(ident('user'), e.member);
    case 'field':
    case 'relation':
      return path(e, names);
    case 'element':
      return ident(e.name);
    case 'not':
      return makeNode({ kind: 'unary', op: '!', operand: to(e.operand), position: AT });
    case 'neg':
      return makeNode({ kind: 'unary', op: '-', operand: to(e.operand), position: AT });
    case 'and':
    case 'or':
      return e.operands.map(to).reduce((a, b) => binary(e.kind === 'and' ? '&&' : '||', a, b));
    case 'compare':
    case 'arith':
      return binary(e.op, to(e.left), to(e.right));
    case 'inList':
      return binary('in', to(e.item), to(e.list));
    case 'inRelation':
      return binary('in', to(e.item), to(e.relation));
    case 'stringTest':
      return call(e.fn, to(e.target), [to(e.arg)]);
    case 'size':
      return call('size', null, [to(e.operand)]);
    case 'has':
      return call('has', null, [to(e.operand)]);
    case 'cond':
      return makeNode({
        kind: 'conditional',
        test: to(e.test),
        ifTrue: to(e.ifTrue),
        ifFalse: to(e.ifFalse),
        position: AT,
      });
    case 'exists':
    case 'all': {
      const inner = new Map(names).set(e.varId, e.varName);
      return call(e.kind, to(e.range), [ident(e.varName), toAst(e.body, inner)]);
    }
  }
}
