/** The details an error may carry: field problems, limits, references. Never internals. */
export type ErrorDetails = Record<string, unknown>;

/**
 * The one error type domain modules throw. The error handler turns it into
 * `{ error: { code, message, details, requestId } }` with its status.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

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
  return new AppError(400, 'VALIDATION_FAILED', `The request is invalid: ${summary}`, { issues });
}

/** 404 for a thing that is missing or that the caller may not know exists; both look the same. */
export function notFound(what = 'resource'): AppError {
  return new AppError(404, 'NOT_FOUND', `The ${what} was not found.`);
}
