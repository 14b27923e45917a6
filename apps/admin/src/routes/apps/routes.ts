import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../layouts.js';

const overview = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./app-page.js'), 'AppPage'),
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

/** An application's screens, under /apps/$app. */
export const appRoutes = [overview, roles, rights, attributes] as const;
