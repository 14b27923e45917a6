import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { customRightsQuery, ROLES_WRITE_RIGHT, type Role, rolesQuery } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { LoadingRows, PageHeader, shownCount } from '../../../components/page.js';
import { EditDeleteItems, RowMenu } from '../../../components/row-menu.js';
import { useWorkspace } from '../../../shell/context.js';
import { DeleteRoleModal } from './delete-role-modal.js';
import { defaultRoleNote, ROLE_FLAGS } from './role-flags.js';
import { RoleFormModal } from './role-form-modal.js';

const route = getRouteApi('/signed-in/apps/$app/roles');

/** An app's roles: each with its flags explained, its rights and how many users hold it. */
export function RolesPage() {
  const { app: appId } = route.useParams();
  const { canApp } = useWorkspace();
  const canEdit = canApp(ROLES_WRITE_RIGHT);
  const roles = useQuery(rolesQuery(appId));
  const customRights = useQuery({ ...customRightsQuery(appId), enabled: roles.isSuccess });
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const names = new Map(customRights.data?.items.map((r) => [r.key, r.name]));
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Roles"
        description="A role bundles rights and flags. A user may hold several roles: what they may do adds up."
        actions={
          canEdit && (
            <Button leftSection={<Plus size={16} />} onClick={() => setEditing('new')}>
              Create role
            </Button>
          )
        }
      />
      {roles.isPending && <LoadingRows rows={3} height={120} />}
      <ApiErrorAlert error={roles.error} />
      {roles.data?.items.length === 0 && (
        <Card withBorder>
          <Text size="sm">This app has no roles yet. Create one to give users rights.</Text>
        </Card>
      )}
      {roles.data?.items.map((role) => (
        <RoleCard
          key={role.key}
          role={role}
          rightName={(key) => names.get(key)}
          onEdit={canEdit ? () => setEditing(role) : undefined}
          onDelete={canEdit ? () => setDeleting(role) : undefined}
        />
      ))}
      {roles.data && roles.data.items.length > 0 && (
        <Text size="sm" c="dimmed" ta="center">
          {shownCount(roles.data.items.length, 'role')}
        </Text>
      )}
      <RoleFormModal
        appId={appId}
        role={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <DeleteRoleModal
        appId={appId}
        role={deleting}
        roles={roles.data?.items ?? []}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}

function RoleCard({
  role,
  rightName,
  onEdit,
  onDelete,
}: {
  role: Role;
  rightName: (key: string) => string | undefined;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const flags = ROLE_FLAGS.filter((f) => role[f.key]);
  const note = defaultRoleNote(role);
  return (
    <Card withBorder component="article" aria-label={role.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={2} size="h4">
              {role.name}
            </Title>
            <Badge variant="outline" color="gray" tt="none">
              {role.key}
            </Badge>
            {role.defaultFor && <Badge variant="light">Default</Badge>}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {role.users === 1 ? '1 user' : `${role.users} users`}
          </Text>
          {(onEdit || onDelete) && (
            <RowMenu name={role.name}>
              <EditDeleteItems
                onEdit={onEdit}
                onDelete={onDelete}
                keptBecause={role.defaultFor ? 'a default role stays' : undefined}
              />
            </RowMenu>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {role.description || 'No description.'}
      </Text>
      {note && <Text size="sm">{note}</Text>}
      <Text size="sm" fw={600} mt="sm">
        Flags
      </Text>
      {flags.length === 0 ? (
        <Text size="sm">No flags: holders are external users, such as clients or partners.</Text>
      ) : (
        <List size="sm" spacing={2}>
          {flags.map((f) => (
            <List.Item key={f.key}>
              <Text span fw={600} size="sm">
                {f.label}
              </Text>{' '}
              — {f.meaning}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={600} mt="sm">
        Rights
      </Text>
      {role.rights.length === 0 ? (
        <Text size="sm">No rights of its own.</Text>
      ) : (
        <Group gap={6}>
          {role.rights.map((key) => (
            <Badge key={key} variant="light" color={rightName(key) ? 'grape' : 'blue'} tt="none">
              {rightName(key) ? `${rightName(key)} (${key})` : key}
            </Badge>
          ))}
        </Group>
      )}
      {role.builder && (
        <Text size="xs" c="dimmed" mt={4}>
          With Modify App, holders also get every other backoffice right ({role.effectiveRights.length} in
          all).
        </Text>
      )}
    </Card>
  );
}
