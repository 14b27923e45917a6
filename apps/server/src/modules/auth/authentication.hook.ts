import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { ReadCache } from '../../db/read-cache.js';
import type { AppError } from '../../http/app-error.js';
import type { AuthenticatedAccount, Authentication } from '../../http/authentication.js';
import { sharedErrors } from '../../http/error-codes.js';
import { apiKeyScopes, isSafeMethod, type RouteAccess } from '../../http/route-access.js';
import { findAccount } from './accounts.repository.js';
import type { Accounts } from './accounts-module.js';
import { verifyApiKey } from './api-keys.service.js';
import { authErrors } from './auth.errors.js';
import { SESSION_SECONDS, SESSION_UPDATE_AGE_SECONDS } from './better-auth.js';
import { authHeaders, forwardCookies } from './better-auth-bridge.js';

/**
 * Authenticates every request to a non-public route and enforces its access declaration:
 * who may call it, with which credential, and whether the request's origin is trusted.
 * Runs before the body is read, so a refused request costs no parsing.
 */
export function installAuthentication(app: FastifyInstance, ctx: AppContext, accounts: Accounts): void {
  app.decorateRequest('auth', null);
  const sessions = new ReadCache<CachedSession>(ctx.database.changes);
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // not an /api route (the admin app's files)
    assertTrustedOrigin(ctx, request);
    if (access.kind === 'public') return;
    const auth = await authenticateCached(ctx, accounts, sessions, request, reply);
    if (!auth) throw authErrors.UNAUTHENTICATED();
    authorize(auth, access);
    if (auth.method === 'session' && !isSafeMethod(request.method)) assertSameOriginWrite(ctx, request);
    request.auth = auth;
  });
}

/** A session better-auth accepted, good until its sliding refresh is due or the feed moves. */
interface CachedSession {
  auth: Authentication;
  /** Epoch milliseconds after which better-auth must see the request again (refresh or expiry). */
  refreshAt: number;
}

/**
 * `authenticate`, with sessions kept in a cache that the change feed empties on any change to
 * accounts or sessions (sign-out, revocation, suspension, a new password). The key is the signed
 * cookie exactly as better-auth accepted it, so a forged or altered cookie never hits.
 */
async function authenticateCached(
  ctx: AppContext,
  accounts: Accounts,
  sessions: ReadCache<CachedSession>,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Authentication | null> {
  const cookie = request.headers.authorization ? null : sessionCookie(request.headers.cookie);
  if (!cookie) return authenticate(ctx, accounts, request, reply);
  const cached = sessions.get(cookie.key);
  // The wall clock, not ctx.clock: refreshAt derives from better-auth's expiry, which reads the wall clock.
  if (cached && Date.now() < cached.refreshAt) return cached.auth;
  const ticket = sessions.ticket();
  const auth = await authenticate(ctx, accounts, request, reply);
  if (auth?.expiresAt) {
    const expiresAt = auth.expiresAt.getTime();
    // better-auth extends a session once it is older than the update age, unless not remembered.
    const refreshAt = cookie.remembered
      ? expiresAt - (SESSION_SECONDS - SESSION_UPDATE_AGE_SECONDS) * 1000
      : expiresAt;
    sessions.store(cookie.key, { auth: Object.freeze(auth), refreshAt }, ticket);
  }
  return auth;
}

const AUTH_COOKIE = /(?:^|;)\s*(?:__Secure-)?charter\.(session_token|session_data|dont_remember)=([^;]*)/g;

/** The session cookie, when there is exactly one and no other auth cookie better-auth would rewrite. */
function sessionCookie(header: string | undefined): { key: string; remembered: boolean } | null {
  if (!header?.includes('charter.')) return null;
  let token: string | null = null;
  let remembered = true;
  for (const [, name, value] of header.matchAll(AUTH_COOKIE)) {
    if (name === 'session_data' || (name === 'session_token' && token !== null)) return null;
    if (name === 'session_token') token = value!;
    else remembered = false;
  }
  return token ? { key: `${remembered ? 'r' : 'd'}:${token}`, remembered } : null;
}

/** The request's authentication, from an API key or a session cookie; null when it has none. */
export async function authenticate(
  ctx: AppContext,
  accounts: Accounts,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Authentication | null> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const key = token ? await verifyApiKey(ctx, token) : null;
    if (!key) throw authErrors.INVALID_API_KEY();
    const account = await findAccount(ctx.database.db, { id: key.accountId });
    if (account?.status !== 'active') return null;
    return { account, method: 'apiKey', sessionId: null, apiKeyId: key.keyId, scopes: key.scopes };
  }
  if (!request.headers.cookie?.includes('charter.session_token')) return null;
  const { headers, response } = await accounts.auth().api.getSession({
    headers: authHeaders(request),
    query: { disableCookieCache: true },
    returnHeaders: true,
  });
  forwardCookies(reply, headers); // a sliding refresh re-issues the cookie
  if (!response) return null;
  // The cookie cache is off, so better-auth read the account row for this very request: a
  // suspension takes effect at once without reading the row a second time.
  const account =
    fromSession(response.user) ?? (await findAccount(ctx.database.db, { id: response.user.id }));
  if (account?.status !== 'active') return null;
  return {
    account: Object.freeze(account),
    method: 'session',
    sessionId: response.session.id,
    apiKeyId: null,
    scopes: null,
    expiresAt: new Date(response.session.expiresAt),
  };
}

