import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { appUsersKey } from '../../../api/app-users.js';
import { api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';
import type { Ceiling } from './delegation-ceiling.js';
import { RolePicker } from './role-picker.js';

interface Created {
  name: string;
  email: string;
  temporaryPassword: string;
}

/**
 * Create an end user: the API mails them a confirmation link and returns a temporary password,
 * shown here once; they change it at first sign-in.
 */
export function CreateUserModal({
  appId,
  ceiling,
  opened,
  onClose,
}: {
  appId: string;
  ceiling: Ceiling;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', roles: ['user'] as string[] },
    validate: {
      name: (v) => (v.trim() ? null : 'Give their name'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : 'Give an email address like name@example.com'),
    },
  });
  const create = useMutation({
    mutationFn: (body: typeof form.values) =>
      unwrap(api.POST('/api/apps/{app}/users/create', { params: { path: { app: appId } }, body })),
    onSuccess: async ({ user, temporaryPassword }) => {
      await queryClient.invalidateQueries({ queryKey: appUsersKey(appId) });
      notifyDone('User created', `${user.name} can now sign in.`);
      setCreated({ name: user.name, email: user.email, temporaryPassword });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const close = () => {
    setCreated(null);
    form.reset();
    create.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={created ? 'User created' : 'Create a user'}>
      {created ? (
        <Stack gap="sm">
          <Text size="sm">
            {created.name} ({created.email}) was mailed a link to confirm their address. Give them this
            temporary password: they choose their own at first sign-in.
          </Text>
          <Alert color="yellow" icon={<KeyRound size={18} />} title="Temporary password, shown only now">
            <Group gap="xs" wrap="nowrap">
              <Code fz="md" aria-label="Temporary password">
                {created.temporaryPassword}
              </Code>
              <CopyButton value={created.temporaryPassword}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
          <Stack gap="sm">
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
            <RolePicker appId={appId} ceiling={ceiling} {...form.getInputProps('roles')} />
            <ApiErrorAlert
              error={create.error && Object.keys(form.errors).length === 0 ? create.error : null}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create user
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
