import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../layouts.js';
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
  validateSearch: (s: Record<string, unknown>): { error?: string; changed?: number } => ({
    error: text(s.error),
    changed: number(s.changed),
  }),
  component: lazyRouteComponent(() => import('./email-confirmed-page.js'), 'EmailConfirmedPage'),
});

/** Pages anyone can open: signing in and every page a mailed link lands on. */
export const publicRoutes = [signIn, register, setup, emailConfirmed] as const;
