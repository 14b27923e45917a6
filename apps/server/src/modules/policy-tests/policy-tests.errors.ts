// The refusal of a permission-test fixture: every problem at once, each named by its path.
import { AppError } from '../../http/app-error.js';
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of permission tests. */
export const policyTestErrors = defineErrorCodes({
  POLICY_TEST_INVALID: {
    status: 400,
    message: (problems: string) => `The permission-test fixture is invalid: ${problems}`,
  },
});

/** One problem in a fixture: where it is (`users.andy.roles.0`) and what is expected. */
export interface FixtureIssue {
  location: 'body';
  field: string;
  message: string;
}

/** 400: the fixture cannot run; nothing was written. */
export function fixtureInvalid(issues: FixtureIssue[]): AppError {
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return policyTestErrors.POLICY_TEST_INVALID(summary, {
    issues,
  });
}

/** One issue at a path. */
export function fixtureIssue(path: readonly (string | number)[], message: string): FixtureIssue {
  return { location: 'body', field: path.join('.'), message };
}

/** Whether an error is a refused fixture, with its issues. */
export function fixtureIssuesOf(error: unknown): FixtureIssue[] | null {
  if (!(error instanceof AppError) || error.code !== policyTestErrors.POLICY_TEST_INVALID.code) return null;
  return (error.details?.issues as FixtureIssue[] | undefined) ?? [];
}
