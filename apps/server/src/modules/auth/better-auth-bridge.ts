import { APIError } from 'better-auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../http/app-error.js';
import { sharedErrors } from '../../http/error-codes.js';
import { authErrors } from './auth.errors.js';
import { CLIENT_IP_HEADER } from './better-auth.js';

// Headers a client must never pass through to better-auth: the address is Charter's to say.
const STRIPPED = new Set([CLIENT_IP_HEADER, 'x-forwarded-for', 'x-real-ip', 'content-length', 'host']);

/** The request's headers as better-auth expects them, with the client address Fastify computed. */
export function authHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || STRIPPED.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}

/** Copies better-auth's cookies (set or cleared) onto the reply. */
export function forwardCookies(reply: FastifyReply, headers: Headers): void {
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

// better-auth's codes, translated into Charter's: stable names and messages that say what to do.
const TRANSLATIONS: Record<string, (e: APIError) => AppError> = {
  INVALID_EMAIL_OR_PASSWORD: () => invalidCredentials(),
  INVALID_PASSWORD: () =>
    authErrors.INVALID_PASSWORD({
      issues: [
        { location: 'body', field: 'currentPassword', message: 'does not match the current password' },
      ],
    }),
  EMAIL_NOT_VERIFIED: () =>
    authErrors.EMAIL_NOT_VERIFIED('Confirm your email address first: follow the link we sent you.'),
  ACCOUNT_DISABLED: () => authErrors.ACCOUNT_DISABLED(),
  INVALID_TOKEN: () => invalidToken(),
  TOKEN_EXPIRED: () => invalidToken(),
  INVALID_CODE: () => invalidMfaCode(),
  INVALID_BACKUP_CODE: () => invalidMfaCode(),
  INVALID_TWO_FACTOR_COOKIE: () => authErrors.MFA_CHALLENGE_EXPIRED(),
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: () => mfaLocked(),
  ACCOUNT_TEMPORARILY_LOCKED: () => mfaLocked(),
  TOTP_NOT_ENABLED: () => authErrors.MFA_NOT_ENABLED(),
  TWO_FACTOR_NOT_ENABLED: () => authErrors.MFA_NOT_ENABLED(),
  CREDENTIAL_ACCOUNT_NOT_FOUND: () => authErrors.NO_PASSWORD(),
  INVALID_ORIGIN: () => csrfRefused(),
  MISSING_OR_NULL_ORIGIN: () => csrfRefused(),
  CROSS_SITE_NAVIGATION_LOGIN_BLOCKED: () => csrfRefused(),
  INVALID_CALLBACK_URL: () => untrustedRedirect('callbackURL'),
  INVALID_ERROR_CALLBACK_URL: () => untrustedRedirect('errorCallbackURL'),
  PROVIDER_NOT_FOUND: () => sharedErrors.NOT_FOUND('No such identity provider.'),
  SESSION_EXPIRED: () => authErrors.REAUTHENTICATION_REQUIRED(),
};

/** The one answer for a wrong email, a wrong password, or an account that does not exist. */
export function invalidCredentials(): AppError {
  return authErrors.INVALID_CREDENTIALS();
}

/** The one answer for a mailed link that is unknown, expired or already used. */
export function invalidToken(): AppError {
  return authErrors.INVALID_TOKEN();
}

function invalidMfaCode(): AppError {
  return authErrors.INVALID_MFA_CODE();
}

function mfaLocked(): AppError {
  return authErrors.MFA_TEMPORARILY_LOCKED();
}

// better-auth does not say which origin it saw; Charter's own check (authenticate.ts) names it.
function csrfRefused(): AppError {
  return authErrors.CSRF_ORIGIN_MISMATCH(
    'The request did not come from a trusted origin. Set CHARTER_PUBLIC_URL to the address people use, or add that address to CHARTER_TRUSTED_ORIGINS.',
    { variables: ['CHARTER_PUBLIC_URL', 'CHARTER_TRUSTED_ORIGINS'] },
  );
}

function untrustedRedirect(field: string): AppError {
  return sharedErrors.VALIDATION_FAILED(`The ${field} is not on a trusted origin.`, {
    issues: [{ location: 'body', field, message: 'must be a path, or a URL on a trusted origin' }],
  });
}

/** Runs a better-auth call, translating its errors into Charter's. */
export async function callAuth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateAuthError(error);
  }
}

/** Maps a better-auth APIError to an AppError; anything else passes through as unexpected. */
export function translateAuthError(error: unknown): unknown {
  if (!(error instanceof APIError)) return error;
  const code = typeof error.body?.code === 'string' ? error.body.code : '';
  const translate = TRANSLATIONS[code];
  if (translate) return translate(error);
  if (error.statusCode >= 500) return error;
  // An untranslated code keeps better-auth's own status and code, so it is not the catalogue's.
  return new AppError(
    error.statusCode,
    code || sharedErrors.BAD_REQUEST.code,
    error.body?.message ?? error.message,
  );
}

/**
 * Hands a browser redirect leg (OAuth callbacks, reset links: GET only) to better-auth's own handler and
 * relays its answer: status, Location and every cookie.
 */
export async function relayToAuthHandler(
  handler: (request: Request) => Promise<Response>,
  publicUrl: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const response = await handler(
    new Request(`${publicUrl}${request.url}`, { headers: authHeaders(request) }),
  );
  forwardCookies(reply, response.headers);
  const location = response.headers.get('location');
  if (location) reply.header('location', location);
  const type = response.headers.get('content-type');
  if (type) reply.type(type);
  return reply.status(response.status).send(Buffer.from(await response.arrayBuffer()));
}
