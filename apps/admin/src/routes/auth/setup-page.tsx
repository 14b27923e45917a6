import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { ButtonLink } from '../../components/links.js';
import { NewPasswordInput } from '../../components/new-password-input.js';

const route = getRouteApi('/setup');

/** First run: the one-time link from the start-up output creates the platform owner. */
export function SetupPage() {
  const { token } = route.useSearch();
  const status = useQuery({ queryKey: ['setup'], queryFn: () => unwrap(api.GET('/api/setup')) });
  const form = useForm({ initialValues: { name: '', email: '', password: '' } });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The owner exists, then signs in with what they just typed and lands on creating a company.
  const create = useMutation({
    mutationFn: async (values: typeof form.values) => {
      const owner = await unwrap(api.POST('/api/setup', { body: { ...values, token: token ?? '' } }));
      const signedIn = await unwrap(
        api.POST('/api/auth/login', { body: { email: values.email, password: values.password } }),
      ).catch(() => null);
      return { owner, signedIn: signedIn?.status === 'signed_in' };
    },
    onSuccess: async ({ signedIn }) => {
      if (!signedIn) return;
      await queryClient.invalidateQueries();
      await navigate({ to: '/', replace: true });
    },
    onError: (error) => showFieldErrors(form, error),
  });

  if (create.isSuccess && !create.data.signedIn) {
    return (
      <AuthCard title="Platform owner created">
        <Text size="sm">
          <strong>{create.data.owner.email}</strong> now owns this Charter installation. Sign in to create
          your first company and application.
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
          <NewPasswordInput
            label="Password"
            required
            context={{ email: form.values.email, name: form.values.name }}
            {...form.getInputProps('password')}
          />
          <ApiErrorAlert error={create.error} title="The owner was not created" />
          <Button type="submit" loading={create.isPending} disabled={!token} fullWidth>
            Create owner
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
