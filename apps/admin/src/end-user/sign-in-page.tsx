import { Alert, Button, Stack, Text } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { publicAppQuery } from '../api/end-user.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { TextLink } from '../components/links.js';
import { insidePath } from '../components/return-to.js';
import { SignInFields } from '../routes/auth/credential-fields.js';
import { MfaStep } from '../routes/auth/mfa-step.js';
import { usePasswordSignIn } from '../routes/auth/password-sign-in.js';
import { ProviderButtons } from '../routes/auth/provider-buttons.js';
import { EndUserCard } from './card.js';

const route = getRouteApi('/a/$appSlug/sign-in');

/**
 * The app's own sign-in screen, from its login template: heading, line, colour, logo, and exactly
 * the ways to sign in it chose (the server leaves out any it no longer offers).
 */
export function EndUserSignInPage() {
  const { appSlug } = route.useParams();
  const search = route.useSearch();
  const { data: app } = useSuspenseQuery(publicAppQuery(appSlug));
  const navigate = useNavigate();
  const back = insidePath(search.redirect);
  const { form, signIn, step, setStep, signedIn } = usePasswordSignIn(async () => {
    if (back) await navigate({ href: back, replace: true });
    else await navigate({ to: '/a/$appSlug', params: { appSlug }, replace: true });
  });
  const { methods } = app.loginTemplate;
  const password = methods.includes('password');
  const providers = methods.filter((m) => m !== 'password');

  return (
    <EndUserCard
      app={app}
      title={app.loginTemplate.title || `Sign in to ${app.name}`}
      subtitle={app.loginTemplate.subtitle}
    >
      {search.signedOut ? <Alert color="gray" title="You are signed out" /> : null}
      {search.error ? (
        <Alert color="red" title="Signing in with that provider did not work" role="alert">
          <Text size="sm">The provider answered: {search.error}. Try again.</Text>
        </Alert>
      ) : null}
      {step === 'mfa' ? (
        <MfaStep onSignedIn={signedIn} onBack={() => setStep('password')} />
      ) : (
        password && (
          <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
            <Stack gap="sm">
              <SignInFields form={form} />
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
        )
      )}
      {step === 'password' && providers.length > 0 && (
        <ProviderButtons
          redirect={back ?? `/a/${appSlug}`}
          only={providers}
          errorPath={`/a/${appSlug}/sign-in`}
          divider={password}
        />
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
