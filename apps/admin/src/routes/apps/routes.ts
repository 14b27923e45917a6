import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { ACTIONS, type ExplainSearch } from '../../api/access.js';
import { appRoute } from '../layouts.js';
import { text } from '../search.js';
import type { MediaSearch } from './media/media-page.js';
import type { RecordsSearch } from './records/collection-records-page.js';
import { newRuleSearch } from './rules/rule-search.js';

const overview = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./app-page.js'), 'AppPage'),
});

const users = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  validateSearch: (
    s: Record<string, unknown>,
  ): { search?: string; role?: string; status?: 'active' | 'suspended' } => ({
    search: text(s.search),
    role: text(s.role),
    status: s.status === 'active' || s.status === 'suspended' ? s.status : undefined,
  }),
  component: lazyRouteComponent(() => import('./users/users-page.js'), 'UsersPage'),
});

const settings = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./settings/settings-page.js'), 'SettingsPage'),
});

const roles = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles',
  component: lazyRouteComponent(() => import('./roles/roles-page.js'), 'RolesPage'),
});

const rights = createRoute({
  getParentRoute: () => appRoute,
  path: '/rights',
  component: lazyRouteComponent(() => import('./rights/rights-page.js'), 'RightsPage'),
});

const attributes = createRoute({
  getParentRoute: () => appRoute,
  path: '/attributes',
  component: lazyRouteComponent(() => import('./attributes/attributes-page.js'), 'AttributesPage'),
});

const dataModel = createRoute({
  getParentRoute: () => appRoute,
  path: '/data-model',
  component: lazyRouteComponent(() => import('./data-model/data-model-page.js'), 'DataModelPage'),
});

const collection = createRoute({
  getParentRoute: () => appRoute,
  path: '/data-model/$collection',
  component: lazyRouteComponent(() => import('./data-model/collection-page.js'), 'CollectionPage'),
});

const records = createRoute({
  getParentRoute: () => appRoute,
  path: '/records',
  component: lazyRouteComponent(() => import('./records/records-page.js'), 'RecordsPage'),
});

const collectionRecords = createRoute({
  getParentRoute: () => appRoute,
  path: '/records/$collection',
  validateSearch: (s: Record<string, unknown>): RecordsSearch => ({
    filter: text(s.filter),
    sort: text(s.sort),
    search: text(s.search),
    fields: text(s.fields),
    expand: text(s.expand),
    after: text(s.after),
    trail: Array.isArray(s.trail) ? s.trail.map((t) => String(t ?? '')) : undefined,
  }),
  component: lazyRouteComponent(
    () => import('./records/collection-records-page.js'),
    'CollectionRecordsPage',
  ),
});

const permissions = createRoute({
  getParentRoute: () => appRoute,
  path: '/permissions',
  validateSearch: (s: Record<string, unknown>): { collection?: string } => ({
    collection: text(s.collection),
  }),
  component: lazyRouteComponent(() => import('./permissions/permissions-page.js'), 'PermissionsPage'),
});

const policy = createRoute({
  getParentRoute: () => appRoute,
  path: '/policy',
  component: lazyRouteComponent(() => import('./policy/policy-page.js'), 'PolicyPage'),
});

const permissionTests = createRoute({
  getParentRoute: () => appRoute,
  path: '/policy/tests',
  component: lazyRouteComponent(() => import('./policy/tests-page.js'), 'PermissionTestsPage'),
});

const explain = createRoute({
  getParentRoute: () => appRoute,
  path: '/explain',
  validateSearch: (s: Record<string, unknown>): ExplainSearch => ({
    person: text(s.person),
    action: ACTIONS.find((a) => a === s.action),
    collection: text(s.collection),
    record: text(s.record),
    list: s.list === true || s.list === 'true' || s.list === 1 ? true : undefined,
    filter: text(s.filter),
    reference: text(s.reference),
    page: text(s.page),
  }),
  component: lazyRouteComponent(() => import('./explain/explain-page.js'), 'ExplainPage'),
});

const rules = createRoute({
  getParentRoute: () => appRoute,
  path: '/rules',
  validateSearch: (s: Record<string, unknown>): { collection?: string } => ({
    collection: text(s.collection),
  }),
  component: lazyRouteComponent(() => import('./rules/rules-page.js'), 'RulesPage'),
});

const newRule = createRoute({
  getParentRoute: () => appRoute,
  path: '/rules/new',
  validateSearch: newRuleSearch,
  component: lazyRouteComponent(() => import('./rules/rule-page.js'), 'NewRulePage'),
});

const rule = createRoute({
  getParentRoute: () => appRoute,
  path: '/rules/$rule',
  component: lazyRouteComponent(() => import('./rules/rule-page.js'), 'RulePage'),
});

const pages = createRoute({
  getParentRoute: () => appRoute,
  path: '/pages',
  component: lazyRouteComponent(() => import('./pages/pages-page.js'), 'PagesPage'),
});

const newPage = createRoute({
  getParentRoute: () => appRoute,
  path: '/pages/new',
  validateSearch: (s: Record<string, unknown>): { parent?: string } => ({ parent: text(s.parent) }),
  component: lazyRouteComponent(() => import('./pages/page-editor-page.js'), 'NewPagePage'),
});

const page = createRoute({
  getParentRoute: () => appRoute,
  path: '/pages/$page',
  component: lazyRouteComponent(() => import('./pages/page-editor-page.js'), 'PageEditorPage'),
});

const media = createRoute({
  getParentRoute: () => appRoute,
  path: '/media',
  validateSearch: (s: Record<string, unknown>): MediaSearch => ({
    search: text(s.search),
    folder: text(s.folder),
    tag: text(s.tag),
    file: text(s.file),
  }),
  component: lazyRouteComponent(() => import('./media/media-page.js'), 'MediaPage'),
});

const dashboards = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards',
  component: lazyRouteComponent(() => import('./dashboards/dashboards-page.js'), 'DashboardsPage'),
});

const newDashboard = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards/new',
  component: lazyRouteComponent(() => import('./dashboards/dashboard-editor-page.js'), 'NewDashboardPage'),
});

const dashboard = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards/$dashboard',
  component: lazyRouteComponent(() => import('./dashboards/dashboard-page.js'), 'DashboardPage'),
});

const editDashboard = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards/$dashboard/edit',
  component: lazyRouteComponent(() => import('./dashboards/dashboard-editor-page.js'), 'DashboardEditorPage'),
});

/** An application's screens, under /apps/$app. */
export const appRoutes = [
  overview,
  users,
  roles,
  rights,
  attributes,
  settings,
  dataModel,
  collection,
  records,
  collectionRecords,
  permissions,
  policy,
  permissionTests,
  explain,
  rules,
  newRule,
  rule,
  pages,
  newPage,
  page,
  dashboards,
  newDashboard,
  dashboard,
  editDashboard,
  media,
] as const;
