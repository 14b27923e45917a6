import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import { uiResponse } from '../pages/pages.schema.js';
import { appParams } from '../tenancy/tenant-params.js';
import { uiFor } from './ui.service.js';

/** What the end-user app shows the caller: the pages and sections they may see, and nothing else. */
export function uiRoutes(ctx: AppContext, { engines }: { engines: PolicyEngines }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/ui',
      {
        config: { access: { kind: 'app', scope: 'account:read' } },
        schema: {
          tags: ['pages'],
          summary:
            'The pages and sections the caller may see, without their visibility settings; nothing of a hidden page, not even its title',
          params: appParams,
          response: { 200: uiResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { account } = request.auth!;
        return uiFor(ctx, engines, {
          access: request.tenant!.app!,
          accountId: account.id,
          email: account.email,
        });
      },
    );
  };
}
