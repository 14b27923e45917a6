import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { meQuery } from '../../api/session.js';
import { type RouterContext, rootRoute } from '../layouts.js';
import { number, text } from '../search.js';

const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (
    s: Record<string, unknown>,
  ): { redirect?: string; signedOut?: number; error?: string } => ({
    redirect: text(s.redirect),
    signedOut: number(s.signedOut),
    error: text(s.error),
  }),
  component: lazyRouteComponent(() => import('./sign-in-page.js'), 'SignInPage'),
});

const register = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  validateSearch: (s: Record<string, unknown>): { redirect?: string; email?: string } => ({
    redirect: text(s.redirect),
    email: text(s.email),
  }),
  component: lazyRouteComponent(() => import('./register-page.js'), 'RegisterPage'),
});

const setup = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  validateSearch: (s: Record<string, unknown>): { token?: string } => ({ token: text(s.token) }),
  component: lazyRouteComponent(() => import('./setup-page.js'), 'SetupPage'),
});

const emailConfirmed = createRoute({
  getParentRoute: () => rootRoute,
  path: '/email-confirmed',
  validateSearch: (s: Record<string, unknown>): { error?: string; changed?: number; approved?: number } => ({
    error: text(s.error),
    changed: number(s.changed),
    approved: number(s.approved),
  }),
  component: lazyRouteComponent(() => import('./email-confirmed-page.js'), 'EmailConfirmedPage'),
});

const forgotPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: text(s.email) }),
  component: lazyRouteComponent(() => import('./forgot-password-page.js'), 'ForgotPasswordPage'),
});

// The server checks the mailed reset link, then sends the browser here with ?token= or ?error=.
const resetPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (s: Record<string, unknown>): { token?: string; error?: string } => ({
    token: text(s.token),
    error: text(s.error),
  }),
  component: lazyRouteComponent(() => import('./reset-password-page.js'), 'ResetPasswordPage'),
});

const forcedSearch = (s: Record<string, unknown>): { redirect?: string } => ({ redirect: text(s.redirect) });

/** The forced steps open without the shell, but only to a signed-in person. */
async function requireSignedIn({
  context,
  location,
}: {
  context: RouterContext;
  location: { href: string };
}) {
  const me = await context.queryClient.fetchQuery(meQuery);
  if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
}

const changePassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/change-password',
  validateSearch: forcedSearch,
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('./change-password-page.js'), 'ChangePasswordPage'),
});

const enrolMfa = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enrol-mfa',
  validateSearch: forcedSearch,
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('./enrol-mfa-page.js'), 'EnrolMfaPage'),
});

/** Pages anyone can open: signing in and every page a mailed link lands on. */
export const publicRoutes = [
  signIn,
  register,
  setup,
  emailConfirmed,
  forgotPassword,
  resetPassword,
  changePassword,
  enrolMfa,
] as const;
