import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../layouts.js';
import { text } from '../search.js';
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
  rules,
  newRule,
  rule,
] as const;
