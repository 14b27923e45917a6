import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MailCheck } from 'lucide-react';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client.js';
import { meQuery, useMe } from '../../api/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { NewPasswordInput } from '../../components/new-password-input.js';
import { LoadingRows } from '../../components/page.js';
import { Section } from './section.js';

/** Who the person is, and changing the address and password they sign in with. */
export function ProfileSection() {
  const me = useMe().data;
  if (!me) return <LoadingRows rows={4} />;
  return (
    <Stack gap="lg" maw={720}>
      <Section title="Profile" description="How you appear to the companies and apps you belong to.">
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>Name</Table.Th>
              <Table.Td>
                <EditName name={me.name} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Group gap="xs">
                  {me.email}
                  <Badge
                    color={me.emailVerified ? 'teal' : 'orange'}
                    c={me.emailVerified ? 'teal.9' : 'orange.9'}
                    variant="outline"
                  >
                    {me.emailVerified ? 'Confirmed' : 'Not confirmed'}
                  </Badge>
                </Group>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Two-factor</Table.Th>
              <Table.Td>{me.mfa.enabled ? 'On' : 'Off'}</Table.Td>
            </Table.Tr>
            {me.platformRole && (
              <Table.Tr>
                <Table.Th>Platform role</Table.Th>
                <Table.Td>{me.platformRole === 'owner' ? 'Platform owner' : 'Platform admin'}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Section>
      <ChangeEmail currentEmail={me.email} />
      <ChangePassword email={me.email} name={me.name} />
    </Stack>
  );
}

/** The name, with a small form in place to change it. */
function EditName({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const form = useForm({
    initialValues: { name },
    validate: { name: (v) => (v.trim() ? null : 'Enter your name') },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.PATCH('/api/auth/me', { body: values })),
    onSuccess: (me) => {
      queryClient.setQueryData(meQuery.queryKey, me);
      setEditing(false);
      notifications.show({ color: 'teal', title: 'Name changed', message: `You now appear as ${me.name}.` });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  if (!editing) {
    return (
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm">{name}</Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            form.setValues({ name });
            setEditing(true);
          }}
        >
          Change name
        </Button>
      </Group>
    );
  }
  const placed = save.error instanceof ApiError && Object.keys(form.errors).length > 0;
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="xs">
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        {!placed && <ApiErrorAlert error={save.error} title="Your name was not changed" />}
        <Group gap="xs">
          <Button size="xs" type="submit" loading={save.isPending}>
            Save name
          </Button>
          <Button size="xs" variant="default" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangeEmail({ currentEmail }: { currentEmail: string }) {
  const form = useForm({
    initialValues: { newEmail: '', currentPassword: '' },
    validate: {
      newEmail: (v) =>
        !/^\S+@\S+$/.test(v)
          ? 'Enter the new address'
          : v.toLowerCase() === currentEmail.toLowerCase()
            ? 'This is already your address'
            : null,
      currentPassword: (v) => (v ? null : 'Enter your password'),
    },
  });
  const change = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.POST('/api/auth/email/change', { body: values })),
    onSuccess: () => form.setFieldValue('currentPassword', ''),
    onError: (error) => showFieldErrors(form, error, { password: 'currentPassword' }),
  });
  const placed = change.error instanceof ApiError && Object.keys(form.errors).length > 0;
  return (
    <Section
      title="Change your email address"
      description="Your current address approves the change first, then the new one confirms it."
    >
      {change.isSuccess ? (
        <Alert color="green" icon={<MailCheck size={18} />} title="Two mails to go">
          <Text size="sm">
            1. We sent a link to {currentEmail}: open it to approve the change. 2. We then send a link to{' '}
            {form.values.newEmail}: open it to confirm. Until then you keep signing in with {currentEmail}.
          </Text>
          <Button size="xs" variant="default" mt="sm" onClick={() => change.reset()}>
            Change to another address
          </Button>
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
          <Stack gap="sm">
            <TextInput
              label="New email address"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('newEmail')}
            />
            <PasswordInput
              label="Your password"
              description="To make sure it is you."
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            {!placed && <ApiErrorAlert error={change.error} title="The change was not requested" />}
            <Group>
              <Button type="submit" loading={change.isPending}>
                Send the approval link
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}

function ChangePassword({ email, name }: { email: string; name: string }) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', revokeOtherSessions: true },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v) => (v.length >= 12 ? null : 'Use at least 12 characters'),
    },
  });
  const change = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/password/change', { body: values })),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        title: 'Password changed',
        message: form.values.revokeOtherSessions
          ? 'Use it from now on. Your other devices were signed out.'
          : 'Use it from now on.',
      });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const placed = change.error instanceof ApiError && Object.keys(form.errors).length > 0;
  return (
    <Section
      title="Change your password"
      description="We mail you when it changes, so you would notice if it was not you."
    >
      <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <NewPasswordInput
            label="New password"
            required
            context={{ email, name }}
            {...form.getInputProps('newPassword')}
          />
          <Checkbox
            label="Sign out my other devices"
            {...form.getInputProps('revokeOtherSessions', { type: 'checkbox' })}
          />
          {!placed && <ApiErrorAlert error={change.error} title="Your password was not changed" />}
          <Group>
            <Button type="submit" loading={change.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
