import type { FastifyRequest } from 'fastify';
import type { RequestSource } from '../audit/audit.service.js';

/** Where a request came from, for audit entries. */
export function sourceOf(request: FastifyRequest): RequestSource {
  const ua = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof ua === 'string' ? ua : null, requestId: String(request.id) };
}
