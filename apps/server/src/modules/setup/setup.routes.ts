import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { limitByIp } from '../auth/abuse.js';
import { meResponse } from '../auth/accounts.schema.js';
import { toMe } from '../auth/me.js';
import { completeSetup, isSetupRequired } from './setup.service.js';

/** The first run: create the platform owner with the token printed at start. */
export function setupRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/setup',
      {
        config: {
          access: { kind: 'public', reason: 'tells the admin app whether to show the first-run page' },
        },
        schema: {
          tags: ['setup'],
          summary: 'Whether the platform still needs its owner',
          response: { 200: z.object({ required: z.boolean() }) },
        },
      },
      async () => ({ required: await isSetupRequired(ctx) }),
    );

    app.post(
      '/api/setup',
      {
        config: { access: { kind: 'public', reason: 'the one-time setup token is the credential' } },
        schema: {
          tags: ['setup'],
          summary: 'Create the platform owner with the one-time setup token',
          body: z.object({
            token: z.string().min(10).max(200),
            email: z.email().max(254),
            name: z.string().trim().min(1).max(200),
            password: z.string().min(1).max(512),
          }),
          response: { 201: meResponse, 400: errorResponses[400], 403: errorResponses[403] },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'setup');
        const owner = await completeSetup(ctx, request.body, sourceOf(request));
        return reply.status(201).send(toMe(owner));
      },
    );
  };
}
