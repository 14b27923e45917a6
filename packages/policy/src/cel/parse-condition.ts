// Parses CEL text with a maintained parser and converts its tree into our own AST, within bounds.
import { type ASTNode as CelNode, parse as celParse } from '@marcbachmann/cel-js';
import { type PolicyError, policyError, type SourcePosition } from '../errors.js';
import { type AstNode, type BinaryOp, makeNode } from './ast.js';
import { DEFAULT_LIMITS, type ExpressionLimits, utf8Length } from './limits.js';

const BINARY_OPS = new Set<string>([
  '&&',
  '||',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  '+',
  '-',
  '*',
  '/',
  '%',
]);

/** Parses a condition or filter; throws only PolicyError (syntax, too long, too deep, bad literal). */
export function parseCondition(text: string, limits: ExpressionLimits = DEFAULT_LIMITS): AstNode {
  if (typeof text !== 'string') {
    throw policyError('POLICY_SYNTAX_ERROR', 'the expression must be a string', { start: 0, end: 0 });
  }
  const bytes = utf8Length(text);
  if (bytes > limits.maxLength) {
    throw policyError(
      'POLICY_EXPRESSION_TOO_LONG',
      `the expression is ${bytes} bytes long; the limit is ${limits.maxLength}`,
      { start: 0, end: text.length },
    );
  }
  if (text.trim() === '') {
    throw policyError('POLICY_SYNTAX_ERROR', 'the expression is empty', { start: 0, end: text.length });
  }
  const root = parseWithLibrary(text);
  checkDepth(root, limits.maxDepth);
  return convert(root);
}

function parseWithLibrary(text: string): CelNode {
  try {
    return celParse(text).ast;
  } catch (error) {
    throw translateParseError(error, text);
  }
}

function translateParseError(error: unknown, text: string): PolicyError {
  if (error instanceof RangeError) {
    return policyError('POLICY_EXPRESSION_TOO_DEEP', 'the expression is nested too deeply', {
      start: 0,
      end: text.length,
    });
  }
  const e = error as { code?: unknown; summary?: unknown; message?: unknown; range?: SourcePosition };
  const position = e.range ? { start: e.range.start, end: Math.max(e.range.start, e.range.end) } : undefined;
  const summary = typeof e.summary === 'string' ? e.summary : String(e.message ?? 'invalid expression');
  if (e.code === 'limit_exceeded' && /depth/i.test(summary)) {
    return policyError('POLICY_EXPRESSION_TOO_DEEP', 'the expression is nested too deeply', position);
  }
  if (e.code === 'limit_exceeded') {
    return policyError('POLICY_EXPRESSION_TOO_LONG', `the expression is too large: ${summary}`, position);
  }
  return policyError('POLICY_SYNTAX_ERROR', `syntax error: ${summary}`, position);
}

function celChildren(node: CelNode): CelNode[] {
  switch (node.op) {
    case 'value':
    case 'id':
      return [];
    case '.':
    case '.?':
      return [node.args[0]];
    case 'call':
      return node.args[1];
    case 'rcall':
      return [node.args[1], ...node.args[2]];
    case 'list':
      return node.args;
    case 'map':
      return node.args.flat();
    case '!_':
    case '-_':
      return [node.args];
    default:
      return [...(node.args as CelNode[])];
  }
}

/** Iterative, so that a hostile input cannot overflow the stack before we refuse it. */
function checkDepth(root: CelNode, maxDepth: number): void {
  const stack: Array<[CelNode, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxDepth) {
      throw policyError(
        'POLICY_EXPRESSION_TOO_DEEP',
        `the expression is nested more than ${maxDepth} levels deep`,
        { start: node.start, end: node.end },
      );
    }
    for (const child of celChildren(node)) {
      const sameChain = (node.op === '&&' || node.op === '||') && child.op === node.op;
      stack.push([child, sameChain ? depth : depth + 1]);
    }
  }
}

function pos(node: CelNode): SourcePosition {
  return { start: node.start, end: node.end };
}

function convert(node: CelNode): AstNode {
  const position = pos(node);
  switch (node.op) {
    case 'value':
      return convertLiteral(node.args, position);
    case 'id':
      return makeNode({ kind: 'ident', name: node.args, position });
    case '.':
      return makeNode({ kind: 'select', operand: convert(node.args[0]), field: node.args[1], position });
    case '[]':
      return makeNode({
        kind: 'index',
        operand: convert(node.args[0]),
        index: convert(node.args[1]),
        position,
      });
    case 'call':
      return makeNode({
        kind: 'call',
        name: node.args[0],
        target: null,
        args: node.args[1].map(convert),
        position,
      });
    case 'rcall':
      return makeNode({
        kind: 'call',
        name: node.args[0],
        target: convert(node.args[1]),
        args: node.args[2].map(convert),
        position,
      });
    case 'list':
      return makeNode({ kind: 'list', items: node.args.map(convert), position });
    case '?:':
      return makeNode({
        kind: 'conditional',
        test: convert(node.args[0]),
        ifTrue: convert(node.args[1]),
        ifFalse: convert(node.args[2]),
        position,
      });
    case '!_':
      return makeNode({ kind: 'unary', op: '!', operand: convert(node.args), position });
    case '-_':
      return convertNegation(node.args, position);
    default:
      return convertOther(node, position);
  }
}

function convertOther(node: CelNode, position: SourcePosition): AstNode {
  if (BINARY_OPS.has(node.op)) {
    const [left, right] = node.args as [CelNode, CelNode];
    return makeNode({
      kind: 'binary',
      op: node.op as BinaryOp,
      left: convert(left),
      right: convert(right),
      position,
    });
  }
  if (node.op === 'map') {
    throw policyError('POLICY_UNSUPPORTED_OPERATOR', 'map literals are not supported', position);
  }
  throw policyError(
    'POLICY_UNSUPPORTED_OPERATOR',
    `'${node.op}' (optional access) is not supported`,
    position,
  );
}

function convertNegation(operand: CelNode, position: SourcePosition): AstNode {
  if (operand.op === 'value' && (typeof operand.args === 'number' || typeof operand.args === 'bigint')) {
    const negated = typeof operand.args === 'bigint' ? -operand.args : -operand.args;
    return convertLiteral(negated, position);
  }
  return makeNode({ kind: 'unary', op: '-', operand: convert(operand), position });
}

function convertLiteral(value: unknown, position: SourcePosition): AstNode {
  if (value === null) return makeNode({ kind: 'literal', literalType: 'null', value: null, position });
  if (typeof value === 'string') {
    if (!isStorableText(value)) {
      throw policyError(
        'POLICY_INVALID_LITERAL',
        'strings may not contain NUL characters or unpaired surrogates',
        position,
      );
    }
    return makeNode({ kind: 'literal', literalType: 'string', value, position });
  }
  if (typeof value === 'boolean') return makeNode({ kind: 'literal', literalType: 'bool', value, position });
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw policyError(
        'POLICY_INVALID_LITERAL',
        `the integer ${value} is out of range (±${Number.MAX_SAFE_INTEGER})`,
        position,
      );
    }
    return makeNode({ kind: 'literal', literalType: 'int', value: Number(value), position });
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return makeNode({ kind: 'literal', literalType: 'double', value: value === 0 ? 0 : value, position });
  }
  throw policyError(
    'POLICY_INVALID_LITERAL',
    'unsupported literal; expected a string, an integer, a number, true, false or null',
    position,
    ['string', 'int', 'double', 'bool', 'null'],
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL text cannot hold NUL or unpaired surrogates; refusing them keeps both back ends equal. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}
