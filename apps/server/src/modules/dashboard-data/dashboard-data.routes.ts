import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { dashboardsEdit, dashboardsRead, dashboardTags } from '../dashboards/dashboards.routes.js';
import { dashboardParams } from '../dashboards/dashboards.schema.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import { appParams } from '../tenancy/tenant-params.js';
import { dashboardDataQuery, dashboardDataResponse, dashboardPreviewBody } from './dashboard-data.schema.js';
import { type DashboardCaller, dashboardData, previewDashboardData } from './dashboard-data.service.js';

const tags = dashboardTags;

/** A dashboard's numbers, computed for the caller under their data rules; and previews of unsaved ones. */
export function dashboardDataRoutes(ctx: AppContext, engines: PolicyEngines): FastifyPluginAsyncZod {
  return async (app) => {
    const callerOf = (request: FastifyRequest): DashboardCaller => ({
      access: request.tenant.app!,
      accountId: request.auth!.account.id,
      email: request.auth!.account.email,
    });

    app.get(
      '/api/apps/:app/dashboards/:dashboard/data',
      {
        config: { access: dashboardsRead },
        schema: {
          tags,
          summary:
            "Each widget's result for the caller, computed in SQL under their data rules (also needs app.data.read)",
          params: dashboardParams,
          querystring: dashboardDataQuery,
          response: { 200: dashboardDataResponse, ...errorResponses },
        },
      },
      async (request) =>
        dashboardData(ctx, engines, callerOf(request), request.params.dashboard, request.query.widget),
    );

    app.post(
      '/api/apps/:app/dashboards/preview',
      {
        config: { access: dashboardsEdit },
        schema: {
          tags,
          summary:
            'The data of an unsaved dashboard, checked like a save, for the caller or an app user they may view the app as',
          params: appParams,
          body: dashboardPreviewBody,
          response: { 200: dashboardDataResponse, ...errorResponses },
        },
      },
      async (request) => previewDashboardData(ctx, engines, callerOf(request), request.body),
    );
  };
}
