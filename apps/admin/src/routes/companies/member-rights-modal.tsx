import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import type { Member } from '../../api/companies.js';
import type { Standing } from '../../api/rights.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { type RightsChoice, RightsPicker, rightsBody } from './rights-picker.js';

/** Change a member's company rights, by preset or one by one. */
export function MemberRightsModal({
  companyId,
  member,
  caller,
  onClose,
}: {
  companyId: string;
  member: Member | null;
  caller: Standing | undefined;
  onClose: () => void;
}) {
  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? `Rights of ${member.name}` : ''}>
      {member && <RightsForm key={member.accountId} {...{ companyId, member, caller, onClose }} />}
    </Modal>
  );
}

function RightsForm({
  companyId,
  member,
  caller,
  onClose,
}: {
  companyId: string;
  member: Member;
  caller: Standing | undefined;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<RightsChoice>({
    preset: member.preset === 'admin' || member.preset === 'editor' ? member.preset : 'custom',
    rights: member.rights,
  });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/companies/{company}/members/{accountId}/rights', {
          params: { path: { company: companyId, accountId: member.accountId } },
          body: rightsBody(choice),
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      notify(`${member.name}'s rights are changed.`, 'green');
      onClose();
    },
  });
  if (member.isOwner) {
    return (
      <Text size="sm">
        {member.name} is an owner and holds every company right. To change that, remove their ownership from
        the member's menu first (a company always keeps at least one owner).
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {member.email}. What they may do in each application comes from their roles there.
      </Text>
      <RightsPicker label="Preset" value={choice} onChange={setChoice} caller={caller} />
      <ApiErrorAlert error={save.error} title="The rights were not changed" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button loading={save.isPending} onClick={() => save.mutate()}>
          Save rights
        </Button>
      </Group>
    </Stack>
  );
}
