import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AddressLimitBucket } from '../../config/rate-limits.js';
import type { AppContext } from '../../context.js';
import { consumeRateLimit, peekRateLimit } from '../../db/rate-limit.js';
import { authErrors } from './auth.errors.js';

/** Failed sign-ins per email address before a temporary lock (OWASP ASVS 6.3.1). */
export const LOGIN_FAILURE_RULE = { windowSeconds: 900, max: 10 } as const;

/**
 * Counts a request from this address against its bucket's limit (config/rate-limits.ts); over the
 * limit it is refused with 429 and Retry-After.
 */
export async function limitByIp(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  bucket: AddressLimitBucket,
): Promise<void> {
  const state = await consumeRateLimit(
    ctx.database,
    `ip:${bucket}:${request.ip}`,
    ctx.config.rateLimits[bucket],
    ctx.clock.now(),
  );
  if (!state.allowed) {
    reply.header('retry-after', String(state.retryAfter));
    throw authErrors.RATE_LIMITED({
      retryAfterSeconds: state.retryAfter,
    });
  }
}

function failureKey(email: string): string {
  return `login-failure:${email.trim().toLowerCase()}`;
}

/**
 * Refuses a sign-in while its address is locked. Unknown addresses lock the same way, so the
 * lock says nothing about whether an account exists.
 */
export async function assertLoginNotLocked(
  ctx: AppContext,
  reply: FastifyReply,
  email: string,
): Promise<void> {
  const state = await peekRateLimit(ctx.database, failureKey(email), LOGIN_FAILURE_RULE, ctx.clock.now());
  if (!state.allowed) {
    reply.header('retry-after', String(state.retryAfter));
    throw authErrors.LOGIN_TEMPORARILY_LOCKED({
      retryAfterSeconds: state.retryAfter,
    });
  }
}

/** Records a failed sign-in; returns true exactly when this failure starts a lock. */
export async function recordLoginFailure(ctx: AppContext, email: string): Promise<boolean> {
  const state = await consumeRateLimit(ctx.database, failureKey(email), LOGIN_FAILURE_RULE, ctx.clock.now());
  return state.count === LOGIN_FAILURE_RULE.max;
}
