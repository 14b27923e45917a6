import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * What a route requires of its caller. Every /api route declares one (default deny).
 * - `public`: anyone; the reason says why that is safe.
 * - `account`: a signed-in account. `whileRestricted` routes stay open to an account that must
 *   change its password first.
 * - `platformAdmin`: an account with a platform role (owner or admin).
 *
 * API keys: a key may call a route only if the route names a scope the key holds (see
 * `apiKeyScopes`), in addition to everything the route asks of the key's account. `sensitive`
 * routes (credentials, keys, memberships a person decides on) refuse API keys outright. A route
 * that names no scope and is not sensitive refuses every key: nothing falls back to a default.
 */
export type RouteAccess =
  | { kind: 'public'; reason: string }
  | { kind: 'account'; scope?: string; sensitive?: boolean; whileRestricted?: boolean }
  | { kind: 'platformAdmin'; scope?: string; sensitive?: boolean }
  | TenantAccess;

/**
 * Routes inside a tenant. `company` routes carry `:company`, `app` routes carry `:app`.
 * The caller must belong to the company (or, for an app, be one of its users); otherwise the
 * answer is the 404 of a missing thing. `right` is a company right or an app backoffice right
 * the caller must hold there (403 if not); a list means any one of them; none means any member
 * or app user may call it. An API key needs one of those rights as a scope; a route without a
 * right names the key's scope in `scope` (e.g. `account:read` to read the company itself).
 */
export type TenantAccess =
  | { kind: 'company'; right?: string | readonly string[]; scope?: string; sensitive?: boolean }
  | { kind: 'app'; right?: string | readonly string[]; scope?: string; sensitive?: boolean };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** GET, HEAD and OPTIONS: the methods that change nothing (RFC 9110 §9.2.1). */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}

/** The rights a tenant route accepts, as a list (empty: membership is enough). */
export function acceptedRights(access: TenantAccess): readonly string[] {
  return access.right === undefined ? [] : typeof access.right === 'string' ? [access.right] : access.right;
}

/**
 * The scopes an API key may call a route with, any one of them: a tenant route's rights (rights
 * are scopes), else the scope the route names. Empty for public and sensitive routes, and for a
 * route that names none: no key may call those.
 */
export function apiKeyScopes(access: RouteAccess): readonly string[] {
  if (access.kind === 'public' || access.sensitive) return [];
  if (access.kind === 'company' || access.kind === 'app') {
    const rights = acceptedRights(access);
    if (rights.length > 0) return rights;
  }
  return access.scope ? [access.scope] : [];
}

/** One row of the route table: what each route requires. The permission matrix test walks it. */
export interface AccessTableEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access requirement, in registration order. */
    accessTable: AccessTableEntry[];
  }
}

/** A route under /api that declares no access requirement; the app refuses to start with one. */
export class UndeclaredAccessError extends Error {
  constructor(readonly route: string) {
    super(`route ${route} declares no access requirement (config.access)`);
    this.name = 'UndeclaredAccessError';
  }
}

// The API browser's own asset routes are registered by @fastify/swagger-ui and are public by nature.
const DOCS_PREFIX = '/api/docs';

/** Refuses to register an /api route without `config.access`, and records the rest. */
export function enforceAccessDeclarations(app: FastifyInstance): void {
  const table: AccessTableEntry[] = [];
  app.decorate('accessTable', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api')) return;
    const config = (route.config ?? {}) as { access?: RouteAccess };
    let access = config.access;
    if (!access && route.url.startsWith(DOCS_PREFIX)) {
      access = { kind: 'public', reason: 'API documentation' };
      route.config = { ...config, access };
    }
    if (!access) throw new UndeclaredAccessError(`${String(route.method)} ${route.url}`);
    for (const method of [route.method].flat()) table.push({ method, url: route.url, access });
  });
}