/** Where an account that must change its password does so. */
const PASSWORD_CHANGE_ROUTE = '/api/auth/password/change';

function authorize(auth: Authentication, access: Exclude<RouteAccess, { kind: 'public' }>): void {
  if (auth.method === 'apiKey') assertKeyScope(auth, access);
  if (auth.account.mustChangePassword && !(access.kind === 'account' && access.whileRestricted)) {
    // Named like MFA_ENROLLMENT_REQUIRED's `enroll`: the one route that lifts the restriction.
    throw authErrors.PASSWORD_CHANGE_REQUIRED({
      change: PASSWORD_CHANGE_ROUTE,
    });
  }
  if (access.kind === 'platformAdmin' && !auth.account.platformRole) {
    throw sharedErrors.FORBIDDEN('This needs a platform owner or admin.');
  }
}

// A key calls a route only with one of the scopes the route names; no scope, no key.
function assertKeyScope(auth: Authentication, access: Exclude<RouteAccess, { kind: 'public' }>): void {
  const scopes = apiKeyScopes(access);
  if (access.sensitive || scopes.length === 0) {
    throw authErrors.API_KEY_NOT_ALLOWED();
  }
  if (!scopes.some((s) => auth.scopes?.includes(s))) {
    throw authErrors.INSUFFICIENT_SCOPE({
      required: scopes,
    });
  }
}

// Any write that names an origin must name a trusted one (also blocks login CSRF).
function assertTrustedOrigin(ctx: AppContext, request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (isSafeMethod(request.method) || origin === undefined) return;
  if (!ctx.config.trustedOrigins.includes(origin)) throw untrustedOrigin(ctx, origin);
}

// A cookie-authenticated write must prove it comes from a trusted page: browsers send Origin
// (or at least Sec-Fetch-Site) on every such request, so its absence means no browser guard ran.
function assertSameOriginWrite(ctx: AppContext, request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined) return; // checked above
  if (request.headers['sec-fetch-site'] === 'same-origin') return;
  throw authErrors.CSRF_ORIGIN_MISMATCH('Cookie-authenticated writes must send an Origin header.', {
    origin: null,
    expected: ctx.config.trustedOrigins,
    variables: ORIGIN_VARIABLES,
  });
}

// The settings that make an origin trusted: an operator who sees this error knows what to set.
const ORIGIN_VARIABLES = ['CHARTER_PUBLIC_URL', 'CHARTER_TRUSTED_ORIGINS'];

/** The refusal of a write from an origin Charter does not trust, naming what it got and expects. */
function untrustedOrigin(ctx: AppContext, origin: string): AppError {
  const expected = ctx.config.trustedOrigins;
  return authErrors.CSRF_ORIGIN_MISMATCH(
    `The request came from ${origin}, which is not a trusted origin (trusted: ${expected.join(', ')}). ` +
      'If people reach Charter at that address, set CHARTER_PUBLIC_URL to it or add it to CHARTER_TRUSTED_ORIGINS.',
    { origin, expected, variables: ORIGIN_VARIABLES },
  );
}

/** The account as better-auth returned it with the session, when every column we rely on is there. */
function fromSession(user: Record<string, unknown>): AuthenticatedAccount | null {
  const { id, email, name, emailVerified, status, platformRole, mustChangePassword, twoFactorEnabled } = user;
  if (
    typeof id !== 'string' ||
    typeof email !== 'string' ||
    typeof name !== 'string' ||
    typeof emailVerified !== 'boolean' ||
    (status !== 'active' && status !== 'suspended' && status !== 'deactivated') ||
    typeof mustChangePassword !== 'boolean' ||
    typeof twoFactorEnabled !== 'boolean' ||
    !(
      platformRole === null ||
      platformRole === undefined ||
      platformRole === 'owner' ||
      platformRole === 'admin'
    )
  ) {
    return null;
  }
  return {
    ...{ id, email, name, emailVerified, status, mustChangePassword, twoFactorEnabled },
    platformRole: platformRole ?? null,
  };
}
