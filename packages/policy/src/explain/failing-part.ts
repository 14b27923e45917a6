// Finds the smallest part of a condition that did not hold on a record, for explanations.
import type { Expr } from '../check/ir.js';
import { compileExpr } from '../compile-js/compile-expr.js';
import { makeEnv } from '../compile-js/eval-env.js';
import { PolicyError, type PolicyErrorData } from '../errors.js';
import { printExpr } from './print-expr.js';

/** The outcome of a condition on a record, in three-valued logic, or the evaluation error. */
export type Outcome = 'true' | 'false' | 'unknown' | 'error';

/** How a condition fared on a record. */
export interface ConditionResult {
  readonly result: Outcome;
  /** The sub-expression that was false or unknown (a conjunct of an AND, recursively). */
  readonly failedAt?: string;
  readonly error?: PolicyErrorData;
}

type Row = Readonly<Record<string, unknown>>;

function evaluate(e: Expr, row: Row, now: number | undefined): Outcome {
  const v = compileExpr(e)(row, makeEnv(now));
  return v === true ? 'true' : v === false ? 'false' : 'unknown';
}

/** Evaluates a (folded) condition and, when it does not hold, names the part that failed. */
export function explainCondition(e: Expr, row: Row, now: number | undefined): ConditionResult {
  try {
    const result = evaluate(e, row, now);
    if (result === 'true') return { result };
    let failing = e;
    while (failing.kind === 'and') {
      const next = failing.operands.find((o) => evaluate(o, row, now) !== 'true');
      if (!next) break;
      failing = next;
    }
    return { result, failedAt: printExpr(failing) };
  } catch (error) {
    const data: PolicyErrorData =
      error instanceof PolicyError
        ? error.toJSON()
        : { code: 'POLICY_EVALUATION_ERROR', message: String(error) };
    return { result: 'error', error: data };
  }
}
