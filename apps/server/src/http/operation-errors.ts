import { acceptedRights, apiKeyScopes, isSafeMethod, type RouteAccess } from './route-access.js';

/** What an operation is, as far as the errors every route shares are concerned. */
export interface OperationShape {
  method: string;
  access: RouteAccess | undefined;
  /** It reads a body, a query string or path parameters, so it validates them. */
  takesInput: boolean;
  takesBody: boolean;
}

/**
 * The error codes an operation can answer because of what it is, by status: who may call it
 * (authentication, API key scopes, company and app guards, view-as), what it reads (validation)
 * and how (write origins). They are answered by the shared hooks before any handler runs, so they
 * follow from the route's declarations; the route's own codes are added to these.
 */
export function operationErrors(op: OperationShape): Record<string, string[]> {
  const errors: Record<string, Set<string>> = {};
  const add = (status: number, ...codes: string[]) => {
    const set = errors[String(status)] ?? new Set<string>();
    for (const code of codes) set.add(code);
    errors[String(status)] = set;
  };
  const access = op.access;
  const write = !isSafeMethod(op.method);
  if (op.takesInput) add(400, 'VALIDATION_FAILED');
  if (op.takesBody) {
    add(400, 'MALFORMED_JSON');
    add(413, 'PAYLOAD_TOO_LARGE');
    add(415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  if (write) add(403, 'CSRF_ORIGIN_MISMATCH');
  if (access && access.kind !== 'public') {
    add(401, 'UNAUTHENTICATED', 'INVALID_API_KEY');
    add(403, apiKeyScopes(access).length === 0 ? 'API_KEY_NOT_ALLOWED' : 'INSUFFICIENT_SCOPE');
    if (!(access.kind === 'account' && access.whileRestricted)) add(403, 'PASSWORD_CHANGE_REQUIRED');
    if (access.kind === 'platformAdmin') add(403, 'FORBIDDEN');
    if (access.kind === 'company' || access.kind === 'app') {
      add(404, 'NOT_FOUND');
      add(403, 'MFA_ENROLLMENT_REQUIRED');
      if (acceptedRights(access).length > 0) add(403, 'FORBIDDEN');
    }
    if (access.kind === 'app') {
      add(403, 'APP_ACCESS_SUSPENDED', 'VIEW_AS_RESTRICTED');
      if (write) add(403, 'VIEW_AS_READ_ONLY');
    }
  }
  return Object.fromEntries(Object.entries(errors).map(([status, codes]) => [status, [...codes].sort()]));
}
