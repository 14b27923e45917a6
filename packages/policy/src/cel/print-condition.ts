// Prints our AST back to CEL text, with the fewest parentheses that keep the meaning.
import type { AstNode, BinaryOp } from './ast.js';

const PRECEDENCE: Record<BinaryOp, number> = {
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  in: 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};
const UNARY = 7;
const MEMBER = 8;

/** Renders a node as CEL source; re-parsing the output gives an equal tree. */
export function printCondition(node: AstNode): string {
  return print(node, 0);
}

function precedenceOf(node: AstNode): number {
  switch (node.kind) {
    case 'conditional':
      return 1;
    case 'binary':
      return PRECEDENCE[node.op];
    case 'unary':
      return UNARY;
    case 'literal':
      return typeof node.value === 'number' && node.value < 0 ? UNARY : MEMBER;
    default:
      return MEMBER;
  }
}

function print(node: AstNode, minPrecedence: number): string {
  const text = printBare(node);
  return precedenceOf(node) < minPrecedence ? `(${text})` : text;
}

function printBare(node: AstNode): string {
  switch (node.kind) {
    case 'literal':
      return printLiteral(node.value, node.literalType);
    case 'ident':
      return node.name;
    case 'select':
      return `${print(node.operand, MEMBER)}.${node.field}`;
    case 'index':
      return `${print(node.operand, MEMBER)}[${print(node.index, 0)}]`;
    case 'call': {
      const args = node.args.map((a) => print(a, 0)).join(', ');
      return node.target ? `${print(node.target, MEMBER)}.${node.name}(${args})` : `${node.name}(${args})`;
    }
    case 'unary':
      return `${node.op}${print(node.operand, UNARY)}`;
    case 'binary': {
      const p = PRECEDENCE[node.op];
      return `${print(node.left, p)} ${node.op} ${print(node.right, p + 1)}`;
    }
    case 'conditional':
      return `${print(node.test, 2)} ? ${print(node.ifTrue, 2)} : ${print(node.ifFalse, 1)}`;
    case 'list':
      return `[${node.items.map((i) => print(i, 0)).join(', ')}]`;
  }
}

/** CEL text for a literal value; doubles keep a decimal point so they re-parse as doubles. */
export function printLiteral(value: string | number | boolean | null, type: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (type === 'double') {
    const text = String(value);
    return /[.eE]/.test(text) ? text : `${text}.0`;
  }
  return String(value);
}
