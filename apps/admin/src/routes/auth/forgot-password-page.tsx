import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { MailCheck } from 'lucide-react';
import { api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { TextLink } from '../../components/links.js';

const route = getRouteApi('/forgot-password');

/** Ask for a reset link; the answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { email } = route.useSearch();
  const form = useForm({
    initialValues: { email: email ?? '' },
    validate: { email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address') },
  });
  const request = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/password/forgot', { body: values })),
    onError: (error) => showFieldErrors(form, error),
  });

  if (request.isSuccess) {
    return (
      <AuthCard title="Check your email">
        <Alert
          color="green"
          icon={<MailCheck size={18} />}
          title="If the address has an account, a link is on its way"
        >
          <Text size="sm">
            We sent a reset link to {form.values.email} if it belongs to an account. Open it within one hour
            to choose a new password; it works once. Nothing arrived? Check your spam folder, or ask again.
          </Text>
        </Alert>
        <Button variant="default" onClick={() => request.reset()}>
          Send another link
        </Button>
        <TextLink to="/sign-in" search={{}} size="sm">
          Back to sign in
        </TextLink>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the address you sign in with. We will mail you a link to choose a new password."
    >
      <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <ApiErrorAlert error={request.error} title="The link was not sent" />
          <Button type="submit" loading={request.isPending} fullWidth>
            Send me a reset link
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        Remembered it?{' '}
        <TextLink to="/sign-in" search={{}}>
          Sign in
        </TextLink>
      </Text>
    </AuthCard>
  );
}
