import { Badge, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { Member } from '../../api/companies.js';
import { holdsCompanyRight, type Standing } from '../../api/rights.js';
import { useMe } from '../../api/session.js';
import { RowMenu } from '../../components/row-menu.js';
import { type MemberAction, MemberActionModal } from './member-action-modal.js';
import { MemberRightsModal } from './member-rights-modal.js';
import { RIGHT_LABELS } from './rights-picker.js';

const PRESET_BADGES: Record<Member['preset'], { label: string; color: string }> = {
  owner: { label: 'Owner', color: 'indigo' },
  admin: { label: 'Admin', color: 'teal' },
  editor: { label: 'Editor', color: 'gray' },
  custom: { label: 'Custom', color: 'orange' },
};

/** Members, each with a ⋮ menu: change rights, ownership, remove. */
export function MembersTable({
  companyId,
  members,
  total,
  owners,
  caller,
}: {
  companyId: string;
  /** The members shown so far (a page or more). */
  members: Member[];
  /** How many members and owners the company has, every page together. */
  total: number;
  owners: number;
  caller: Standing;
}) {
  const me = useMe().data;
  const [editing, setEditing] = useState<Member | null>(null);
  const [action, setAction] = useState<{ kind: MemberAction; member: Member } | null>(null);
  const canManage = holdsCompanyRight(caller, 'company.users.manage');
  // The server's rules for removing someone, said ahead instead of refused after.
  const removeKept = (m: Member): string | null => {
    if (m.isOwner && !caller.isOwner) return 'Only an owner can remove an owner';
    if (m.isOwner && owners === 1) return 'Only owner: make someone else owner first';
    if (!caller.isOwner && m.rights.some((r) => !caller.rights.includes(r)))
      return 'Holds rights you do not hold, so you cannot remove them';
    return null;
  };
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th>Preset</Table.Th>
              <Table.Th>Company rights</Table.Th>
              <Table.Th>Joined</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => {
              const badge = PRESET_BADGES[m.preset];
              const isMe = m.accountId === me?.id;
              return (
                <Table.Tr key={m.accountId}>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {m.name}
                        {isMe && ' (you)'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {m.email}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={badge.color}>
                      {badge.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {m.isOwner ? (
                        <Text size="sm">Every right</Text>
                      ) : m.rights.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          None
                        </Text>
                      ) : (
                        m.rights.map((r) => (
                          <Badge key={r} variant="outline" color="gray" tt="none">
                            {RIGHT_LABELS[r] ?? r}
                          </Badge>
                        ))
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{new Date(m.joinedAt).toLocaleDateString()}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RowMenu name={m.name}>
                      {canManage && !m.isOwner && (
                        <Menu.Item onClick={() => setEditing(m)}>Change rights</Menu.Item>
                      )}
                      {caller.isOwner && !m.isOwner && (
                        <Menu.Item onClick={() => setAction({ kind: 'make-owner', member: m })}>
                          Make owner
                        </Menu.Item>
                      )}
                      {caller.isOwner && !m.isOwner && (
                        <Menu.Item onClick={() => setAction({ kind: 'transfer', member: m })}>
                          Transfer ownership to {m.name}
                        </Menu.Item>
                      )}
                      {caller.isOwner && m.isOwner && (
                        <Menu.Item
                          disabled={owners === 1}
                          onClick={() => setAction({ kind: 'remove-owner', member: m })}
                        >
                          {owners === 1 ? 'Only owner: make someone else owner first' : 'Remove ownership'}
                        </Menu.Item>
                      )}
                      {canManage && !isMe && (
                        <Menu.Item
                          color="red"
                          disabled={Boolean(removeKept(m))}
                          onClick={() => setAction({ kind: 'remove', member: m })}
                        >
                          {removeKept(m) ?? 'Remove from company'}
                        </Menu.Item>
                      )}
                      {isMe && <Menu.Item disabled>To leave, use the company settings</Menu.Item>}
                    </RowMenu>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed" mt="xs">
        {total} member{total === 1 ? '' : 's'}, {owners} owner{owners === 1 ? '' : 's'}. A company always
        keeps at least one owner.
      </Text>
      <MemberRightsModal
        companyId={companyId}
        member={editing}
        caller={caller}
        onClose={() => setEditing(null)}
      />
      <MemberActionModal companyId={companyId} action={action} onClose={() => setAction(null)} />
    </>
  );
}
