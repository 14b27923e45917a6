import {
  Alert,
  Button,
  Checkbox,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { MailCheck } from 'lucide-react';
import { type RegisterForm, registerFormQuery } from '../api/apps.js';
import { ApiError, api, unwrap } from '../api/client.js';
import { publicAppQuery } from '../api/end-user.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { showFieldErrors } from '../components/form-errors.js';
import { TextLink } from '../components/links.js';
import { rememberReturn } from '../components/return-to.js';
import { NewAccountFields } from '../routes/auth/credential-fields.js';
import { EndUserCard } from './card.js';

const route = getRouteApi('/a/$appSlug/register');

type Field = RegisterForm['fields'][number];

/** Registering into the app with its own register form, while its registration is open. */
export function EndUserRegisterPage() {
  const { appSlug } = route.useParams();
  const { data: app } = useSuspenseQuery(publicAppQuery(appSlug));
  const registerForm = useQuery({ ...registerFormQuery(app.id), enabled: app.registration === 'open' });
  const form = useForm<{ name: string; email: string; password: string; answers: Record<string, unknown> }>({
    initialValues: { name: '', email: '', password: '', answers: {} },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter your name'),
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Choose a password'),
    },
  });
  const register = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/apps/{app}/register', { params: { path: { app: app.id } }, body: values })),
    // After confirming the address, the person is brought back to this app.
    onSuccess: () => rememberReturn(`/a/${appSlug}`),
    onError: (error) => showFieldErrors(form, error),
  });

  if (app.registration !== 'open') {
    return (
      <EndUserCard app={app} title={`${app.name} is not open for registration`}>
        <Text size="sm">Ask the people who run it to add you.</Text>
        <TextLink to="/a/$appSlug/sign-in" params={{ appSlug }}>
          Sign in
        </TextLink>
      </EndUserCard>
    );
  }
  if (register.isSuccess) {
    return (
      <EndUserCard app={app} title="Check your email">
        <Alert color="green" icon={<MailCheck size={18} />} title={`We sent a link to ${form.values.email}`}>
          <Text size="sm">Open it to confirm your address, then sign in to {app.name}.</Text>
        </Alert>
        <TextLink to="/a/$appSlug/sign-in" params={{ appSlug }}>
          Go to sign in
        </TextLink>
      </EndUserCard>
    );
  }
  const placed = register.error instanceof ApiError && Object.keys(register.error.fieldErrors).length > 0;
  return (
    <EndUserCard
      app={app}
      title={`Register for ${app.name}`}
      subtitle="You will confirm your email address before you sign in."
    >
      <form onSubmit={form.onSubmit((values) => register.mutate(values))} noValidate>
        <Stack gap="sm">
          <NewAccountFields form={form} />
          {registerForm.data?.fields.map((field) => (
            <Answer
              key={field.attribute}
              field={field}
              input={form.getInputProps(`answers.${field.attribute}`)}
            />
          ))}
          {!placed && (
            <ApiErrorAlert error={register.error ?? registerForm.error} title="You are not registered" />
          )}
          <Button type="submit" loading={register.isPending} fullWidth>
            Register
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        Already registered?{' '}
        <TextLink to="/a/$appSlug/sign-in" params={{ appSlug }}>
          Sign in
        </TextLink>
      </Text>
    </EndUserCard>
  );
}

/** One question of the register form, by the type of the attribute it fills. */
function Answer({
  field,
  input,
}: {
  field: Field;
  input: ReturnType<ReturnType<typeof useForm>['getInputProps']>;
}) {
  const common = { label: field.label, required: field.required, error: input.error };
  const value = input.value as unknown;
  const set = (v: unknown) => input.onChange(v);
  switch (field.type) {
    case 'boolean':
      return <Checkbox {...common} checked={value === true} onChange={(e) => set(e.currentTarget.checked)} />;
    case 'integer':
    case 'decimal':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => set(typeof v === 'number' ? v : null)}
          allowDecimal={field.type === 'decimal'}
        />
      );
    case 'singleSelect':
      return (
        <Select
          {...common}
          data={field.options}
          value={typeof value === 'string' ? value : null}
          onChange={set}
        />
      );
    case 'multiSelect':
      return (
        <MultiSelect
          {...common}
          data={field.options}
          value={Array.isArray(value) ? value : []}
          onChange={set}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.currentTarget.value || null)}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.currentTarget.value)}
        />
      );
  }
}
