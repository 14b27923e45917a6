import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ApiError, api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { ButtonLink } from '../../components/links.js';
import { PasswordAdvice } from '../../components/password-advice.js';

const route = getRouteApi('/setup');

/** First run: the one-time link from the start-up output creates the platform owner. */
export function SetupPage() {
  const { token } = route.useSearch();
  const status = useQuery({ queryKey: ['setup'], queryFn: () => unwrap(api.GET('/api/setup')) });
  const form = useForm({ initialValues: { name: '', email: '', password: '' } });
  const create = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/setup', { body: { ...values, token: token ?? '' } })),
    onError: (error) => showFieldErrors(form, error),
  });

  if (create.isSuccess) {
    return (
      <AuthCard title="Platform owner created">
        <Text size="sm">
          <strong>{create.data.email}</strong> now owns this Charter installation. Sign in to create your
          first company and application.
        </Text>
        <ButtonLink to="/sign-in" search={{}} fullWidth>
          Sign in
        </ButtonLink>
      </AuthCard>
    );
  }
  if (status.data && !status.data.required) {
    return (
      <AuthCard title="Charter is already set up">
        <Text size="sm">This installation has its owner. Sign in, or create an account.</Text>
        <ButtonLink to="/sign-in" search={{}} fullWidth>
          Sign in
        </ButtonLink>
      </AuthCard>
    );
  }
  const suggestions = create.error instanceof ApiError ? create.error.suggestions : [];
  return (
    <AuthCard
      title="Create the platform owner"
      description="This link works once, for 24 hours. There are no default credentials."
    >
      {!token && (
        <Alert color="orange" title="This address has no setup token">
          <Text size="sm">Open the setup link that Charter printed when it started.</Text>
        </Alert>
      )}
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="sm">
          <TextInput label="Name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description="At least 12 characters. A few unrelated words make a strong one."
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordAdvice suggestions={suggestions} />
          <ApiErrorAlert error={create.error} title="The owner was not created" />
          <Button type="submit" loading={create.isPending} disabled={!token} fullWidth>
            Create owner
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
