// The records API's errors: engine errors caused by client input become 400s, the rest stay 500s.
import { PolicyError } from '@charter/policy';
import { AppError } from '../../http/app-error.js';
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of records. */
export const recordErrors = defineErrorCodes({
  READ_ONLY_COLLECTION: { status: 400, message: 'Records of this collection cannot be written here.' },
  LINK_TARGET_NOT_FOUND: { status: 400, message: 'A linked record does not exist.' },
  EXPAND_TOO_DEEP: {
    status: 400,
    message: (depth: number) => `Expand paths go at most ${depth} links deep.`,
  },
  EXPAND_TOO_LARGE: {
    status: 400,
    message: (count: number) => `At most ${count} linked records can be expanded.`,
  },
  NOT_A_LINK: {
    status: 400,
    message: (name: string) => `Only links can be expanded; ${name} is not a link.`,
  },
  NOT_AN_APP_USER: { status: 403, message: 'You are not a user of this application.' },
  RECORD_WRITE_DENIED: { status: 403, message: (action: string) => `You may not ${action} this record.` },
  FIELD_WRITE_DENIED: {
    status: 403,
    message: (action: string, fields: string) =>
      `You may not ${action} these fields of this record: ${fields}.`,
  },
  UNIQUE_VIOLATION: { status: 409, message: (field: string) => `Another record already has this ${field}.` },
  IMPORT_MALFORMED: {
    status: 400,
    message: (problem: string) => `The file cannot be read: ${problem}.`,
  },
  IMPORT_UNSUPPORTED_TYPE: {
    status: 415,
    message: 'An import is sent as text/csv or application/json (a JSON array of records).',
  },
  IMPORT_TOO_LARGE: {
    status: 413,
    message: (limit: number) => `An import may hold at most ${limit} bytes.`,
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 413,
    message: (limit: number) => `An import may hold at most ${limit} rows.`,
  },
});

// Engine codes that only an internal fault can cause: they stay 500s and are logged.
const INTERNAL_CODES = new Set([
  'POLICY_RELATION_NOT_LOADED',
  'POLICY_EVALUATION_ERROR',
  'POLICY_INVALID_SCHEMA',
]);

/** An engine error about the client's filter, sort or search, as a 400 with its code and position. */
export function clientPolicyError(error: unknown): unknown {
  if (!(error instanceof PolicyError) || INTERNAL_CODES.has(error.code)) return error;
  const data = error.toJSON();
  const details: Record<string, unknown> = {};
  if (data.position) details.position = data.position;
  if (data.expected) details.expected = data.expected;
  // The engine's own code (POLICY_*), documented with the engine, not in this catalogue.
  return new AppError(400, error.code, error.message, details);
}

/** Runs engine compilation, turning client-caused PolicyErrors into 400s. */
export function withClientErrors<T>(compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    throw clientPolicyError(error);
  }
}

/** The caller is a company member of the app's company but no active app user. */
export function notAnAppUser(): AppError {
  return recordErrors.NOT_AN_APP_USER();
}

/**
 * The rules refuse a write to a record the caller may read (or the create of one): 403, unlike a
 * record the caller cannot read, which is the 404 of a missing one.
 */
export function writeDenied(action: 'create' | 'update' | 'delete'): AppError {
  return recordErrors.RECORD_WRITE_DENIED(action);
}

/** The rules refuse fields of a write: 403 naming each of them. */
export function fieldWriteDenied(action: 'create' | 'update', fields: readonly string[]): AppError {
  return recordErrors.FIELD_WRITE_DENIED(action, fields.join(', '), { fields: [...fields] });
}

/** A unique field already holds the value. */
export function uniqueViolation(field: string): AppError {
  return recordErrors.UNIQUE_VIOLATION(field, { field });
}

/** The collection holds no writable records (the users collection is managed through app users). */
export function readOnlyCollection(): AppError {
  return recordErrors.READ_ONLY_COLLECTION();
}

/** A link names a record that does not exist. */
export function missingLinkTarget(): AppError {
  return recordErrors.LINK_TARGET_NOT_FOUND();
}
