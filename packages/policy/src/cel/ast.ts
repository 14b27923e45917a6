// Our own immutable CEL syntax tree: decoupled from the parser library, every node has a `kind`.
import type { SourcePosition } from '../errors.js';

/** Binary operators our subset parses (&& and || included; the checker decides what is allowed). */
export type BinaryOp =
  | '&&'
  | '||'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'in'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

/** The type of a literal as written. */
export type LiteralType = 'string' | 'int' | 'double' | 'bool' | 'null';

/** A literal: strings, safe integers, finite doubles, booleans and null. */
export interface LiteralNode {
  readonly kind: 'literal';
  readonly literalType: LiteralType;
  readonly value: string | number | boolean | null;
  readonly position: SourcePosition;
}

/** A bare identifier: `record`, `user`, `now` or a comprehension variable. */
export interface IdentNode {
  readonly kind: 'ident';
  readonly name: string;
  readonly position: SourcePosition;
}

/** Member access by name: `record.salary`. */
export interface SelectNode {
  readonly kind: 'select';
  readonly operand: AstNode;
  readonly field: string;
  readonly position: SourcePosition;
}

/** Index access: `record["fld_1"]` is the stored (id) form of a field reference. */
export interface IndexNode {
  readonly kind: 'index';
  readonly operand: AstNode;
  readonly index: AstNode;
  readonly position: SourcePosition;
}

/** A function call `size(x)` (target null) or a method call `x.startsWith(y)`, macros included. */
export interface CallNode {
  readonly kind: 'call';
  readonly name: string;
  readonly target: AstNode | null;
  readonly args: readonly AstNode[];
  readonly position: SourcePosition;
}

/** Logical not or numeric negation. */
export interface UnaryNode {
  readonly kind: 'unary';
  readonly op: '!' | '-';
  readonly operand: AstNode;
  readonly position: SourcePosition;
}

/** A binary operation. */
export interface BinaryNode {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: AstNode;
  readonly right: AstNode;
  readonly position: SourcePosition;
}

/** `test ? ifTrue : ifFalse`. */
export interface ConditionalNode {
  readonly kind: 'conditional';
  readonly test: AstNode;
  readonly ifTrue: AstNode;
  readonly ifFalse: AstNode;
  readonly position: SourcePosition;
}

/** A list literal `[a, b]`. */
export interface ListNode {
  readonly kind: 'list';
  readonly items: readonly AstNode[];
  readonly position: SourcePosition;
}

/** Any node of our CEL subset. */
export type AstNode =
  | LiteralNode
  | IdentNode
  | SelectNode
  | IndexNode
  | CallNode
  | UnaryNode
  | BinaryNode
  | ConditionalNode
  | ListNode;

/** Freezes a node so ASTs are values that can be shared between caches safely. */
export function makeNode<T extends AstNode>(node: T): T {
  return Object.freeze(node);
}

/** The direct children of a node, in source order. */
export function childrenOf(node: AstNode): readonly AstNode[] {
  switch (node.kind) {
    case 'literal':
    case 'ident':
      return [];
    case 'select':
    case 'unary':
      return [node.operand];
    case 'index':
      return [node.operand, node.index];
    case 'call':
      return node.target ? [node.target, ...node.args] : node.args;
    case 'binary':
      return [node.left, node.right];
    case 'conditional':
      return [node.test, node.ifTrue, node.ifFalse];
    case 'list':
      return node.items;
  }
}
