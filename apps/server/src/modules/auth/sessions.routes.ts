import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { idParams, sessionResponse } from './accounts.schema.js';
import { deleteAccountSession, deleteOtherSessions, listLiveSessions } from './sessions.repository.js';

/** A person's own sessions: list them, end one, or end all the others. */
export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/auth/sessions',
      {
        config: { access: { kind: 'account', sensitive: true, whileRestricted: true } },
        schema: { tags: ['auth'], summary: 'My sessions', response: { 200: z.array(sessionResponse) } },
      },
      async (request) => {
        const { account, sessionId } = request.auth!;
        const rows = await listLiveSessions(ctx.database.db, account.id, ctx.clock.now());
        return rows.map((row) => ({
          id: row.id,
          current: row.id === sessionId,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          ipAddress: row.ip_address,
          userAgent: row.user_agent,
        }));
      },
    );

    app.delete(
      '/api/auth/sessions/:id',
      {
        config: { access: { kind: 'account', sensitive: true, whileRestricted: true } },
        schema: {
          tags: ['auth'],
          summary: 'End one of my sessions',
          params: idParams,
          response: { 204: noContent, 404: errorResponses[404] },
        },
      },
      async (request, reply) => {
        const { account } = request.auth!;
        if (!(await deleteAccountSession(ctx.database.db, account.id, request.params.id))) {
          throw notFound('session');
        }
        await recordAuditEvent(ctx, {
          action: 'auth.session.revoked',
          outcome: 'success',
          actor: { accountId: account.id },
          target: { type: 'session', id: request.params.id },
          source: sourceOf(request),
        });
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/auth/sessions',
      {
        config: { access: { kind: 'account', sensitive: true, whileRestricted: true } },
        schema: {
          tags: ['auth'],
          summary: 'End all my other sessions',
          response: { 200: z.object({ revoked: z.number().int() }) },
        },
      },
      async (request) => {
        const { account, sessionId } = request.auth!;
        const revoked = await deleteOtherSessions(ctx.database.db, account.id, sessionId);
        await recordAuditEvent(ctx, {
          action: 'auth.session.revoked_others',
          outcome: 'success',
          actor: { accountId: account.id },
          source: sourceOf(request),
          details: { revoked },
        });
        return { revoked };
      },
    );
  };
}
