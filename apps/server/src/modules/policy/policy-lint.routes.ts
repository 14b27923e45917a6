import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { appParams } from '../tenancy/tenant-params.js';
import { lintResponse } from './policy-lint.schema.js';
import { lintApp } from './policy-lint.service.js';

const read = { kind: 'app', right: 'app.dataformats.read' } as const;

/** Policy lint: warnings about rules and roles that are likely mistakes. */
export function policyLintRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/policy/lint',
      {
        config: { access: read },
        schema: {
          tags: ['policy'],
          summary:
            'Likely mistakes: open grants on personal data, rules that never match or are shadowed, roles without members, unreadable fields',
          params: appParams,
          response: { 200: lintResponse, ...errorResponses },
        },
      },
      async (request) => ({ warnings: await lintApp(ctx.database.db, request.params.app) }),
    );
  };
}
