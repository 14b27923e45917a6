import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { systemErrors } from './system.errors.js';
import { healthResponse, readyResponse } from './system.schema.js';
import { checkReadiness, NotReadyError } from './system.service.js';

/** Liveness and readiness probes for load balancers and orchestrators. */
export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: { kind: 'public', reason: 'liveness probe' } },
        schema: {
          tags: ['system'],
          summary: 'Liveness: the process answers',
          response: { 200: healthResponse },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/api/ready',
      {
        config: { access: { kind: 'public', reason: 'readiness probe' } },
        schema: {
          tags: ['system'],
          summary: 'Readiness: the database answers and is migrated',
          response: { 200: readyResponse, 503: errorResponses[503] },
        },
      },
      async () => {
        try {
          return await checkReadiness(ctx);
        } catch (error) {
          if (error instanceof NotReadyError) throw systemErrors.NOT_READY(error.reason);
          throw error;
        }
      },
    );
  };
}
