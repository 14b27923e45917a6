import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../layouts.js';
import { text } from '../search.js';

// The link in the invitation mail: /invitations/accept?token=… (open to visitors: the token is
// the credential, and a visitor is offered to sign in or register, then brought back).
const accept = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations/accept',
  validateSearch: (s: Record<string, unknown>): { token?: string } => ({ token: text(s.token) }),
  component: lazyRouteComponent(() => import('./accept-invitation-page.js'), 'AcceptInvitationPage'),
});

/** Pages a mailed invitation opens. */
export const invitationRoutes = [accept] as const;
