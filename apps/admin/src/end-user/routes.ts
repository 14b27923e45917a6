// The end-user app (DESIGN.md §6): an app's users sign in at /a/<slug> with the app's own sign-in
// screen and use the pages visible to them. Same build as the backoffice; only the public API.
import { createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { ApiError } from '../api/client.js';
import { publicAppQuery } from '../api/end-user.js';
import { type Me, meQuery } from '../api/session.js';
import { RouteErrorPage } from '../components/status-pages.js';
import { rootRoute } from '../routes/layouts.js';
import { text } from '../routes/search.js';

/** An app's end-user app; an address no app holds is a 404 before anything else. */
export const endUserRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/a/$appSlug',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(publicAppQuery(params.appSlug)),
  component: Outlet,
  errorComponent: RouteErrorPage,
});

const signIn = createRoute({
  getParentRoute: () => endUserRoute,
  path: 'sign-in',
  validateSearch: (
    s: Record<string, unknown>,
  ): { redirect?: string; signedOut?: string; error?: string } => ({
    redirect: text(s.redirect),
    signedOut: text(s.signedOut),
    // An identity provider that refused sends the browser back here with its reason.
    error: text(s.error),
  }),
  component: lazyRouteComponent(() => import('./sign-in-page.js'), 'EndUserSignInPage'),
});

const register = createRoute({
  getParentRoute: () => endUserRoute,
  path: 'register',
  component: lazyRouteComponent(() => import('./register-page.js'), 'EndUserRegisterPage'),
});

/** Every screen of the app behind sign-in; a visitor is sent to the app's own sign-in screen. */
const signedIn = createRoute({
  getParentRoute: () => endUserRoute,
  id: 'end-user-signed-in',
  beforeLoad: async ({ context, location, params }) => {
    let me: Me | null;
    try {
      me = await context.queryClient.fetchQuery(meQuery);
    } catch (error) {
      // Viewing the app as another user: the app is theirs to see, under the banner.
      if (error instanceof ApiError && error.code === 'VIEW_AS_RESTRICTED') return;
      throw error;
    }
    if (!me) {
      throw redirect({ to: '/a/$appSlug/sign-in', params, search: { redirect: location.href } });
    }
    if (me.mustChangePassword)
      throw redirect({ to: '/change-password', search: { redirect: location.href } });
  },
  component: lazyRouteComponent(() => import('./shell.js'), 'EndUserShell'),
  errorComponent: RouteErrorPage,
});

const home = createRoute({
  getParentRoute: () => signedIn,
  path: '/',
  component: lazyRouteComponent(() => import('./page.js'), 'EndUserHome'),
});

const page = createRoute({
  getParentRoute: () => signedIn,
  path: '$pageSlug',
  // The record a record view shows or edits: /a/<app>/<page>?record=<id>.
  validateSearch: (s: Record<string, unknown>): { record?: string } => ({ record: text(s.record) }),
  component: lazyRouteComponent(() => import('./page.js'), 'EndUserPage'),
});

export const endUserRoutes = [
  endUserRoute.addChildren([signIn, register, signedIn.addChildren([home, page])]),
];
