import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../../api/client.js';
import type { Role } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';

function users(n: number): string {
  return n === 1 ? '1 user holds' : `${n} users hold`;
}

/**
 * Deletes a role. The API refuses to delete a role that users hold without a replacement
 * (409 ROLE_IN_USE, with how many users), so the person picks the role they move to first.
 */
export function DeleteRoleModal({
  appId,
  role,
  roles,
  onClose,
}: {
  appId: string;
  role: Role | null;
  roles: readonly Role[];
  onClose: () => void;
}) {
  return (
    <Modal opened={Boolean(role)} onClose={onClose} title={role ? `Delete the role ${role.name}?` : ''}>
      {role && <DeleteRole key={role.key} appId={appId} role={role} roles={roles} onClose={onClose} />}
    </Modal>
  );
}

function DeleteRole({
  appId,
  role,
  roles,
  onClose,
}: {
  appId: string;
  role: Role;
  roles: readonly Role[];
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [holders, setHolders] = useState(role.users);
  const [replacement, setReplacement] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const others = roles.filter((r) => r.key !== role.key);
  const successor = others.find((r) => r.key === replacement);
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/apps/{app}/roles/{role}', {
          params: {
            path: { app: appId, role: role.key },
            query: holders > 0 && replacement ? { replacement } : {},
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId] });
      notifyDone(
        'Role deleted',
        holders > 0 && successor
          ? `${role.name} is gone. ${holders === 1 ? 'Its user now holds' : `Its ${holders} users now hold`} ${successor.name}.`
          : `${role.name} is gone.`,
      );
      onClose();
    },
    onError: (error) => {
      // Someone gave the role to a user meanwhile: now it needs a replacement.
      if (error instanceof ApiError && error.code === 'ROLE_IN_USE') {
        setHolders(Number(error.details.users ?? 1));
        remove.reset();
      }
    },
  });
  const submit = () => {
    if (holders > 0 && !replacement) setMissing(true);
    else remove.mutate();
  };
  return (
    <Stack gap="sm">
      {holders === 0 ? (
        <Text size="sm">Nobody holds {role.name}. Deleting it cannot be undone.</Text>
      ) : (
        <>
          <Text size="sm">
            {users(holders)} {role.name}. Choose the role they move to: they lose what {role.name} gave them
            and get what the replacement gives.
          </Text>
          <Select
            label="Replacement role"
            placeholder="Pick a role"
            required
            data={others.map((r) => ({ value: r.key, label: r.name }))}
            value={replacement}
            onChange={(v) => {
              setReplacement(v);
              setMissing(false);
            }}
            error={missing ? 'Choose the role these users move to' : undefined}
            comboboxProps={{ withinPortal: true }}
          />
          {successor && (
            <Text size="sm" c="dimmed">
              {holders === 1 ? '1 user moves' : `${holders} users move`} from {role.name} to {successor.name}.
            </Text>
          )}
        </>
      )}
      <ApiErrorAlert error={remove.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={submit} loading={remove.isPending}>
          Delete role
        </Button>
      </Group>
    </Stack>
  );
}
