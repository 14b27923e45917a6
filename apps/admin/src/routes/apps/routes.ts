import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../layouts.js';

const overview = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./app-page.js'), 'AppPage'),
});

/** An application's screens, under /apps/$app. */
export const appRoutes = [overview] as const;
