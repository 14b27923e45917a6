import type { FastifyRequest } from 'fastify';

/** Where a request came from, as the audit log records it. */
export interface RequestSource {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** Where a request came from, for audit entries. */
export function sourceOf(request: FastifyRequest): RequestSource {
  const ua = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof ua === 'string' ? ua : null, requestId: String(request.id) };
}

/** The signed-in caller as the actor of a change. */
export function actorOf(request: FastifyRequest): {
  accountId: string;
  apiKeyId: string | null;
  source: RequestSource;
} {
  const auth = request.auth;
  if (!auth) throw new Error('actorOf needs an authenticated route');
  return { accountId: auth.account.id, apiKeyId: auth.apiKeyId, source: sourceOf(request) };
}
