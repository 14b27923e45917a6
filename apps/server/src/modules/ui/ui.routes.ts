import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import { uiResponse } from '../pages/pages.schema.js';
import { plainRecords } from '../records/record-page.js';
import { recordsReadAccess } from '../records/record-scope.js';
import { listQuery, listResponse } from '../records/records.schema.js';
import { appParams } from '../tenancy/tenant-params.js';
import { sectionRecords, type UiCaller, uiFor } from './ui.service.js';

const tags = ['pages'];

/** What the end-user app shows the caller: the pages and sections they may see, and nothing else. */
export function uiRoutes(ctx: AppContext, { engines }: { engines: PolicyEngines }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/ui',
      {
        config: { access: { kind: 'app', scope: 'account:read' } },
        schema: {
          tags,
          summary:
            'The pages and sections the caller may see, without their visibility settings; nothing of a hidden page, not even its title',
          params: appParams,
          response: { 200: uiResponse, ...errorResponses },
        },
      },
      async (request) => uiFor(ctx, engines, callerOf(request)),
    );

    app.get(
      '/api/apps/:app/ui/sections/:section/records',
      {
        config: { access: recordsReadAccess },
        serializerCompiler: plainRecords,
        schema: {
          tags,
          summary:
            "The records under a collection view: the records API's list for the caller with the view's collection filter on top (404 for a view the caller cannot see)",
          params: appParams.extend({
            section: z.string().min(1).max(100).describe('The id of a collection view section'),
          }),
          querystring: listQuery,
          response: { 200: listResponse, ...errorResponses },
        },
      },
      async (request) =>
        sectionRecords(ctx, engines, callerOf(request), request.params.section, request.query),
    );
  };
}

function callerOf(request: FastifyRequest): UiCaller {
  const { account } = request.auth!;
  return { access: request.tenant!.app!, accountId: account.id, email: account.email };
}
