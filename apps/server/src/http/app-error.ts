import { type AppError, sharedErrors } from './error-codes.js';

export { AppError, type ErrorDetails } from './error-codes.js';

/** A field-level problem, as listed in VALIDATION_FAILED details. */
export interface FieldIssue {
  /** Where the field is: body, query, params or headers. */
  location: string;
  /** Dotted path inside that location, e.g. `members.0.email`. */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
}

/** 400 with every offending field named. */
export function validationError(issues: FieldIssue[]): AppError {
  const summary = issues.map((i) => `${i.location}.${i.field}: ${i.message}`).join('; ');
  return sharedErrors.VALIDATION_FAILED(`The request is invalid: ${summary}`, { issues });
}

/** 404 for a thing that is missing or that the caller may not know exists; both look the same. */
export function notFound(what = 'resource'): AppError {
  return sharedErrors.NOT_FOUND(`The ${what} was not found.`);
}
