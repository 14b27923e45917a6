import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../api/client.js';
import { publicAppQuery } from '../api/end-user.js';
import { meQuery } from '../api/session.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { showFieldErrors } from '../components/form-errors.js';
import { TextLink } from '../components/links.js';
import { insidePath } from '../components/return-to.js';
import { MfaStep } from '../routes/auth/mfa-step.js';
import { EndUserCard } from './card.js';

const route = getRouteApi('/a/$appSlug/sign-in');

/** The app's own sign-in screen: its heading, line and colour from the app's login template. */
export function EndUserSignInPage() {
  const { appSlug } = route.useParams();
  const search = route.useSearch();
  const { data: app } = useSuspenseQuery(publicAppQuery(appSlug));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  const form = useForm({
    initialValues: { email: '', password: '', rememberMe: true },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  async function signedIn() {
    await queryClient.invalidateQueries();
    await queryClient.fetchQuery(meQuery);
    const back = insidePath(search.redirect);
    if (back) await navigate({ href: back, replace: true });
    else await navigate({ to: '/a/$appSlug', params: { appSlug }, replace: true });
  }

  const signIn = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.POST('/api/auth/login', { body: values })),
    onSuccess: async (answer) => {
      if (answer.status === 'mfa_required') setStep('mfa');
      else await signedIn();
    },
    onError: (error) => showFieldErrors(form, error),
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
