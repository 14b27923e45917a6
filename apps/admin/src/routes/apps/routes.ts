import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { ACTIONS, type ExplainSearch } from '../../api/access.js';
import { appRoute } from '../layouts.js';
import { text } from '../search.js';

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
  }),
  component: lazyRouteComponent(() => import('./explain/explain-page.js'), 'ExplainPage'),
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
  explain,
] as const;
