import type { FastifyRequest } from 'fastify';
import { operationErrors } from './operation-errors.js';
import type { RouteAccess } from './route-access.js';

/** An error an operation answered that its OpenAPI description does not list. */
export interface UndocumentedError {
  operation: string;
  status: number;
  code: string;
}

let watching = false;
const undocumented: UndocumentedError[] = [];

/**
 * Starts noting errors an operation answers without documenting them. The server tests turn it on,
 * so a refusal added to a route without its code in ROUTE_ERRORS fails the test that provokes it.
 */
export function watchUndocumentedErrors(): void {
  watching = true;
}

/** The undocumented errors noted since the last call. */
export function takeUndocumentedErrors(): UndocumentedError[] {
  return undocumented.splice(0);
}

/** Notes an answered error when it is being watched for and the operation does not list it. */
export function noteAnsweredError(request: FastifyRequest, status: number, code: string): void {
  // A 500 is never part of a contract; a request no route matched has no operation.
  if (!watching || status >= 500 || !request.routeOptions.url) return;
  const { url, config } = request.routeOptions;
  const schema = (request.routeOptions.schema ?? {}) as { body?: unknown };
  const documented = operationErrors({
    method: request.method,
    url,
    access: (config as { access?: RouteAccess }).access,
    takesBody: Boolean(schema.body),
    viewAs: config.viewAs,
  });
  if (!documented[String(status)]?.includes(code)) {
    undocumented.push({ operation: `${request.method} ${url}`, status, code });
  }
}
