import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { AuditFilters } from '../../api/companies.js';
import { companyRoute } from '../layouts.js';
import { text } from '../search.js';

const overview = createRoute({
  getParentRoute: () => companyRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./company-page.js'), 'CompanyPage'),
});

const settings = createRoute({
  getParentRoute: () => companyRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./settings-page.js'), 'SettingsPage'),
});

const billing = createRoute({
  getParentRoute: () => companyRoute,
  path: '/billing',
  component: lazyRouteComponent(() => import('./billing-page.js'), 'BillingPage'),
});

const members = createRoute({
  getParentRoute: () => companyRoute,
  path: '/members',
  component: lazyRouteComponent(() => import('./members-page.js'), 'MembersPage'),
});

const security = createRoute({
  getParentRoute: () => companyRoute,
  path: '/security',
  component: lazyRouteComponent(() => import('./security-page.js'), 'SecurityPage'),
});

const audit = createRoute({
  getParentRoute: () => companyRoute,
  path: '/audit',
  // The filters live in the address, so a filtered log can be linked and the back button works.
  validateSearch: (s: Record<string, unknown>): AuditFilters => ({
    actor: text(s.actor),
    action: text(s.action),
    from: text(s.from),
    to: text(s.to),
  }),
  component: lazyRouteComponent(() => import('./audit-page.js'), 'AuditPage'),
});

/** A company's screens, under /companies/$company. */
export const companyRoutes = [overview, settings, billing, members, security, audit] as const;
