import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { fetchInvitationsPage, type Invitation } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { LoadMore, useCursorList } from '../../components/cursor-list.js';
import { notify } from '../../components/notify.js';
import { LoadingRows } from '../../components/page.js';
import { RIGHT_LABELS } from './rights-picker.js';

const STATUS: Record<Invitation['status'], { label: string; color: string }> = {
  pending: { label: 'Waiting', color: 'blue' },
  accepted: { label: 'Accepted', color: 'green' },
  revoked: { label: 'Revoked', color: 'gray' },
  expired: { label: 'Expired', color: 'orange' },
};

function presetName(rights: string[]): string {
  if (rights.length === 0) return 'Editor';
  return rights.map((r) => RIGHT_LABELS[r] ?? r).join(', ');
}

/** Invitations: those waiting for an answer first; send again with a fresh link, or revoke. */
export function InvitationsSection({ companyId }: { companyId: string }) {
  const queryClient = useQueryClient();
  const [show, setShow] = useState<'open' | 'all'>('open');
  const invitations = useCursorList(['companies', companyId, 'invitations', show], (after) =>
    fetchInvitationsPage(companyId, show === 'open' ? true : undefined, after),
  );
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['companies', companyId, 'invitations'] });
  const resend = useMutation({
    mutationFn: (i: Invitation) =>
      unwrap(
        api.POST('/api/companies/{company}/invitations/{id}/resend', {
          params: { path: { company: companyId, id: i.id } },
        }),
      ),
    onSuccess: async (i) => {
      await refresh();
      notify(`A new link was sent to ${i.email}; the previous one no longer works.`, 'green');
    },
  });
  const revoke = useMutation({
    mutationFn: (i: Invitation) =>
      unwrap(
        api.DELETE('/api/companies/{company}/invitations/{id}', {
          params: { path: { company: companyId, id: i.id } },
        }),
      ),
    onSuccess: async (i) => {
      await refresh();
      setRevoking(null);
      notify(`The invitation to ${i.email} is revoked; its link no longer works.`);
    },
  });
  const rows = invitations.items;
  return (
    <Stack gap="sm" component="section" aria-labelledby="invitations-heading">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="invitations-heading">
          Invitations
        </Title>
        <SegmentedControl
          aria-label="Which invitations to show"
          value={show}
          onChange={(v) => setShow(v as 'open' | 'all')}
          data={[
            { value: 'open', label: 'Not yet accepted' },
            { value: 'all', label: 'All' },
          ]}
        />
      </Group>
      {invitations.isPending && <LoadingRows rows={2} />}
      <ApiErrorAlert error={invitations.error ?? resend.error} />
      {invitations.data && rows.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            {show === 'open'
              ? 'No invitation is waiting for an answer. Use Invite people to add colleagues.'
              : 'No invitations yet. Use Invite people to add colleagues.'}
          </Text>
        </Card>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label="Invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Joins as</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Link valid until</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((i) => {
                const open = i.status === 'pending' || i.status === 'expired';
                return (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {i.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{presetName(i.rights)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS[i.status].color}>
                        {STATUS[i.status].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{new Date(i.lastSentAt).toLocaleDateString()}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{new Date(i.expiresAt).toLocaleDateString()}</Text>
                    </Table.Td>
                    <Table.Td>
                      {open && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={`Send again to ${i.email}`}
                            loading={resend.isPending && resend.variables?.id === i.id}
                            onClick={() => resend.mutate(i)}
                          >
                            Send again
                          </Button>
                          {i.status === 'pending' && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Revoke the invitation to ${i.email}`}
                              onClick={() => setRevoking(i)}
                            >
                              Revoke
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > 0 && (invitations.hasNextPage || (invitations.data?.pages.length ?? 0) > 1) && (
        <LoadMore list={invitations} noun="invitations" />
      )}
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? `Revoke the invitation to ${revoking.email}?` : ''}
      >
        <Stack gap="sm">
          <Text size="sm">The link in the mail stops working. You can invite the address again later.</Text>
          <ApiErrorAlert error={revoke.error} title="The invitation is still open" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate(revoking)}
            >
              Revoke invitation
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
