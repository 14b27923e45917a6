import { createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { endUserRoutes } from './end-user/routes.js';
import { queryClient } from './query-client.js';
import { accountRoutes } from './routes/account/routes.js';
import { appRoutes } from './routes/apps/routes.js';
import { publicRoutes } from './routes/auth/routes.js';
import { companyRoutes } from './routes/companies/routes.js';
import { invitationRoutes } from './routes/invitations/routes.js';
import { appRoute, companyRoute, rootRoute, signedInRoute } from './routes/layouts.js';

const home = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/home-page.js'), 'HomePage'),
});

const routeTree = rootRoute.addChildren([
  ...publicRoutes,
  ...endUserRoutes,
  ...invitationRoutes,
  signedInRoute.addChildren([
    home,
    companyRoute.addChildren([...companyRoutes]),
    appRoute.addChildren([...appRoutes]),
    ...accountRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Loaders read through TanStack Query, which owns caching; the router always asks it.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
