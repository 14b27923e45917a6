import { Alert, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { CircleAlert, CircleCheck, MailCheck } from 'lucide-react';
import { useState } from 'react';
import { useMe } from '../../api/session.js';
import { AuthCard } from '../../components/auth-card.js';
import { ButtonLink } from '../../components/links.js';
import { takeReturn } from '../../components/return-to.js';

const route = getRouteApi('/email-confirmed');

/**
 * Where every mailed address link lands: confirming an address, approving an email change from
 * the old address, and confirming it at the new one. Each says what happened and what comes next.
 */
export function EmailConfirmedPage() {
  const { error, changed, approved } = route.useSearch();
  const signedIn = Boolean(useMe().data);
  // Where the person was going when they created the account (an invitation, say), else home.
  const [next] = useState(() => (changed ? undefined : takeReturn()) ?? '/');
  const endUserApp = /^\/a\/([^/?#]+)/.exec(next)?.[1];
  if (error) {
    return (
      <AuthCard title="Your email address was not confirmed">
        <Alert
          color="red"
          icon={<CircleAlert size={18} />}
          title="It has expired or was already used"
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">
              Confirming an address: if it is already confirmed, just sign in; if not, signing in offers to
              send a new link.
            </Text>
            <Text size="sm">
              Changing your email address: each link works once. Open the links while signed in to the account
              that asked for the change; if they expired, ask for the change again from your account.
            </Text>
          </Stack>
        </Alert>
        {signedIn ? (
          <ButtonLink to="/account" search={{}} fullWidth>
            Go to your account
          </ButtonLink>
        ) : (
          <ButtonLink to="/sign-in" search={{}} fullWidth>
            Go to sign in
          </ButtonLink>
        )}
      </AuthCard>
    );
  }
  if (approved) {
    return (
      <AuthCard title="Change approved — one step left">
        <Alert color="green" icon={<MailCheck size={18} />} title="Now confirm from the new address">
          <Text size="sm">
            We sent a link to your new address. Open it to finish: until then you keep signing in with your
            current address.
          </Text>
        </Alert>
        <ButtonLink to="/" variant="default" fullWidth>
          Continue
        </ButtonLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={changed ? 'Email address changed' : 'Email confirmed'}>
      <Stack gap="sm">
        <Alert
          color="green"
          icon={<CircleCheck size={18} />}
          title={changed ? 'Your new address is in use' : 'Your address is confirmed'}
        >
          <Text size="sm">
            {changed
              ? 'Sign in with your new address from now on; mails from Charter go there.'
              : 'You can sign in now.'}
          </Text>
        </Alert>
        {signedIn ? (
          <ButtonLink to={next} fullWidth>
            Continue
          </ButtonLink>
        ) : endUserApp ? (
          // Registered into an app: its own sign-in screen, then the app.
          <ButtonLink
            to="/a/$appSlug/sign-in"
            params={{ appSlug: endUserApp }}
            search={{ redirect: next }}
            fullWidth
          >
            Sign in
          </ButtonLink>
        ) : (
          <ButtonLink to="/sign-in" search={{ redirect: next }} fullWidth>
            Sign in
          </ButtonLink>
        )}
      </Stack>
    </AuthCard>
  );
}
