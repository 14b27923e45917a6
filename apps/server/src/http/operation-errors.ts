import { sharedErrors } from './error-codes.js';
import { acceptedRights, apiKeyScopes, isSafeMethod, type RouteAccess } from './route-access.js';
import { ROUTE_ERRORS } from './route-errors.js';

/** What an operation is, as far as the errors every route shares are concerned. */
export interface OperationShape {
  method: string;
  /** The route's path as registered, e.g. `/api/apps/:app`. */
  url: string;
  access: RouteAccess | undefined;
  takesBody: boolean;
  /** The route's part in viewing as another user (config.viewAs). */
  viewAs?: 'start' | 'control' | undefined;
}

/**
 * The error codes an operation can answer, by status: those that follow from what it is (who may
 * call it: authentication, API key scopes, company and app guards, view-as; what it reads:
 * validation; how: write origins), answered by the shared hooks before any handler runs, and the
 * route's own codes from ROUTE_ERRORS.
 */
export function operationErrors(op: OperationShape): Record<string, string[]> {
  const errors: Record<string, Set<string>> = {};
  const add = (status: number, ...codes: string[]) => {
    const set = errors[String(status)] ?? new Set<string>();
    for (const code of codes) set.add(code);
    errors[String(status)] = set;
  };
  // The shared codes come from their catalogue, with its status; the modules' codes sit above http/.
  const addShared = (...codes: { code: string; status: number }[]) => {
    for (const { status, code } of codes) add(status, code);
  };
  const access = op.access;
  const write = !isSafeMethod(op.method);
  // Every route refuses input it does not declare (strict-input.ts), so every route validates.
  addShared(sharedErrors.VALIDATION_FAILED);
  if (op.takesBody) {
    addShared(
      sharedErrors.MALFORMED_JSON,
      sharedErrors.PAYLOAD_TOO_LARGE,
      sharedErrors.UNSUPPORTED_MEDIA_TYPE,
    );
  }
  if (write) add(403, 'CSRF_ORIGIN_MISMATCH');
  if (access && access.kind !== 'public') {
    add(401, 'UNAUTHENTICATED', 'INVALID_API_KEY');
    add(403, apiKeyScopes(access).length === 0 ? 'API_KEY_NOT_ALLOWED' : 'INSUFFICIENT_SCOPE');
    if (!(access.kind === 'account' && access.whileRestricted)) add(403, 'PASSWORD_CHANGE_REQUIRED');
    if (access.kind === 'platformAdmin') addShared(sharedErrors.FORBIDDEN);
    if (access.kind === 'company' || access.kind === 'app') {
      addShared(sharedErrors.NOT_FOUND);
      add(403, 'MFA_ENROLLMENT_REQUIRED');
      if (acceptedRights(access).length > 0) addShared(sharedErrors.FORBIDDEN);
    }
    if (access.kind === 'app') {
      add(403, 'APP_ACCESS_SUSPENDED');
      if (write) add(403, 'VIEW_AS_READ_ONLY');
    }
    // While viewing as another user, only that app's data routes stay open (view-as.hook.ts).
    if (op.viewAs !== 'control') add(403, 'VIEW_AS_RESTRICTED');
    if (op.viewAs === 'start') add(409, 'VIEW_AS_ALREADY_ACTIVE');
  }
  for (const [status, codes] of Object.entries(ROUTE_ERRORS[`${op.method} ${op.url}`] ?? {})) {
    add(Number(status), ...codes);
  }
  return Object.fromEntries(Object.entries(errors).map(([status, codes]) => [status, [...codes].sort()]));
}
