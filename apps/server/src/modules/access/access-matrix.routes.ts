import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import { accessMatrixParams, accessMatrixResponse } from './access-matrix.schema.js';
import { collectionAccessMatrix } from './access-matrix.service.js';

// The matrix names every rule of the collection: for those who may read the rules.
const read = { kind: 'app', right: 'app.dataformats.read' } as const;

/** The permissions of a collection per role and audience, computed by the engine. */
export function accessMatrixRoutes(ctx: AppContext, engines: PolicyEngines): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/collections/:collection/access-matrix',
      {
        config: { access: read },
        schema: {
          tags: ['rules'],
          summary:
            'Who may create, read, update and delete the records and fields of a collection: per role and audience, open, conditional, closed or bypassing',
          params: accessMatrixParams,
          response: { 200: accessMatrixResponse, ...errorResponses },
        },
      },
      async (request) => {
        const policy = await engines.forApp(request.params.app);
        return collectionAccessMatrix(ctx, policy, request.params.collection);
      },
    );
  };
}
