import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { DatabaseHealth } from '../db/unavailable.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { AppError, type FieldIssue, validationError } from './app-error.js';
import { sharedErrors } from './error-codes.js';
import { noteAnsweredError } from './error-docs.js';

/** The error body every failing request gets (DESIGN.md §9). */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId: string };
}

/** Seconds a client is asked to wait before retrying a request the database could not serve. */
export const DATABASE_RETRY_AFTER_S = 5;

/**
 * Installs the single error handler and the not-found handler on the app. A request that fails
 * because the database is unreachable or too slow is answered 503 DATABASE_UNAVAILABLE with
 * Retry-After, and reported to health, which logs the outage once (app.ts), not per request.
 */
export function installErrorHandling(app: FastifyInstance, health?: DatabaseHealth): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
      health?.failed(error);
      request.log.debug({ err: error }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_S));
      return sendError(request, reply, sharedErrors.DATABASE_UNAVAILABLE());
    }
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: appError.code, status: appError.status }, 'request refused');
    }
    return sendError(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      request,
      reply,
      sharedErrors.NOT_FOUND(`No route matches ${request.method} ${request.url.split('?')[0]}.`),
    ),
  );
}

/** Writes an AppError in the contract's shape. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  noteAnsweredError(request, error.status, error.code);
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      requestId: String(request.id),
    },
  };
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

// Fastify's own errors, by code, mapped to stable Charter codes with a message a client can act on.
const FASTIFY_ERRORS: Record<string, (e: FastifyError) => AppError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => sharedErrors.UNSUPPORTED_MEDIA_TYPE({ expected: 'application/json' }),
  FST_ERR_CTP_BODY_TOO_LARGE: () => sharedErrors.PAYLOAD_TOO_LARGE(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    sharedErrors.MALFORMED_JSON('The request declares a JSON body but sends none.'),
  FST_ERR_CTP_INVALID_JSON_BODY: (e) =>
    sharedErrors.MALFORMED_JSON(`The request body is not valid JSON: ${e.message}`),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    sharedErrors.BAD_REQUEST('The Content-Length header does not match the body.'),
};

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationError(zodIssues(error));
  const mapped = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (mapped) return mapped(error);
  // A JSON.parse failure surfaces as a SyntaxError carrying status 400.
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return sharedErrors.MALFORMED_JSON(`The request body is not valid JSON: ${error.message}`);
  }
  // Its status is Fastify's, any 4xx; the code stays the catalogue's BAD_REQUEST.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode, sharedErrors.BAD_REQUEST.code, error.message);
  }
  return sharedErrors.INTERNAL('An unexpected error occurred. Quote the request id when reporting it.');
}

/** A zod issue as the type provider passes it on, or as nested inside a union's issue. */
interface RawIssue {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
  keys?: unknown;
  errors?: unknown;
}

function zodIssues(error: {
  validation: { instancePath: string; message?: string; keyword?: string; params?: RawIssue }[];
  validationContext?: string;
}): FieldIssue[] {
  const location = error.validationContext ?? 'body';
  return error.validation.flatMap((issue) => {
    const path = issue.instancePath.split('/').filter(Boolean);
    return describeIssue(location, path, { ...issue.params, code: issue.keyword, message: issue.message });
  });
}

function describeIssue(location: string, path: string[], issue: RawIssue): FieldIssue[] {
  // An unknown key is reported on its parent object by zod; name the key itself instead.
  if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)) {
    return issue.keys.map((key) => ({
      location,
      field: [...path, String(key)].join('.'),
      message: 'is not a known field',
    }));
  }
  // A value that fits none of a union's shapes: report the shape it came closest to (fewest
  // problems, the first on a tie), so the unknown key or the missing field is named.
  const closest = closestOption(issue);
  if (closest) {
    return closest.flatMap((inner) =>
      describeIssue(location, [...path, ...(inner.path ?? []).map(String)], inner),
    );
  }
  return [{ location, field: path.join('.') || '(root)', message: issue.message ?? 'is invalid' }];
}

function closestOption(issue: RawIssue): RawIssue[] | null {
  if (issue.code !== 'invalid_union' || !Array.isArray(issue.errors)) return null;
  const options = (issue.errors as RawIssue[][]).filter((option) => option.length > 0);
  if (options.length === 0) return null;
  return options.reduce((best, option) => (option.length < best.length ? option : best));
}
