import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { publicAppQuery } from '../api/end-user.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { TextLink } from '../components/links.js';
import { insidePath } from '../components/return-to.js';
import { MfaStep } from '../routes/auth/mfa-step.js';
import { usePasswordSignIn } from '../routes/auth/password-sign-in.js';
import { EndUserCard } from './card.js';

const route = getRouteApi('/a/$appSlug/sign-in');

/** The app's own sign-in screen: its heading, line and colour from the app's login template. */
export function EndUserSignInPage() {
  const { appSlug } = route.useParams();
  const search = route.useSearch();
  const { data: app } = useSuspenseQuery(publicAppQuery(appSlug));
  const navigate = useNavigate();
  const { form, signIn, step, setStep, signedIn } = usePasswordSignIn(async () => {
    const back = insidePath(search.redirect);
    if (back) await navigate({ href: back, replace: true });
    else await navigate({ to: '/a/$appSlug', params: { appSlug }, replace: true });
  });

  return (
    <EndUserCard
      app={app}
      title={app.loginTemplate.title || `Sign in to ${app.name}`}
      subtitle={app.loginTemplate.subtitle}
    >
      {search.signedOut ? <Alert color="gray" title="You are signed out" /> : null}
      {step === 'mfa' ? (
        <MfaStep onSignedIn={signedIn} onBack={() => setStep('password')} />
      ) : (
        <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
          <Stack gap="sm">
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <TextLink
              to="/forgot-password"
              search={form.values.email.includes('@') ? { email: form.values.email } : {}}
              size="sm"
            >
              Forgot your password?
            </TextLink>
            <ApiErrorAlert error={signIn.error} title="Not signed in" />
            <Button type="submit" loading={signIn.isPending} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      )}
      {app.registration === 'open' && (
        <Text size="sm" ta="center">
          New here?{' '}
          <TextLink to="/a/$appSlug/register" params={{ appSlug }}>
            Register
          </TextLink>
        </Text>
      )}
    </EndUserCard>
  );
}
