import { queryOptions } from '@tanstack/react-query';
import { api, type BodyIssue, bodyIssues, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type Dashboard = Ok<'getDashboard'>;
export type DashboardBody = BodyOf<'createDashboard'>;
export type Widget = Dashboard['widgets'][number];
export type WidgetKind = Widget['kind'];
export type DashboardData = Ok<'getDashboardData'>;
export type WidgetData = DashboardData['widgets'][number];

/** Who may see dashboards, and who may change them. */
export const DASHBOARDS_READ = 'app.dashboards.read';
export const DASHBOARDS_EDIT = 'app.dashboards.edit';

export const dashboardsKey = (app: string) => ['apps', app, 'dashboards'] as const;

export const dashboardsQuery = (app: string) =>
  queryOptions({
    queryKey: dashboardsKey(app),
    queryFn: () => unwrap(api.GET('/api/apps/{app}/dashboards', { params: { path: { app } } })),
  });

export const dashboardQuery = (app: string, dashboard: string) =>
  queryOptions({
    queryKey: [...dashboardsKey(app), dashboard],
    queryFn: () =>
      unwrap(api.GET('/api/apps/{app}/dashboards/{dashboard}', { params: { path: { app, dashboard } } })),
  });

/** A dashboard's widgets computed under the caller's own data rules. */
export const dashboardDataQuery = (app: string, dashboard: string) =>
  queryOptions({
    queryKey: [...dashboardsKey(app), dashboard, 'data'],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/dashboards/{dashboard}/data', { params: { path: { app, dashboard } } }),
      ),
  });

/** An unsaved dashboard computed for the caller, or as another app user (`as`: their email). */
export function previewDashboard(app: string, proposed: DashboardBody, as?: string) {
  return unwrap(
    api.POST('/api/apps/{app}/dashboards/preview', {
      params: { path: { app } },
      body: { proposed, ...(as ? { as } : {}) },
    }),
  );
}

export function saveDashboard(app: string, id: string | null, body: DashboardBody, baseVersion?: number) {
  if (id === null) return unwrap(api.POST('/api/apps/{app}/dashboards', { params: { path: { app } }, body }));
  return unwrap(
    api.PUT('/api/apps/{app}/dashboards/{dashboard}', {
      params: { path: { app, dashboard: id } },
      body: { ...body, ...(baseVersion ? { baseVersion } : {}) },
    }),
  );
}

export function deleteDashboard(app: string, dashboard: string) {
  return unwrap(
    api.DELETE('/api/apps/{app}/dashboards/{dashboard}', { params: { path: { app, dashboard } } }),
  );
}

export function fetchDashboardVersions(app: string, dashboard: string) {
  return unwrap(
    api.GET('/api/apps/{app}/dashboards/{dashboard}/versions', { params: { path: { app, dashboard } } }),
  );
}

export function fetchDashboardDiff(app: string, dashboard: string, version: number) {
  return unwrap(
    api.GET('/api/apps/{app}/dashboards/{dashboard}/versions/{version}/diff', {
      params: { path: { app, dashboard, version: String(version) }, query: {} },
    }),
  );
}

export function restoreDashboardVersion(app: string, dashboard: string, version: number) {
  return unwrap(
    api.POST('/api/apps/{app}/dashboards/{dashboard}/versions/{version}/restore', {
      params: { path: { app, dashboard, version: String(version) } },
    }),
  );
}

/** One problem DASHBOARD_INVALID lists: the body field (`widgets.0.filter`), and where in a condition. */
export type DashboardIssue = BodyIssue;

export const dashboardIssues = (error: unknown): DashboardIssue[] => bodyIssues(error, 'DASHBOARD_INVALID');
