import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { CircleAlert, CircleCheck } from 'lucide-react';
import { ApiError, api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { ButtonLink } from '../../components/links.js';
import { NewPasswordInput } from '../../components/new-password-input.js';

const route = getRouteApi('/reset-password');

/**
 * Where the mailed reset link lands (the server checks the link, then sends the browser here with
 * `?token=`, or with `?error=` when the link is unknown, expired or used).
 */
export function ResetPasswordPage() {
  const { token, error } = route.useSearch();
  const form = useForm({
    initialValues: { newPassword: '' },
    validate: { newPassword: (v) => (v.length >= 12 ? null : 'Use at least 12 characters') },
  });
  const reset = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/password/reset', { body: { token: token ?? '', ...values } })),
    onError: (e) => showFieldErrors(form, e),
  });

  if (reset.isSuccess) {
    return (
      <AuthCard title="Password changed — sign in">
        <Alert color="green" icon={<CircleCheck size={18} />} title="Your new password is in use">
          <Text size="sm">
            For your safety, every device that was signed in has been signed out. Sign in with your new
            password.
          </Text>
        </Alert>
        <ButtonLink to="/sign-in" search={{}} fullWidth>
          Sign in
        </ButtonLink>
      </AuthCard>
    );
  }

  // The token is refused when it expired or was used: say so, and offer a new link.
  const tokenRefused = reset.error instanceof ApiError && reset.error.code === 'INVALID_TOKEN';
  if (!token || error || tokenRefused) {
    return (
      <AuthCard title="This reset link no longer works">
        <Alert
          color="red"
          icon={<CircleAlert size={18} />}
          title="The link has expired or was already used"
          role="alert"
        >
          <Text size="sm">
            A reset link works once, for one hour. Ask for a new one and use the newest mail. If you have
            already chosen a new password, just sign in with it.
          </Text>
        </Alert>
        <ButtonLink to="/forgot-password" search={{}} fullWidth>
          Send me a new link
        </ButtonLink>
        <ButtonLink to="/sign-in" search={{}} variant="default" fullWidth>
          Go to sign in
        </ButtonLink>
      </AuthCard>
    );
  }

  const placed = reset.error instanceof ApiError && Object.keys(form.errors).length > 0;
  return (
    <AuthCard
      title="Choose a new password"
      description="You will sign in with it from now on, on every device."
    >
      <form onSubmit={form.onSubmit((values) => reset.mutate(values))} noValidate>
        <Stack gap="sm">
          <NewPasswordInput
            label="New password"
            required
            data-autofocus
            {...form.getInputProps('newPassword')}
          />
          {!placed && <ApiErrorAlert error={reset.error} title="Your password was not changed" />}
          <Button type="submit" loading={reset.isPending} fullWidth>
            Save the new password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
