import { Alert, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { CircleAlert, CircleCheck } from 'lucide-react';
import { AuthCard } from '../../components/auth-card.js';
import { ButtonLink } from '../../components/links.js';

const route = getRouteApi('/email-confirmed');

/** Where the mailed confirmation link lands: what happened, and the next step. */
export function EmailConfirmedPage() {
  const { error, changed } = route.useSearch();
  if (error) {
    return (
      <AuthCard title="Your email address was not confirmed">
        <Alert color="red" icon={<CircleAlert size={18} />} title="The link did not work" role="alert">
          <Text size="sm">
            It has expired or was already used. If your address is already confirmed, just sign in; if not,
            signing in offers to send a new link.
          </Text>
        </Alert>
        <ButtonLink to="/sign-in" search={{}} fullWidth>
          Go to sign in
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
            {changed ? 'Sign in with your new address from now on.' : 'You can sign in now.'}
          </Text>
        </Alert>
        <ButtonLink to="/" fullWidth>
          Continue
        </ButtonLink>
      </Stack>
    </AuthCard>
  );
}
