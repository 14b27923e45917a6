// Conditions over the person alone (`user` and `now`, never `record`): the visibility of pages and
// sections (DESIGN.md §6). Checked and evaluated by the same checker and closures as data rules, so
// `user.<attribute>` means the same thing in a visibility rule as in a data rule.
import type { AstNode } from '../cel/ast.js';
import { DEFAULT_LIMITS, type ExpressionLimits } from '../cel/limits.js';
import { parseCondition } from '../cel/parse-condition.js';
import { compileExpr } from '../compile-js/compile-expr.js';
import { makeEnv } from '../compile-js/eval-env.js';
import { policyError } from '../errors.js';
import type { Principal } from '../model/principal.js';
import type { Schema } from '../model/schema.js';
import type { SchemaIndex } from '../model/schema-index.js';
import { type CheckedCondition, checkConditionAst } from './check-condition.js';

/** Parses and type-checks a condition that may read `user` and `now` only; throws PolicyError. */
export function checkUserCondition(
  text: string,
  ctx: { readonly schema: Schema | SchemaIndex; readonly limits?: ExpressionLimits },
): CheckedCondition {
  const ast = parseCondition(text, ctx.limits ?? DEFAULT_LIMITS);
  const record = findIdent(ast, 'record');
  if (record) {
    throw policyError(
      'POLICY_UNKNOWN_IDENTIFIER',
      'this condition is about the person, not a record: use user or now',
      record.position,
      ['now', 'user'],
    );
  }
  // `record` is refused above, so the collection the checker needs is never read.
  return {
    source: text,
    ast,
    expr: checkConditionAst(ast, { schema: ctx.schema, collection: ctx.schema.usersCollection }),
  };
}

/**
 * Whether the condition holds for the principal at `now`. UNKNOWN (an empty attribute) and an
 * evaluation error are false: visibility fails closed.
 */
export function evaluateUserCondition(
  condition: CheckedCondition,
  principal: Principal,
  now: number,
): boolean {
  try {
    return compileExpr(condition.expr)({}, makeEnv(now, principal)) === true;
  } catch {
    return false;
  }
}

function findIdent(node: AstNode, name: string): AstNode | undefined {
  if (node.kind === 'ident' && node.name === name) return node;
  for (const child of Object.values(node)) {
    const children = Array.isArray(child) ? child : [child];
    for (const c of children) {
      if (c && typeof c === 'object' && 'kind' in c && 'position' in c) {
        const found = findIdent(c as AstNode, name);
        if (found) return found;
      }
    }
  }
  return undefined;
}
