import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { appQuery } from '../api/apps.js';
import { ApiError } from '../api/client.js';
import { companyQuery } from '../api/companies.js';
import { type Me, meQuery } from '../api/session.js';
import { NotFoundPage, RouteErrorPage } from '../components/status-pages.js';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The server sends mailed confirmation links back to `/?emailVerified=1` and its kin; they get a
  // page of their own that says what happened, signed in or not.
  beforeLoad: ({ location }) => {
    const search = location.search as Record<string, unknown>;
    if (location.pathname !== '/') return;
    if (search.emailVerificationError) {
      throw redirect({ to: '/email-confirmed', search: { error: String(search.emailVerificationError) } });
    }
    if (search.emailVerified) throw redirect({ to: '/email-confirmed', search: {} });
    if (search.emailChanged) throw redirect({ to: '/email-confirmed', search: { changed: 1 } });
    if (search.emailChangeApproved) throw redirect({ to: '/email-confirmed', search: { approved: 1 } });
  },
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

/**
 * Every screen behind sign-in. A visitor is sent to sign in and brought back afterwards.
 */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    let me: Me | null;
    try {
      me = await context.queryClient.fetchQuery(meQuery);
    } catch (error) {
      // Viewing the app as another user closes everything but that app's data; the shell still
      // opens, with the banner that ends the view, and each screen explains what is closed.
      if (error instanceof ApiError && error.code === 'VIEW_AS_RESTRICTED') return { me: null };
      throw error;
    }
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    // A temporary password opens nothing until the person has chosen their own.
    if (me.mustChangePassword)
      throw redirect({ to: '/change-password', search: { redirect: location.href } });
    return { me };
  },
  // The shell loads with the first signed-in screen, so the sign-in page stays small.
  component: lazyRouteComponent(() => import('../shell/app-shell.js'), 'AppShell'),
  errorComponent: RouteErrorPage,
});

/** A company's screens; loading the company first means a stranger's id gives a clear 404. */
export const companyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/companies/$company',
  loader: ({ context, params, location }) =>
    context.queryClient
      .ensureQueryData(companyQuery(params.company))
      .catch((error: unknown) => enrolFirst(error, location.href)),
  component: Outlet,
  errorComponent: RouteErrorPage,
});

/** An application's screens. */
export const appRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/apps/$app',
  loader: ({ context, params, location }) =>
    context.queryClient
      .ensureQueryData(appQuery(params.app))
      .catch((error: unknown) => enrolFirst(error, location.href)),
  component: Outlet,
  errorComponent: RouteErrorPage,
});

/** A company or role that requires two-factor authentication sends the person to enrol, then back. */
function enrolFirst(error: unknown, href: string): never {
  if (error instanceof ApiError && error.code === 'MFA_ENROLLMENT_REQUIRED') {
    throw redirect({ to: '/enrol-mfa', search: { redirect: href } });
  }
  throw error;
}
