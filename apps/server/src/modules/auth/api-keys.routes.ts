import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { idParams } from './accounts.schema.js';
import { API_SCOPES, createApiKey, grantableScopes, listApiKeys, revokeApiKey } from './api-keys.service.js';

const apiKey = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});

const scopeNames = Object.keys(API_SCOPES) as [string, ...string[]];

/** API keys for programs: created by a signed-in person, shown once, revocable. */
export function apiKeyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/auth/api-keys',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags: ['api keys'],
          summary: 'My API keys (never their secrets)',
          response: { 200: z.array(apiKey) },
        },
      },
      async (request) => listApiKeys(ctx, request.auth!.account.id),
    );

    app.get(
      '/api/auth/api-keys/scopes',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags: ['api keys'],
          summary: 'Every scope a key can carry, and whether I may give it to one',
          description:
            'A key never holds more than its account: `grantable` is false for a scope the account holds nowhere, which creating a key with it would refuse (DELEGATION_CEILING).',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  scope: z.string().describe('The scope, as `scopes` in POST /api/auth/api-keys takes it'),
                  description: z.string().describe('What a key with it may do'),
                  grantable: z.boolean().describe('Whether this account may give it to a key'),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const allowed = await grantableScopes(ctx, request.auth!.account);
        return {
          items: Object.entries(API_SCOPES).map(([scope, description]) => ({
            scope,
            description,
            grantable: allowed.has(scope),
          })),
        };
      },
    );

    app.post(
      '/api/auth/api-keys',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags: ['api keys'],
          summary: 'Create an API key; the token is in this response only',
          body: z.object({
            name: z.string().trim().min(1).max(100),
            scopes: z.array(z.enum(scopeNames)).min(1),
            expiresInDays: z.number().int().min(1).max(365).default(90),
          }),
          response: { 201: z.object({ key: apiKey, token: z.string() }), 403: errorResponses[403] },
        },
      },
      async (request, reply) => {
        const account = request.auth!.account;
        const created = await createApiKey(ctx, account, request.body);
        await recordAuditEvent(ctx, {
          action: 'auth.api_key.created',
          outcome: 'success',
          actor: { accountId: account.id },
          target: { type: 'api_key', id: created.key.id },
          source: sourceOf(request),
          details: { name: created.key.name, scopes: created.key.scopes, expiresAt: created.key.expiresAt },
        });
        return reply.status(201).send(created);
      },
    );

    app.delete(
      '/api/auth/api-keys/:id',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags: ['api keys'],
          summary: 'Revoke an API key (effective on its next use)',
          params: idParams,
          response: { 200: apiKey, 404: errorResponses[404] },
        },
      },
      async (request) => {
        const account = request.auth!.account;
        const key = await revokeApiKey(ctx, account.id, request.params.id);
        await recordAuditEvent(ctx, {
          action: 'auth.api_key.revoked',
          outcome: 'success',
          actor: { accountId: account.id },
          target: { type: 'api_key', id: key.id },
          source: sourceOf(request),
        });
        return key;
      },
    );
  };
}
