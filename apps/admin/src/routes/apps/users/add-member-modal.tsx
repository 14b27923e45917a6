import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { appUsersKey } from '../../../api/app-users.js';
import { api, unwrap } from '../../../api/client.js';
import type { Member } from '../../../api/companies.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { MemberSelect } from '../../../components/member-select.js';
import { notifyDone } from '../../../components/notify.js';
import type { Ceiling } from './delegation-ceiling.js';
import { RolePicker } from './role-picker.js';

/** Give a member of the company a place in this application, with groups. */
export function AddMemberModal({
  appId,
  companyId,
  ceiling,
  opened,
  onClose,
}: {
  appId: string;
  companyId: string;
  ceiling: Ceiling;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { email: '', roles: [] as string[] },
    validate: { email: (v) => (v ? null : 'Choose a member of the company') },
  });
  const [picked, setPicked] = useState<Member | null>(null);
  const chosen = picked && picked.email === form.values.email ? picked : undefined;
  // One look-up for the member picked: someone already here is said so, not offered and then refused.
  const already = useQuery({
    queryKey: ['apps', appId, 'users', 'one', chosen?.accountId],
    queryFn: () =>
      api
        .GET('/api/apps/{app}/users/{accountId}', {
          params: { path: { app: appId, accountId: chosen?.accountId ?? '' } },
        })
        .then((answer) => answer.response.ok),
    enabled: Boolean(chosen),
  });
  const isUser = Boolean(chosen && already.data);
  const add = useMutation({
    mutationFn: (body: typeof form.values) =>
      unwrap(api.POST('/api/apps/{app}/users', { params: { path: { app: appId } }, body })),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: appUsersKey(appId) });
      notifyDone('Member added', `${user.name} is now a user of this application.`);
      close();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Add a member of the company">
      <form onSubmit={form.onSubmit((values) => add.mutate(values))} noValidate>
        <Stack gap="sm">
          <MemberSelect
            companyId={companyId}
            by="email"
            enabled={opened}
            label="Member"
            required
            data-autofocus
            placeholder="Type a name or email"
            value={form.values.email}
            onChange={(email, member) => {
              form.setFieldValue('email', email ?? '');
              setPicked(member);
            }}
            error={
              form.errors.email ??
              (isUser
                ? `${chosen?.name} is already a user of this application: use their ⋮ menu instead.`
                : undefined)
            }
          />
          <RolePicker appId={appId} ceiling={ceiling} {...form.getInputProps('roles')} />
          <ApiErrorAlert error={add.error && Object.keys(form.errors).length === 0 ? add.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending} disabled={isUser}>
              Add member
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
