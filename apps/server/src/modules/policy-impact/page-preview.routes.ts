import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { appParams } from '../tenancy/tenant-params.js';
import { pagePreviewBody, pagePreviewResponse } from './page-preview.schema.js';
import { previewPage } from './page-preview.service.js';

/** The impact of a page before it is saved; it needs what saving a page needs. */
export function pagePreviewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/apps/:app/pages/preview',
      {
        config: { access: { kind: 'app', right: 'app.templates.edit' } },
        schema: {
          tags: ['pages'],
          summary:
            'Who would start and stop seeing a page and each of its sections if it were saved as proposed, and what lint says about it; nothing is saved',
          params: appParams,
          body: pagePreviewBody,
          response: { 200: pagePreviewResponse, ...errorResponses },
        },
      },
      async (request) => previewPage(ctx, request.params.app, request.body),
    );
  };
}
