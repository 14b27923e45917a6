import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  dashboardBody,
  dashboardDiffQuery,
  dashboardDiffResponse,
  dashboardParams,
  dashboardResponse,
  dashboardUpdateBody,
  dashboardVersionParams,
  dashboardVersionResponse,
} from './dashboards.schema.js';
import {
  createDashboard,
  deleteDashboard,
  diffVersions,
  getDashboard,
  listDashboards,
  listVersions,
  restoreVersion,
  updateDashboard,
} from './dashboards.service.js';

/** Seeing dashboards (and their data) needs app.dashboards.read; changing them app.dashboards.edit. */
export const dashboardsRead = { kind: 'app', right: 'app.dashboards.read' } as const;
export const dashboardsEdit = { kind: 'app', right: 'app.dashboards.edit' } as const;
export const dashboardTags = ['dashboards'];
const tags = dashboardTags;

/** An app's dashboards: their widgets and versions. Their data is computed by dashboard-data. */
export function dashboardsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/dashboards',
      {
        config: { access: dashboardsRead },
        schema: {
          tags,
          summary: "The application's dashboards, by title, with their widgets",
          params: appParams,
          response: { 200: z.object({ items: z.array(dashboardResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listDashboards(ctx, request.params.app) }),
    );

    app.post(
      '/api/apps/:app/dashboards',
      {
        config: { access: dashboardsEdit },
        schema: {
          tags,
          summary:
            'Create a dashboard; collections, fields and filters are checked like a rule (400 DASHBOARD_INVALID with positions)',
          params: appParams,
          body: dashboardBody,
          response: { 201: dashboardResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createDashboard(ctx, appActorOf(request), request.body)),
    );

    app.get(
      '/api/apps/:app/dashboards/:dashboard',
      {
        config: { access: dashboardsRead },
        schema: {
          tags,
          summary: 'One dashboard, with the current names of the fields it uses',
          params: dashboardParams,
          response: { 200: dashboardResponse, ...errorResponses },
        },
      },
      async (request) => getDashboard(ctx, request.params.app, request.params.dashboard),
    );

    app.put(
      '/api/apps/:app/dashboards/:dashboard',
      {
        config: { access: dashboardsEdit },
        schema: {
          tags,
          summary: 'Save a dashboard as a whole, as its next version',
          params: dashboardParams,
          body: dashboardUpdateBody,
          response: { 200: dashboardResponse, ...errorResponses },
        },
      },
      async (request) => updateDashboard(ctx, appActorOf(request), request.params.dashboard, request.body),
    );

    app.delete(
      '/api/apps/:app/dashboards/:dashboard',
      {
        config: { access: dashboardsEdit },
        schema: {
          tags,
          summary: 'Delete a dashboard and its versions',
          params: dashboardParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteDashboard(ctx, appActorOf(request), request.params.dashboard);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/apps/:app/dashboards/:dashboard/versions',
      {
        config: { access: dashboardsRead },
        schema: {
          tags,
          summary: "A dashboard's saved versions, newest first",
          params: dashboardParams,
          response: { 200: z.object({ items: z.array(dashboardVersionResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listVersions(ctx, request.params.app, request.params.dashboard) }),
    );

    app.get(
      '/api/apps/:app/dashboards/:dashboard/versions/:version/diff',
      {
        config: { access: dashboardsRead },
        schema: {
          tags,
          summary: 'What changed from this version to another (the current one by default)',
          params: dashboardVersionParams,
          querystring: dashboardDiffQuery,
          response: { 200: dashboardDiffResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { app: appId, dashboard, version } = request.params;
        return diffVersions(ctx, appId, dashboard, version, request.query.against);
      },
    );

    app.post(
      '/api/apps/:app/dashboards/:dashboard/versions/:version/restore',
      {
        config: { access: dashboardsEdit },
        schema: {
          tags,
          summary: "Save an earlier version's content as the dashboard's next version; checked like any save",
          params: dashboardVersionParams,
          response: { 200: dashboardResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { dashboard, version } = request.params;
        return restoreVersion(ctx, appActorOf(request), dashboard, version);
      },
    );
  };
}
