// The refusals of the rules API: every problem of a rule at once, each with where it is.
import type { SourcePosition } from '@charter/policy';
import type { AppError } from '../../http/app-error.js';
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of rules. */
export const ruleErrors = defineErrorCodes({
  RULE_INVALID: { status: 400, message: (problems: string) => `The rule cannot be saved: ${problems}` },
});

/** One problem with a rule: the body field, the engine's code, and for a condition where in it. */
export interface RuleProblem {
  location: 'body';
  field: string;
  code: string;
  message: string;
  position?: SourcePosition;
  expected?: readonly string[];
}

/** A problem outside a condition (a role, a field list, a missing part). */
export function ruleProblem(
  field: string,
  message: string,
  extra: { code?: string; expected?: readonly string[] } = {},
): RuleProblem {
  return {
    location: 'body',
    field,
    code: extra.code ?? 'POLICY_INVALID_RULE',
    message,
    ...(extra.expected ? { expected: extra.expected } : {}),
  };
}

/** 400: the rule cannot be saved; nothing was stored. */
export function ruleInvalid(issues: RuleProblem[]): AppError {
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return ruleErrors.RULE_INVALID(summary, { issues });
}
