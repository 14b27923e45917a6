// The type checker: resolves a parsed condition against the schema allow-list into a typed IR.
import type { AstNode, ListNode } from '../cel/ast.js';
import { DEFAULT_LIMITS, type ExpressionLimits } from '../cel/limits.js';
import { parseCondition } from '../cel/parse-condition.js';
import { PolicyError, policyError } from '../errors.js';
import type { Schema } from '../model/schema.js';
import { type SchemaIndex, toSchemaIndex } from '../model/schema-index.js';
import { type Checker, checkCall } from './check-calls.js';
import {
  checkArith,
  checkCompare,
  checkConditional,
  checkIn,
  checkLogic,
  checkNeg,
  mismatch,
  requireBool,
} from './check-operators.js';
import { type Expr, makeExpr, type Value } from './ir.js';
import { resolveIdent, resolveMember } from './resolve-member.js';
import { type CheckOptions, type Resolved, Scope } from './scope.js';
import { type ExprType, equalityClass, type ScalarType, scalar, typeName } from './types.js';

/** Where a condition is checked: the schema, the collection `record` belongs to, and the mode. */
export interface CheckContext extends CheckOptions {
  readonly schema: Schema | SchemaIndex;
  readonly collection: string;
  readonly limits?: ExpressionLimits;
}

/** A condition that parsed and type-checked: its source, syntax tree and typed IR. */
export interface CheckedCondition {
  readonly source: string;
  readonly ast: AstNode;
  readonly expr: Expr;
}

/** The outcome of checking without throwing, for save-time validation. */
export type CheckResult =
  | { readonly ok: true; readonly value: CheckedCondition }
  | { readonly ok: false; readonly error: PolicyError };

/** Parses and type-checks a boolean condition; throws PolicyError with a position and choices. */
export function checkCondition(text: string, ctx: CheckContext): CheckedCondition {
  const ast = parseCondition(text, ctx.limits ?? DEFAULT_LIMITS);
  return { source: text, ast, expr: checkConditionAst(ast, ctx) };
}

/** Like checkCondition, but returns the error instead of throwing it. */
export function tryCheckCondition(text: string, ctx: CheckContext): CheckResult {
  try {
    return { ok: true, value: checkCondition(text, ctx) };
  } catch (error) {
    if (error instanceof PolicyError) return { ok: false, error };
    throw error;
  }
}

/** Type-checks an already parsed condition; the result must be a bool. */
export function checkConditionAst(ast: AstNode, ctx: CheckContext): Expr {
  const scope = new Scope(toSchemaIndex(ctx.schema), ctx.collection, ctx);
  scope.collectionIndex(ctx.collection);
  const expr = new ConditionChecker(scope).check(ast);
  requireBool(expr, 'a condition');
  return expr;
}

class ConditionChecker implements Checker {
  constructor(private readonly scope: Scope) {}

  check(node: AstNode): Expr {
    const position = node.position;
    switch (node.kind) {
      case 'literal':
        return makeExpr({ kind: 'const', value: node.value, type: scalar(node.literalType), position });
      case 'ident':
      case 'select':
      case 'index':
        return this.valueOf(this.resolve(node), node);
      case 'call':
        return checkCall(node, this.scope, this);
      case 'unary':
        return node.op === '!'
          ? this.not(this.check(node.operand), position)
          : checkNeg(this.check(node.operand), position);
      case 'binary':
        return this.binary(node.op, this.check(node.left), this.check(node.right), position);
      case 'conditional':
        return checkConditional(
          this.check(node.test),
          this.check(node.ifTrue),
          this.check(node.ifFalse),
          position,
        );
      case 'list':
        return this.list(node);
    }
  }

  resolve(node: AstNode): Resolved {
    if (node.kind === 'ident') return resolveIdent(node, this.scope);
    if (node.kind === 'select')
      return resolveMember(this.resolve(node.operand), node.field, false, node, this.scope);
    if (node.kind === 'index') {
      if (node.index.kind !== 'literal' || typeof node.index.value !== 'string') {
        throw policyError(
          'POLICY_UNSUPPORTED_OPERATOR',
          'index access takes a literal field id, such as record["fld_1"]; use record.name otherwise',
          node.position,
          ['record.<field>', 'record["<field id>"]'],
        );
      }
      return resolveMember(this.resolve(node.operand), node.index.value, true, node, this.scope);
    }
    return { kind: 'expr', expr: this.check(node) };
  }

  private valueOf(resolved: Resolved, node: AstNode): Expr {
    if (resolved.kind === 'expr') return resolved.expr;
    if (resolved.kind === 'row' && resolved.row.kind === 'var') {
      const field = this.scope.field(resolved.collection, 'id', true, node.position);
      const type: ExprType = { kind: 'ref', collection: resolved.collection };
      const common = {
        row: resolved.row,
        rowCollection: resolved.collection,
        hops: [],
        collection: resolved.collection,
      };
      return makeExpr({ kind: 'field', ...common, field, type, position: node.position });
    }
    const name = resolved.kind === 'user' ? 'user' : 'record';
    throw policyError(
      'POLICY_TYPE_MISMATCH',
      `'${name}' is not a value by itself; expected ${name}.<${name === 'user' ? 'member' : 'field'}>`,
      node.position,
      [`${name}.<${name === 'user' ? 'member' : 'field'}>`],
    );
  }

  private not(operand: Expr, position: AstNode['position']): Expr {
    requireBool(operand, 'the operand of !');
    return makeExpr({ kind: 'not', operand, type: scalar('bool'), position });
  }

  private binary(op: string, left: Expr, right: Expr, position: AstNode['position']): Expr {
    switch (op) {
      case '&&':
        return checkLogic('and', left, right, position);
      case '||':
        return checkLogic('or', left, right, position);
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return checkCompare(op, left, right, position);
      case '+':
      case '-':
        return checkArith(op, left, right, position);
      case 'in':
        return checkIn(left, right, position);
      default:
        throw policyError(
          'POLICY_UNSUPPORTED_OPERATOR',
          `the operator '${op}' is not supported; expected one of == != < <= > >= && || ! in + -`,
          position,
          ['==', '!=', '<', '<=', '>', '>=', '&&', '||', '!', 'in', '+', '-'],
        );
    }
  }

  private list(node: ListNode): Expr {
    const items = node.items.map((i) => this.check(i));
    let element: ScalarType = scalar('null');
    for (const item of items) {
      const t = item.type;
      if (t.kind !== 'string' && t.kind !== 'int' && t.kind !== 'double') {
        mismatch(`a list literal cannot hold ${typeName(t)} values`, item.position, [
          'string',
          'int',
          'double',
        ]);
      }
      if (element.kind !== 'null' && equalityClass(element) !== equalityClass(t)) {
        mismatch(`list items must share one type (${typeName(element)}, ${typeName(t)})`, item.position, [
          typeName(element),
        ]);
      }
      if (element.kind === 'null' || t.kind === 'double') element = t;
    }
    const type: ExprType = { kind: 'list', element };
    const constant = items.every((i) => i.kind === 'const');
    if (constant) {
      const value: Value = items.map((i) => (i.kind === 'const' ? i.value : null));
      return makeExpr({ kind: 'const', value, type, position: node.position });
    }
    throw policyError(
      'POLICY_UNSUPPORTED_OPERATOR',
      'list literals may only hold literal values',
      node.position,
      ['["a", "b"]', '[1, 2]'],
    );
  }
}
