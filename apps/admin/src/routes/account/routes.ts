import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signedInRoute } from '../layouts.js';
import { text } from '../search.js';

export type AccountTab = 'profile' | 'two-factor' | 'sessions' | 'api-keys';
const TABS: readonly AccountTab[] = ['profile', 'two-factor', 'sessions', 'api-keys'];

const account = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account',
  validateSearch: (s: Record<string, unknown>): { tab?: AccountTab } => {
    const tab = text(s.tab) as AccountTab | undefined;
    return { tab: tab && TABS.includes(tab) ? tab : undefined };
  },
  component: lazyRouteComponent(() => import('./account-page.js'), 'AccountPage'),
});

/** The signed-in person's own account: profile, sign-in, two-factor, sessions and API keys. */
export const accountRoutes = [account] as const;
