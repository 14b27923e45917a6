// The checked, resolved form of a condition: what both compilers read. Immutable values with a `kind`.
import type { SourcePosition } from '../errors.js';
import type { FieldDef, UserAttributeDef } from '../model/schema.js';
import type { ExprType } from './types.js';

/** The row a field is read from: the record under test, or a row bound by exists/all. */
export type RowRef = { readonly kind: 'root' } | { readonly kind: 'var'; readonly id: number };

/** A runtime value: timestamps and durations are milliseconds; lists are arrays without nulls. */
export type Value = null | boolean | number | bigint | string | readonly Value[];

/** Fields shared by every node: its type and where it came from in the source text. */
interface Base {
  readonly type: ExprType;
  readonly position?: SourcePosition;
}

/** A constant (literals, and principal terms after folding). */
export interface ConstExpr extends Base {
  readonly kind: 'const';
  readonly value: Value;
}

/** The evaluation time, bound late so plans can be cached. */
export interface NowExpr extends Base {
  readonly kind: 'now';
}

/** A principal term (`user.id`, `user.roles`, `user.department`); folded to a constant by the planner. */
export interface UserExpr extends Base {
  readonly kind: 'user';
  readonly member: string;
  readonly attribute?: UserAttributeDef;
}

/** A field of a row, reached through zero or more many-to-one hops. */
export interface FieldExpr extends Base {
  readonly kind: 'field';
  readonly row: RowRef;
  /** Collection of the starting row. */
  readonly rowCollection: string;
  readonly hops: readonly FieldDef[];
  readonly field: FieldDef;
  /** Collection that owns `field` (the last hop's target, or the row's collection). */
  readonly collection: string;
}

/** The element bound by exists/all over a list value. */
export interface ElementExpr extends Base {
  readonly kind: 'element';
  readonly id: number;
  readonly name: string;
}

/** Kleene negation. */
export interface NotExpr extends Base {
  readonly kind: 'not';
  readonly operand: Expr;
}

/** Kleene conjunction / disjunction over two or more operands. */
export interface LogicExpr extends Base {
  readonly kind: 'and' | 'or';
  readonly operands: readonly Expr[];
}

/** How the operands of a comparison are compared. */
export type CompareClass = 'text' | 'ref' | 'number' | 'bool' | 'timestamp' | 'duration' | 'json' | 'null';

/** A comparison; == and != are null-safe (two-valued), the orderings are UNKNOWN on NULL. */
export interface CompareExpr extends Base {
  readonly kind: 'compare';
  readonly op: '==' | '!=' | '<' | '<=' | '>' | '>=';
  readonly left: Expr;
  readonly right: Expr;
  readonly compareAs: CompareClass;
  /**
   * Operands that depend only on the principal. When such an operand is NULL (an anonymous
   * `user.id`, a missing attribute), the comparison is UNKNOWN instead of matching NULL fields:
   * a missing attribute never grants access. Comparing with the literal `null` is exempt.
   */
  readonly principalSide?: 'left' | 'right' | 'both';
}

/** + and - on numbers, timestamps and durations, and + on strings. */
export interface ArithExpr extends Base {
  readonly kind: 'arith';
  readonly op: '+' | '-';
  readonly left: Expr;
  readonly right: Expr;
}

/** Numeric or duration negation. */
export interface NegExpr extends Base {
  readonly kind: 'neg';
  readonly operand: Expr;
}

/** `item in list` for list values (arrays). */
export interface InListExpr extends Base {
  readonly kind: 'inList';
  readonly item: Expr;
  readonly list: Expr;
}

/** The rows at the other end of a many-to-many link of a row. */
export interface RelationExpr extends Base {
  readonly kind: 'relation';
  readonly row: RowRef;
  readonly rowCollection: string;
  readonly hops: readonly FieldDef[];
  readonly field: FieldDef;
  /** Collection that owns `field`. */
  readonly collection: string;
  /** The target collection of the link. */
  readonly target: string;
}

/** `id in record.interviewers`. */
export interface InRelationExpr extends Base {
  readonly kind: 'inRelation';
  readonly item: Expr;
  readonly relation: RelationExpr;
}

/** contains / startsWith / endsWith. */
export interface StringTestExpr extends Base {
  readonly kind: 'stringTest';
  readonly fn: 'contains' | 'startsWith' | 'endsWith';
  readonly target: Expr;
  readonly arg: Expr;
}

/** size() of a string (code points), a list, or a relation. */
export interface SizeExpr extends Base {
  readonly kind: 'size';
  readonly operand: Expr;
}

/** has(): the value is present (not NULL; a relation is present when non-empty). Two-valued. */
export interface HasExpr extends Base {
  readonly kind: 'has';
  readonly operand: Expr;
}

/** `test ? ifTrue : ifFalse`; UNKNOWN when the test is. */
export interface CondExpr extends Base {
  readonly kind: 'cond';
  readonly test: Expr;
  readonly ifTrue: Expr;
  readonly ifFalse: Expr;
}

/** exists / all: two-valued over the elements (an element counts only when the body is TRUE). */
export interface QuantExpr extends Base {
  readonly kind: 'exists' | 'all';
  /** A relation (rows) or a list value (elements); UNKNOWN when a list value is NULL. */
  readonly range: Expr;
  readonly varId: number;
  readonly varName: string;
  readonly body: Expr;
}

/** Any checked expression. */
export type Expr =
  | ConstExpr
  | NowExpr
  | UserExpr
  | FieldExpr
  | ElementExpr
  | NotExpr
  | LogicExpr
  | CompareExpr
  | ArithExpr
  | NegExpr
  | InListExpr
  | RelationExpr
  | InRelationExpr
  | StringTestExpr
  | SizeExpr
  | HasExpr
  | CondExpr
  | QuantExpr;

/** The direct sub-expressions of a node. */
export function subExpressions(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'const':
    case 'now':
    case 'user':
    case 'field':
    case 'element':
    case 'relation':
      return [];
    case 'not':
    case 'neg':
    case 'size':
    case 'has':
      return [e.operand];
    case 'and':
    case 'or':
      return e.operands;
    case 'compare':
    case 'arith':
      return [e.left, e.right];
    case 'inList':
      return [e.item, e.list];
    case 'inRelation':
      return [e.item, e.relation];
    case 'stringTest':
      return [e.target, e.arg];
    case 'cond':
      return [e.test, e.ifTrue, e.ifFalse];
    case 'exists':
    case 'all':
      return [e.range, e.body];
  }
}

/** Builds a node and freezes it. */
export function makeExpr<T extends Expr>(e: T): T {
  return Object.freeze(e);
}

/** True when the expression reads the principal and nothing else that varies (no record, no time). */
export function dependsOnlyOnPrincipal(e: Expr): boolean {
  let user = false;
  const visit = (x: Expr): boolean => {
    if (x.kind === 'field' || x.kind === 'relation' || x.kind === 'element' || x.kind === 'now') return false;
    if (x.kind === 'user') user = true;
    return subExpressions(x).every(visit);
  };
  return visit(e) && user;
}
