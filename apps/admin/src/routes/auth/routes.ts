import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../layouts.js';

// Search params arrive parsed as JSON (`?x=1` is a number), so text params coerce.
const text = z.coerce.string().optional();

const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: z.object({ redirect: text, signedOut: z.coerce.number().optional(), error: text }),
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
  validateSearch: z.object({ token: text }),
  component: lazyRouteComponent(() => import('./setup-page.js'), 'SetupPage'),
});

const emailConfirmed = createRoute({
  getParentRoute: () => rootRoute,
  path: '/email-confirmed',
  validateSearch: z.object({ error: text, changed: z.coerce.number().optional() }),
  component: lazyRouteComponent(() => import('./email-confirmed-page.js'), 'EmailConfirmedPage'),
});

/** Pages anyone can open: signing in and every page a mailed link lands on. */
export const publicRoutes = [signIn, register, setup, emailConfirmed] as const;
