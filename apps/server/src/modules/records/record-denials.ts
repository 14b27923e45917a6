// Denied record requests carry a reference a builder can resolve to the explanation (DESIGN.md §9).
import type { Action } from '@charter/policy';
import type { FastifyRequest } from 'fastify';
import { AppError, notFound } from '../../http/app-error.js';
import type { RequestSource } from '../../http/request-source.js';
import type { RecordScope } from './record-scope.js';

/** The request that was denied, as the records API saw it. */
export interface DeniedRequest {
  method: string;
  action: Action;
  recordId?: string | undefined;
  impersonatorId?: string | null;
  source: RequestSource;
}

/** Explains and stores a denial; returns its reference. Supplied by the access module. */
export type ReferenceDenial = (scope: RecordScope, denied: DeniedRequest) => Promise<string>;

const RECORD_NOT_FOUND = notFound('record').message;

const DENIAL_CODES = new Set(['RECORD_WRITE_DENIED', 'FIELD_WRITE_DENIED']);

// A missing record and an unreadable one get a reference alike, so the reference itself tells the
// caller nothing the 404 did not. (A bulk operation's error starts with its index.)
function isDenial(error: AppError): boolean {
  const missing = error.status === 404 && error.message.endsWith(RECORD_NOT_FOUND);
  return missing || DENIAL_CODES.has(error.code);
}

/** Runs a records operation; a denial error gains `details.reference`. Other errors pass through. */
export async function withDenialReference<T>(
  reference: ReferenceDenial | undefined,
  scope: RecordScope,
  denied: (error: AppError) => DeniedRequest | null,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!reference || !(error instanceof AppError) || !isDenial(error)) throw error;
    const request = denied(error);
    if (!request) throw error;
    const id = await reference(scope, request);
    throw new AppError(error.status, error.code, error.message, { ...error.details, reference: id });
  }
}

/** Runs `run` for a request on `scope`, naming the denied action and record when it is refused. */
export type Guarded = <T>(
  request: FastifyRequest,
  scope: RecordScope,
  denied: (error: AppError) => { action: Action; recordId?: string | undefined } | null,
  run: () => Promise<T>,
) => Promise<T>;
