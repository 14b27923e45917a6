import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { KeyRound } from 'lucide-react';
import { ApiError, api, unwrap } from '../../api/client.js';
import { meQuery, useMe } from '../../api/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { NewPasswordInput } from '../../components/new-password-input.js';
import { insidePath } from '../../components/return-to.js';

const route = getRouteApi('/change-password');

/**
 * The forced change of a temporary password: every signed-in screen sends the person here until
 * it is done, then on to where they were going.
 */
export function ChangePasswordPage() {
  const { redirect } = route.useSearch();
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter the password you signed in with'),
      newPassword: (v) => (v.length >= 12 ? null : 'Use at least 12 characters'),
    },
  });
  const change = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/password/change', { body: { ...values, revokeOtherSessions: true } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      await queryClient.fetchQuery(meQuery);
      await navigate({ href: insidePath(redirect) ?? '/', replace: true });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const placed = change.error instanceof ApiError && Object.keys(form.errors).length > 0;
  return (
    <AuthCard title="Choose your own password">
      <Alert color="indigo" icon={<KeyRound size={18} />} title="Your password is a temporary one">
        <Text size="sm">
          {me ? `${me.name}, someone` : 'Someone'} created your account with a temporary password. Choose a
          password only you know before you continue.
        </Text>
      </Alert>
      <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label="Temporary password"
            description="The one you just signed in with."
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <NewPasswordInput
            label="New password"
            required
            context={{ email: me?.email, name: me?.name }}
            {...form.getInputProps('newPassword')}
          />
          {!placed && <ApiErrorAlert error={change.error} title="Your password was not changed" />}
          <Button type="submit" loading={change.isPending} fullWidth>
            Save and continue
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
