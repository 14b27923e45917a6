// The refusals of the dashboards API: every problem of a dashboard at once, each with where it is.
import type { SourcePosition } from '@charter/policy';
import type { AppError } from '../../http/app-error.js';
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of dashboards. */
export const dashboardErrors = defineErrorCodes({
  DASHBOARD_INVALID: {
    status: 400,
    message: (problems: string) => `The dashboard cannot be saved: ${problems}`,
  },
  DASHBOARD_VERSION_CONFLICT: {
    status: 409,
    message: (base: number, current: number) =>
      `The dashboard was saved by someone else since version ${base}: it is at version ${current}. Load it again and redo the change.`,
  },
});

/** One problem with a dashboard: the body field, the code, and for a filter where in it. */
export interface DashboardProblem {
  location: 'body';
  field: string;
  code: string;
  message: string;
  position?: SourcePosition;
  expected?: readonly string[];
}

/** 400: the dashboard cannot be saved; nothing was stored. */
export function dashboardInvalid(issues: DashboardProblem[]): AppError {
  return dashboardErrors.DASHBOARD_INVALID(issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    issues,
  });
}
