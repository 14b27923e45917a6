import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { MailCheck } from 'lucide-react';
import { ApiError, api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { TextLink } from '../../components/links.js';
import { rememberReturn } from '../../components/return-to.js';
import { NewAccountFields } from './credential-fields.js';

const route = getRouteApi('/register');

/** Create an account; it works once the mailed link confirms the address. */
export function RegisterPage() {
  const search = route.useSearch();
  const form = useForm({
    initialValues: { name: '', email: search.email ?? '', password: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter your name'),
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address'),
      password: (v) => (v.length >= 12 ? null : 'Use at least 12 characters'),
    },
  });
  const register = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.POST('/api/auth/register', { body: values })),
    onSuccess: () => rememberReturn(search.redirect),
    onError: (error) => showFieldErrors(form, error),
  });

  if (register.isSuccess) {
    return (
      <AuthCard title="Check your email">
        <Alert color="green" icon={<MailCheck size={18} />} title={`We sent a link to ${form.values.email}`}>
          <Text size="sm">
            Open it to confirm your address, then sign in. The link works once, for 24 hours.
            {search.redirect && ' After signing in you come back to where you were going.'}
          </Text>
        </Alert>
        <TextLink to="/sign-in" search={{ redirect: search.redirect }}>
          Go to sign in
        </TextLink>
      </AuthCard>
    );
  }

  const placed = register.error instanceof ApiError && Object.keys(register.error.fieldErrors).length > 0;
  return (
    <AuthCard
      title="Create your account"
      description="You will confirm your email address before you sign in."
    >
      <form onSubmit={form.onSubmit((values) => register.mutate(values))} noValidate>
        <Stack gap="sm">
          <NewAccountFields form={form} />
          {!placed && <ApiErrorAlert error={register.error} title="Your account was not created" />}
          <Button type="submit" loading={register.isPending} fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <TextLink to="/sign-in" search={{ redirect: search.redirect }}>
          Sign in
        </TextLink>
      </Text>
    </AuthCard>
  );
}
