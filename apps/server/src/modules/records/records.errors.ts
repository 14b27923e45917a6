// The records API's errors: engine errors caused by client input become 400s, the rest stay 500s.
import { PolicyError } from '@charter/policy';
import { AppError } from '../../http/app-error.js';

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
  return new AppError(403, 'NOT_AN_APP_USER', 'You are not a user of this application.');
}

/**
 * The rules refuse a write to a record the caller may read (or the create of one): 403, unlike a
 * record the caller cannot read, which is the 404 of a missing one.
 */
export function writeDenied(action: 'create' | 'update' | 'delete'): AppError {
  return new AppError(403, 'RECORD_WRITE_DENIED', `You may not ${action} this record.`);
}

/** The rules refuse fields of a write: 403 naming each of them. */
export function fieldWriteDenied(action: 'create' | 'update', fields: readonly string[]): AppError {
  return new AppError(
    403,
    'FIELD_WRITE_DENIED',
    `You may not ${action} these fields of this record: ${fields.join(', ')}.`,
    { fields: [...fields] },
  );
}

/** A unique field already holds the value. */
export function uniqueViolation(field: string): AppError {
  return new AppError(409, 'UNIQUE_VIOLATION', `Another record already has this ${field}.`, { field });
}

/** The collection holds no writable records (the users collection is managed through app users). */
export function readOnlyCollection(): AppError {
  return new AppError(400, 'READ_ONLY_COLLECTION', 'Records of this collection cannot be written here.');
}

/** A link names a record that does not exist. */
export function missingLinkTarget(): AppError {
  return new AppError(400, 'LINK_TARGET_NOT_FOUND', 'A linked record does not exist.');
}
