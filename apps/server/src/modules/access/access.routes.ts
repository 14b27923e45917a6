import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { createPolicyEngines } from '../data/policy-engines.js';
import {
  appParams,
  explainBody,
  explainResponse,
  referenceParams,
  referenceResponse,
} from './access.schema.js';
import { resolveDecisionReference } from './decision-reference.js';
import { explainAccess } from './explain.service.js';

// Explanations name every rule and field of the app: they are for those who may read its rules.
const builders = { kind: 'app', right: 'app.dataformats.read' } as const;
const tags = ['access'];

/** Builder tools on decisions: explain, and view as another user. */
export function accessRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const engines = createPolicyEngines(ctx);
  return async (app) => {
    app.post(
      '/api/apps/:app/access/explain',
      {
        config: { access: builders },
        schema: {
          tags,
          summary: "Why a user may or may not do something: the engine's trace, on a record or a list",
          params: appParams,
          body: explainBody,
          response: { 200: explainResponse, ...errorResponses },
        },
      },
      async (request) => {
        const policy = await engines.forApp(request.params.app);
        const result = await explainAccess(ctx, policy, request.body);
        return { ...result, trace: result.trace as unknown as Record<string, unknown> };
      },
    );

    app.get(
      '/api/apps/:app/access/explanations/:reference',
      {
        config: { access: builders },
        schema: {
          tags,
          summary: 'The explanation behind the reference of a denied request (kept 24 hours)',
          params: referenceParams,
          response: { 200: referenceResponse, ...errorResponses },
        },
      },
      async (request) => {
        const found = await resolveDecisionReference(ctx, request.params.app, request.params.reference);
        return found as typeof found & { trace: Record<string, unknown> };
      },
    );
  };
}
