import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { sharedErrors } from '../../http/error-codes.js';
import { errorResponses } from '../../http/openapi.js';
import { listAuditEvents } from './audit.repository.js';

const query = z.object({
  action: z
    .string()
    .max(100)
    .optional()
    .describe('An action, or a prefix ending in "." (e.g. "company.member.")'),
  actor: z.uuid().optional().describe('Only what this account did'),
  targetType: z
    .string()
    .max(50)
    .optional()
    .describe('Only entries about this kind of target, e.g. member or app'),
  targetId: z.string().max(100).optional().describe('Only entries about this target id'),
  from: z.iso.datetime().optional().describe('Only entries at or after this time (ISO 8601)'),
  to: z.iso.datetime().optional().describe('Only entries before this time (ISO 8601)'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Entries per page, 1 to 200'),
  before: z.string().max(200).optional().describe('The cursor from the previous page'),
});

const entry = z.object({
  id: z.uuid(),
  occurredAt: z.date(),
  action: z.string(),
  outcome: z.string(),
  actor: z.object({
    accountId: z.string().nullable(),
    email: z.string().nullable(),
    apiKeyId: z.string().nullable(),
    impersonatorId: z.string().nullable(),
  }),
  target: z.object({ type: z.string(), id: z.string() }).nullable(),
  appId: z.string().nullable(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

// Pages run newest first; the cursor is the (time, id) of the last entry shown.
function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) {
    throw sharedErrors.VALIDATION_FAILED('The cursor is not valid.', {
      issues: [{ location: 'querystring', field: 'before', message: 'is not a cursor this API returned' }],
    });
  }
  return { at: date, id };
}

/** The company's audit log: filterable, paginated, for holders of company.users.manage. */
export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/companies/:company/audit',
      {
        config: { access: { kind: 'company', right: 'company.users.manage' } },
        schema: {
          tags: ['audit'],
          summary: 'The company’s audit log, newest first',
          params: z.object({ company: z.string() }),
          querystring: query,
          response: {
            200: z.object({ items: z.array(entry), next: z.string().nullable() }),
            400: errorResponses[400],
          },
        },
      },
      async (request) => {
        const q = request.query;
        const before = q.before ? decodeCursor(q.before) : undefined;
        const rows = await listAuditEvents(ctx.database.db, request.tenant.company!.companyId, {
          ...q,
          before,
        });
        const page = rows.slice(0, q.limit);
        const last = page.at(-1);
        return {
          items: page.map((r) => ({
            id: r.id,
            occurredAt: r.occurred_at,
            action: r.action,
            outcome: r.outcome,
            actor: {
              accountId: r.actor_account_id,
              email: r.actor_email,
              apiKeyId: r.actor_api_key_id,
              impersonatorId: r.impersonator_account_id,
            },
            target: r.target_type && r.target_id ? { type: r.target_type, id: r.target_id } : null,
            appId: r.app_id,
            ipAddress: r.ip_address,
            userAgent: r.user_agent,
            requestId: r.request_id,
            details: r.details,
          })),
          next: rows.length > q.limit && last ? encodeCursor(last.occurred_at, last.id) : null,
        };
      },
    );
  };
}
