import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Search, UserPlus, Users } from 'lucide-react';
import { useEffect, useState } from 'react';
import { type AppUser, appRolesQuery, appUsersKey, fetchAppUsersPage } from '../../../api/app-users.js';
import { appQuery } from '../../../api/apps.js';
import { DATA_MODEL_READ } from '../../../api/data-model.js';
import { useMe } from '../../../api/session.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { LoadMore, useCursorList } from '../../../components/cursor-list.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { ViewAsModal, type ViewAsTarget } from '../../../components/view-as-modal.js';
import { useWorkspace } from '../../../shell/context.js';
import { AddMemberModal } from './add-member-modal.js';
import { CreateUserModal } from './create-user-modal.js';
import { delegationCeiling } from './delegation-ceiling.js';
import { EditAttributesModal } from './edit-attributes-modal.js';
import { ManagePermissionsDrawer } from './manage-permissions-drawer.js';
import { UserActionsMenu } from './user-actions-menu.js';
import { RemoveUserModal, useToggleSuspended } from './user-changes.js';

const route = getRouteApi('/signed-in/apps/$app/users');

/** The users of an app, as NoCode-X shows them: search, filters, and each row's ⋮ menu. */
export function UsersPage() {
  const { app: appId } = route.useParams();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const app = useQuery(appQuery(appId)).data;
  const { company, companyId, canApp } = useWorkspace();
  const me = useMe().data;
  const roles = useQuery(appRolesQuery(appId));
  const list = useCursorList([...appUsersKey(appId), filters], (after) =>
    fetchAppUsersPage(appId, filters, after),
  );
  const [creating, create] = useDisclosure();
  const [adding, add] = useDisclosure();
  const [permissionsOf, setPermissionsOf] = useState<AppUser | null>(null);
  const [attributesOf, setAttributesOf] = useState<AppUser | null>(null);
  const [removing, setRemoving] = useState<AppUser | null>(null);
  const [viewing, setViewing] = useState<ViewAsTarget | null>(null);
  const toggleSuspended = useToggleSuspended(appId);
  const [search, setSearch] = useState(filters.search ?? '');
  // The back button changes the address, not the box: keep the box in step with it.
  useEffect(() => {
    const fromAddress = filters.search ?? '';
    setSearch((typed) => (typed.trim() === fromAddress ? typed : fromAddress));
  }, [filters.search]);
  const applySearch = useDebouncedCallback(
    (value: string) => navigate({ search: (s) => ({ ...s, search: value || undefined }), replace: true }),
    300,
  );
  if (!app) return <LoadingRows rows={6} />;
  const ceiling = delegationCeiling(company, app.you);
  const roleName = (key: string) => roles.data?.items.find((r) => r.key === key)?.name ?? key;
  // Suspending or removing someone takes away all they hold: the ceiling applies to all of it.
  const aboveCeiling = (user: AppUser): string | null => {
    for (const key of user.roles) {
      const role = roles.data?.items.find((r) => r.key === key);
      if (role && ceiling.role(role)) return `${role.name} gives what you do not hold yourself.`;
    }
    const right = user.directRights.find((key) => ceiling.right(key));
    return right ? `${right} is a right you do not hold yourself.` : null;
  };
  // Viewing as someone is a builder tool: the API asks for the same right as explain.
  const mayViewAs = canApp(DATA_MODEL_READ);
  const filtered = Boolean(filters.search || filters.role || filters.status);
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Users"
        description={`Everyone who uses ${app.name}: your team and your clients, with their groups and status.`}
        actions={
          canApp('company.users.manage') && (
            <>
              <Button
                variant="default"
                leftSection={<Users size={16} />}
                onClick={add.open}
                disabled={!companyId}
              >
                Add existing member
              </Button>
              <Button leftSection={<UserPlus size={16} />} onClick={create.open}>
                Create user
              </Button>
            </>
          )
        }
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name or email"
          leftSection={<Search size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            applySearch(e.currentTarget.value.trim());
          }}
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          label="Group"
          placeholder="All groups"
          clearable
          data={(roles.data?.items ?? []).map((r) => ({ value: r.key, label: r.name }))}
          value={filters.role ?? null}
          onChange={(role) => navigate({ search: (s) => ({ ...s, role: role ?? undefined }), replace: true })}
          style={{ flex: '0 1 12rem' }}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={[
            { value: 'active', label: 'Active' },
            { value: 'suspended', label: 'Suspended' },
          ]}
          value={filters.status ?? null}
          onChange={(status) =>
            navigate({
              search: (s) => ({ ...s, status: (status as 'active' | 'suspended' | null) ?? undefined }),
              replace: true,
            })
          }
          style={{ flex: '0 1 10rem' }}
        />
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.isPending && <LoadingRows rows={5} />}
      {list.isSuccess && list.items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            {filtered
              ? 'No user matches these filters. Clear the search or pick another group or status.'
              : 'No users yet. Create a user, or add a member of the company.'}
          </Text>
        </Card>
      )}
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>User</Table.Th>
                <Table.Th>Groups</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Company member</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((user) => (
                <Table.Tr key={user.accountId}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {user.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((key) => (
                        <Badge key={key} variant="light">
                          {roleName(key)}
                        </Badge>
                      ))}
                      {user.roles.length === 0 && (
                        <Text size="xs" c="dimmed">
                          No group
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={user.status === 'active' ? 'green' : 'orange'}>
                      {user.status === 'active' ? 'Active' : 'Suspended'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{user.member ? 'Yes' : 'No'}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <UserActionsMenu
                      user={user}
                      onManagePermissions={() => setPermissionsOf(user)}
                      onEditAttributes={() => setAttributesOf(user)}
                      onToggleSuspended={() => toggleSuspended.mutate(user)}
                      onRemove={() => setRemoving(user)}
                      onExplain={
                        mayViewAs
                          ? () =>
                              navigate({
                                to: '/apps/$app/explain',
                                params: { app: appId },
                                search: { person: user.email },
                              })
                          : undefined
                      }
                      onViewAs={
                        mayViewAs && user.accountId !== me?.id && user.status === 'active'
                          ? () => setViewing({ user: user.email, name: user.name })
                          : undefined
                      }
                      statusKept={
                        user.accountId === me?.id ? 'Nobody changes their own status.' : aboveCeiling(user)
                      }
                      removeKept={aboveCeiling(user)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.items.length > 0 && <LoadMore list={list} noun={list.items.length === 1 ? 'user' : 'users'} />}
      <ApiErrorAlert error={toggleSuspended.error} />
      <ManagePermissionsDrawer
        app={app}
        user={permissionsOf}
        ceiling={ceiling}
        onClose={() => setPermissionsOf(null)}
      />
      <ViewAsModal appId={appId} target={viewing} onClose={() => setViewing(null)} />
      <EditAttributesModal appId={appId} user={attributesOf} onClose={() => setAttributesOf(null)} />
      <RemoveUserModal appId={appId} appName={app.name} user={removing} onClose={() => setRemoving(null)} />
      <CreateUserModal appId={appId} ceiling={ceiling} opened={creating} onClose={create.close} />
      {companyId && (
        <AddMemberModal
          appId={appId}
          companyId={companyId}
          ceiling={ceiling}
          opened={adding}
          onClose={add.close}
        />
      )}
    </Stack>
  );
}
