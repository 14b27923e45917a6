import { Alert, Anchor, Button, Checkbox, Divider, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ApiError, api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { TextLink } from '../../components/links.js';
import { insidePath } from '../../components/return-to.js';
import { SignInFields } from './credential-fields.js';
import { MfaStep } from './mfa-step.js';
import { usePasswordSignIn } from './password-sign-in.js';
import { ProviderButtons } from './provider-buttons.js';

const route = getRouteApi('/sign-in');

/** Sign in with a password (then a second factor if enrolled), a social account or a company provider. */
export function SignInPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const { form, signIn, step, setStep, signedIn } = usePasswordSignIn(() =>
    navigate({ href: insidePath(search.redirect) ?? '/', replace: true }),
  );

  if (step === 'mfa') {
    return (
      <AuthCard
        title="Two-factor authentication"
        description="Enter the 6-digit code from your authenticator app, or one of your backup codes."
      >
        <MfaStep onSignedIn={signedIn} onBack={() => setStep('password')} />
      </AuthCard>
    );
  }

  const notVerified =
    signIn.error instanceof ApiError && signIn.error.code === 'EMAIL_NOT_VERIFIED' ? signIn.error : null;
  return (
    <AuthCard title="Sign in to Charter">
      {search.signedOut ? <Alert color="gray" title="You are signed out" /> : null}
      {search.error ? (
        <Alert color="red" title="Signing in with that provider did not work" role="alert">
          <Text size="sm">
            The provider answered: {String(search.error)}. Try again, or sign in with your password.
          </Text>
        </Alert>
      ) : null}
      <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
        <Stack gap="sm">
          <SignInFields form={form} />
          <Group justify="space-between">
            <Checkbox label="Keep me signed in" {...form.getInputProps('rememberMe', { type: 'checkbox' })} />
            <TextLink
              to="/forgot-password"
              search={form.values.email.includes('@') ? { email: form.values.email } : {}}
              size="sm"
            >
              Forgot your password?
            </TextLink>
          </Group>
          {notVerified ? (
            <ResendVerification email={form.values.email} message={notVerified.message} />
          ) : (
            <ApiErrorAlert error={signIn.error} title="Not signed in" />
          )}
          <Button type="submit" loading={signIn.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
      <ProviderButtons redirect={search.redirect} />
      <Divider />
      <Text size="sm" ta="center">
        New here?{' '}
        <TextLink to="/register" search={{}}>
          Create an account
        </TextLink>
      </Text>
    </AuthCard>
  );
}

function ResendVerification({ email, message }: { email: string; message: string }) {
  const resend = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/verify-email/resend', { body: { email } })),
  });
  return (
    <Alert color="orange" title="Your email address is not confirmed yet" role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {resend.isSuccess ? (
          <Text size="sm">We sent a new link to {email}. It works once.</Text>
        ) : (
          <Anchor component="button" type="button" size="sm" onClick={() => resend.mutate()}>
            Send the confirmation link again
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
