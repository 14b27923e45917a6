// A dashboard's data for one person: every widget computed in SQL under that person's data rules
// (DESIGN.md §4), for the caller, or in a preview for an app user the caller may view the app as.
import { buildPrincipal, missingGateRight, type Principal, renderSql, type Sql } from '@charter/policy';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import { sharedErrors } from '../../http/error-codes.js';
import { viewableTarget } from '../access/view-as.service.js';
import { appPrincipalOf, loadAppPrincipal } from '../app-users/app-principal.js';
import type { DashboardInput, SavedDashboard } from '../dashboards/dashboards.schema.js';
import { checkDashboard, getDashboard } from '../dashboards/dashboards.service.js';
import type { AppPolicy, PolicyEngines } from '../data/policy-engines.js';
import { notAnAppUser } from '../records/records.errors.js';
import type { AppAccess } from '../tenancy/tenant-access.js';
import { holdsAppRight } from '../tenancy/tenant-access.js';
import type { DashboardData, WidgetData } from './dashboard-data.schema.js';
import { computeWidget, type WidgetContext, widgetRefusal } from './widget-data.js';

/** Who asks: the caller's standing in the app, as the tenant guard loaded it. */
export interface DashboardCaller {
  access: AppAccess;
  accountId: string;
  email: string;
}

/** The person whose rules the data is computed under. */
interface Viewer {
  principal: Principal;
  user: { id: string; email: string };
}

// Viewing the app as someone needs this right (access.routes.ts): so does a preview as them.
const VIEW_AS_RIGHT = 'app.dataformats.read';

/** The data of a saved dashboard for the caller; with `widget`, that widget alone. */
export async function dashboardData(
  ctx: AppContext,
  engines: PolicyEngines,
  caller: DashboardCaller,
  ref: string,
  widget?: string,
): Promise<DashboardData> {
  const appId = caller.access.appId;
  const [policy, dashboard] = await Promise.all([
    engines.forApp(appId, caller.access.policyVersion),
    getDashboard(ctx, appId, ref),
  ]);
  const viewer = callerViewer(policy, caller);
  const meta = { id: dashboard.id, title: dashboard.title, version: dashboard.version };
  return compute(ctx, policy, viewer, meta, dashboard, widget);
}

/** The data of an unsaved dashboard, checked like a save, for the caller or `as` another app user. */
export async function previewDashboardData(
  ctx: AppContext,
  engines: PolicyEngines,
  caller: DashboardCaller,
  input: { proposed: DashboardInput; as?: string | undefined; widget?: string | undefined },
): Promise<DashboardData> {
  const appId = caller.access.appId;
  const [policy, dashboard] = await Promise.all([
    engines.forApp(appId, caller.access.policyVersion),
    checkDashboard(ctx, appId, input.proposed),
  ]);
  const viewer =
    input.as === undefined || isCaller(caller, input.as)
      ? callerViewer(policy, caller)
      : await viewerAs(ctx, policy, caller, input.as);
  const meta = { id: null, title: dashboard.title, version: null };
  return compute(ctx, policy, viewer, meta, dashboard, input.widget);
}

async function compute(
  ctx: AppContext,
  policy: AppPolicy,
  viewer: Viewer,
  meta: DashboardData['dashboard'],
  dashboard: SavedDashboard,
  only: string | undefined,
): Promise<DashboardData> {
  // The data gate comes before any rule, as for the records API.
  const missing = missingGateRight(policy.ruleSet, viewer.principal, 'read');
  if (missing) throw sharedErrors.FORBIDDEN(`This needs the right ${missing}.`, { required: [missing] });
  const now = ctx.clock.now();
  const wc: WidgetContext = {
    policy,
    principal: viewer.principal,
    now: now.getTime(),
    run: async (fragment: Sql) => {
      const { text, values } = renderSql(fragment);
      return (await ctx.database.pool.query(text, values as unknown[])).rows;
    },
  };
  let widgets: WidgetData[];
  if (only !== undefined) {
    const widget = dashboard.widgets.find((w) => w.id === only.toLowerCase());
    if (!widget) throw notFound('widget');
    widgets = [await computeWidget(wc, widget)];
  } else {
    widgets = await Promise.all(
      dashboard.widgets.map((w) => computeWidget(wc, w).catch((error) => widgetRefusal(w, error))),
    );
  }
  return { dashboard: meta, user: viewer.user, computedAt: now, widgets };
}

function callerViewer(policy: AppPolicy, caller: DashboardCaller): Viewer {
  const user = appPrincipalOf(caller.access, caller.accountId, caller.email);
  if (!user) throw notAnAppUser();
  return { principal: buildPrincipal(user, policy.ruleSet), user: { id: user.id, email: user.email } };
}

async function viewerAs(
  ctx: AppContext,
  policy: AppPolicy,
  caller: DashboardCaller,
  as: string,
): Promise<Viewer> {
  if (!holdsAppRight(caller.access, VIEW_AS_RIGHT)) {
    throw sharedErrors.FORBIDDEN(`Computing for another person needs the right ${VIEW_AS_RIGHT}.`, {
      required: [VIEW_AS_RIGHT],
      field: 'as',
    });
  }
  const target = await viewableTarget(ctx, caller, as);
  const user = await loadAppPrincipal(ctx.database.db, caller.access.appId, target.id);
  if (!user) throw notAnAppUser();
  return { principal: buildPrincipal(user, policy.ruleSet), user: { id: user.id, email: user.email } };
}

function isCaller(caller: DashboardCaller, as: string): boolean {
  return (
    as.toLowerCase() === caller.accountId.toLowerCase() || as.toLowerCase() === caller.email.toLowerCase()
  );
}
