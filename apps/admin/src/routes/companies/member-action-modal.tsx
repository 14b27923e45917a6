import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Member } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';

export type MemberAction = 'make-owner' | 'remove-owner' | 'transfer' | 'remove';

const COPY: Record<
  MemberAction,
  { title: (n: string) => string; body: (n: string) => string; confirm: string; done: (n: string) => string }
> = {
  'make-owner': {
    title: (n) => `Make ${n} an owner?`,
    body: (n) =>
      `${n} will hold every company right, including billing, and may change ownership. You stay an owner too.`,
    confirm: 'Make owner',
    done: (n) => `${n} is now an owner.`,
  },
  'remove-owner': {
    title: (n) => `Remove ${n}'s ownership?`,
    body: (n) =>
      `${n} stays a member with the Admin rights. A company always keeps at least one owner, so the last owner cannot be removed.`,
    confirm: 'Remove ownership',
    done: (n) => `${n} is no longer an owner.`,
  },
  transfer: {
    title: (n) => `Transfer ownership to ${n}?`,
    body: (n) =>
      `${n} becomes an owner and you stay on as an admin: you lose billing and the right to change ownership.`,
    confirm: 'Transfer ownership',
    done: (n) => `${n} now owns the company; you are an admin.`,
  },
  remove: {
    title: (n) => `Remove ${n} from the company?`,
    body: (n) =>
      `${n} loses access to the company and its applications. To come back, they need a new invitation. The last owner cannot be removed.`,
    confirm: 'Remove member',
    done: (n) => `${n} was removed from the company.`,
  },
};

/** The confirmation of an ownership change or a removal, with the rule that applies. */
export function MemberActionModal({
  companyId,
  action,
  onClose,
}: {
  companyId: string;
  action: { kind: MemberAction; member: Member } | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: async ({ kind, member }: { kind: MemberAction; member: Member }) => {
      const path = { company: companyId, accountId: member.accountId };
      if (kind === 'remove') {
        return unwrap(api.DELETE('/api/companies/{company}/members/{accountId}', { params: { path } }));
      }
      if (kind === 'transfer') {
        return unwrap(
          api.POST('/api/companies/{company}/ownership/transfer', {
            params: { path: { company: companyId } },
            body: { accountId: member.accountId },
          }),
        );
      }
      return unwrap(
        api.PUT('/api/companies/{company}/members/{accountId}/ownership', {
          params: { path },
          body: { owner: kind === 'make-owner' },
        }),
      );
    },
    onSuccess: async (_, { kind, member }) => {
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      notify(COPY[kind].done(member.name), 'green');
      close();
    },
  });
  function close() {
    run.reset();
    onClose();
  }
  const copy = action ? COPY[action.kind] : null;
  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={action && copy ? copy.title(action.member.name) : ''}
    >
      {action && copy && (
        <Stack gap="sm">
          <Text size="sm">{copy.body(action.member.name)}</Text>
          <ApiErrorAlert error={run.error} title="Nothing was changed" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color={action.kind === 'remove' ? 'red' : undefined}
              loading={run.isPending}
              onClick={() => run.mutate(action)}
            >
              {copy.confirm}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
