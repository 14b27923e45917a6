// The refusals of the pages API: every problem of a page at once, each with where it is.
import type { SourcePosition } from '@charter/policy';
import type { AppError } from '../../http/app-error.js';
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of pages. */
export const pageErrors = defineErrorCodes({
  PAGE_INVALID: { status: 400, message: (problems: string) => `The page cannot be saved: ${problems}` },
  PAGE_SLUG_TAKEN: {
    status: 409,
    message: (slug: string) => `This application already has a page at ${slug}.`,
  },
  PAGE_VERSION_CONFLICT: {
    status: 409,
    message: (base: number, current: number) =>
      `The page was saved by someone else since version ${base}: it is at version ${current}. Load it again and redo the change.`,
  },
  PAGE_HAS_CHILDREN: {
    status: 409,
    message: (titles: string) =>
      `The page cannot be deleted: pages sit under it: ${titles}. Move or delete them first.`,
  },
});

/** One problem with a page: the body field, the code, and for a condition where in it. */
export interface PageProblem {
  location: 'body';
  field: string;
  code: string;
  message: string;
  position?: SourcePosition;
  expected?: readonly string[];
}

/** 400: the page cannot be saved; nothing was stored. */
export function pageInvalid(issues: PageProblem[]): AppError {
  return pageErrors.PAGE_INVALID(issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}
