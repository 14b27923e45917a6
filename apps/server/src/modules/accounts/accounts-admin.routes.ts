import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { toAuthenticatedAccount } from '../auth/accounts.repository.js';
import { idParams, meResponse } from '../auth/accounts.schema.js';
import type { Accounts } from '../auth/accounts-module.js';
import { toMe } from '../auth/me.js';
import { listAccountsByEmail, listOutboxMail } from './accounts-admin.repository.js';
import {
  changeAccountStatus,
  createAccountWithTemporaryPassword,
  revokeAccountSessions,
} from './accounts-admin.service.js';

const platformAdmin = { kind: 'platformAdmin', scope: 'platform:admin' } as const;

const listQuery = z.object({
  search: z.string().max(200).optional().describe('Part of the email'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Accounts per page, 1 to 500'),
  after: z.string().max(400).optional().describe('The email of the last account on the previous page'),
});

/** Platform administration of accounts: create, list, suspend, reactivate, deactivate, sign out. */
export function accountsAdminRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/accounts',
      {
        config: { access: platformAdmin },
        schema: {
          tags: ['platform admin'],
          summary: 'List accounts, by email',
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(meResponse), next: z.string().nullable() }) },
        },
      },
      async (request) => {
        const { limit } = request.query;
        const rows = await listAccountsByEmail(ctx.database.db, request.query);
        const page = rows.slice(0, limit).map((row) => toMe(toAuthenticatedAccount(row)));
        return { items: page, next: rows.length > limit ? (page.at(-1)?.email ?? null) : null };
      },
    );

    app.post(
      '/api/admin/accounts',
      {
        config: { access: { ...platformAdmin, sensitive: true } },
        schema: {
          tags: ['platform admin'],
          summary: 'Create an account with a temporary password (shown once; changed at first sign-in)',
          body: z.object({ email: z.email().max(254), name: z.string().trim().min(1).max(200) }),
          response: {
            201: z.object({ account: meResponse, temporaryPassword: z.string() }),
            409: errorResponses[409],
          },
        },
      },
      async (request, reply) => {
        const created = await createAccountWithTemporaryPassword(
          ctx,
          { ...request.body, emailVerified: false },
          { actor: { accountId: request.auth!.account.id }, source: sourceOf(request) },
        );
        // The person confirms their address before the temporary password lets them in.
        await accounts.auth().api.sendVerificationEmail({ body: { email: created.account.email } });
        return reply
          .status(201)
          .send({ account: toMe(created.account), temporaryPassword: created.temporaryPassword });
      },
    );

    for (const change of ['suspend', 'reactivate', 'deactivate'] as const) {
      app.post(
        `/api/admin/accounts/:id/${change}`,
        {
          config: { access: { ...platformAdmin, sensitive: true } },
          schema: {
            tags: ['platform admin'],
            summary: `${change[0]!.toUpperCase()}${change.slice(1)} an account`,
            params: idParams,
            response: { 200: meResponse, 404: errorResponses[404], 409: errorResponses[409] },
          },
        },
        async (request) =>
          toMe(
            await changeAccountStatus(
              ctx,
              { account: request.auth!.account, source: sourceOf(request) },
              request.params.id,
              change,
            ),
          ),
      );
    }

    app.delete(
      '/api/admin/accounts/:id/sessions',
      {
        config: { access: { ...platformAdmin, sensitive: true } },
        schema: {
          tags: ['platform admin'],
          summary: 'End every session of an account',
          params: idParams,
          response: { 200: z.object({ revoked: z.number().int() }), 404: errorResponses[404] },
        },
      },
      async (request) => ({
        revoked: await revokeAccountSessions(
          ctx,
          { account: request.auth!.account, source: sourceOf(request) },
          request.params.id,
        ),
      }),
    );

    app.get(
      '/api/admin/outbox',
      {
        config: { access: platformAdmin },
        schema: {
          tags: ['platform admin'],
          summary: 'Mail Charter sent or kept (with no SMTP server configured, this is where it goes)',
          querystring: z.object({
            to: z.string().max(254).optional().describe('Only mail sent to this address'),
            limit: z.coerce
              .number()
              .int()
              .min(1)
              .max(200)
              .default(50)
              .describe('Messages per page, 1 to 200'),
          }),
          response: {
            200: z.array(
              z.object({
                id: z.uuid(),
                to: z.string(),
                subject: z.string(),
                kind: z.string(),
                status: z.string(),
                text: z.string(),
                createdAt: z.date(),
              }),
            ),
          },
        },
      },
      async (request) => {
        const rows = await listOutboxMail(ctx.database.db, request.query);
        return rows.map((r) => ({
          id: r.id,
          to: r.to_address,
          subject: r.subject,
          kind: r.kind,
          status: r.status,
          text: r.text_body,
          createdAt: r.created_at,
        }));
      },
    );
  };
}
