import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type AppUser, appUsersKey } from '../../../api/app-users.js';
import { api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';

/** Suspends an active user in this app, or reactivates a suspended one. */
export function useToggleSuspended(appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: AppUser) =>
      unwrap(
        api.PATCH('/api/apps/{app}/users/{accountId}', {
          params: { path: { app: appId, accountId: user.accountId } },
          body: { status: user.status === 'active' ? 'suspended' : 'active' },
        }),
      ),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: appUsersKey(appId) });
      notifyDone(
        user.status === 'suspended' ? 'User suspended' : 'User reactivated',
        user.status === 'suspended'
          ? `${user.name} can no longer use this application until you reactivate them.`
          : `${user.name} can use this application again.`,
      );
    },
  });
}

/** Confirms, then removes a user from the app; their account and other memberships stay. */
export function RemoveUserModal({
  appId,
  appName,
  user,
  onClose,
}: {
  appId: string;
  appName: string;
  user: AppUser | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (target: AppUser) =>
      unwrap(
        api.DELETE('/api/apps/{app}/users/{accountId}', {
          params: { path: { app: appId, accountId: target.accountId } },
        }),
      ),
    onSuccess: async (_, target) => {
      await queryClient.invalidateQueries({ queryKey: appUsersKey(appId) });
      notifyDone('User removed', `${target.name} no longer uses ${appName}. Their account stays.`);
      close();
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={user !== null} onClose={close} title="Remove from this application?">
      {user && (
        <Stack gap="sm">
          <Text size="sm">
            {user.name} ({user.email}) loses their groups, rights and attributes in {appName}. Their account
            stays, and you can add them again later.
          </Text>
          <ApiErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(user)}>
              Remove {user.name}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
