import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The request headers an answer depends on when it is the caller's own. */
const CREDENTIAL_HEADERS = ['Cookie', 'Authorization'];

/**
 * Marks every API answer that belongs to its caller `Cache-Control: no-store` and
 * `Vary: Cookie, Authorization`, so no browser or shared cache keeps one person's answer (a
 * session list, records, a mail outbox) for the next: answers to a request that is authenticated
 * or carries a cookie or an Authorization header, and answers that set a cookie. Errors are
 * included (a 401 or 404 says who the caller is not). The admin app's files are not API answers
 * and stay cacheable.
 */
export function installPrivateResponses(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiPath(request.url) && isPrivate(request, reply)) {
      reply.header('cache-control', 'no-store');
      reply.header('vary', withVary(reply.getHeader('vary'), CREDENTIAL_HEADERS));
    }
    return payload;
  });
}

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

// Every authenticated request carries one of the two headers: they are the only credentials.
function isPrivate(request: FastifyRequest, reply: FastifyReply): boolean {
  return (
    request.headers.cookie !== undefined ||
    request.headers.authorization !== undefined ||
    reply.hasHeader('set-cookie')
  );
}

// Adds names to a Vary header without repeating one already there (any case).
function withVary(current: unknown, names: string[]): string {
  const existing = String(current ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const known = new Set(existing.map((v) => v.toLowerCase()));
  return [...existing, ...names.filter((n) => !known.has(n.toLowerCase()))].join(', ');
}
