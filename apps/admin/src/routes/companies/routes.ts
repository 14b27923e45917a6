import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { companyRoute } from '../layouts.js';

const overview = createRoute({
  getParentRoute: () => companyRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./company-page.js'), 'CompanyPage'),
});

/** A company's screens, under /companies/$company. */
export const companyRoutes = [overview] as const;
