import { Alert, Button, Drawer, Fieldset, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Info } from 'lucide-react';
import { useState } from 'react';
import {
  type AppRole,
  type AppUser,
  type AppUserPermissions,
  appCustomRightsQuery,
  appRolesQuery,
  appUserPermissionsQuery,
  appUsersKey,
  type CustomRight,
} from '../../../api/app-users.js';
import { type AppDetail, appQuery } from '../../../api/apps.js';
import { BACKOFFICE_RESOURCES } from '../../../api/backoffice-resources.js';
import { ApiError, api, unwrap } from '../../../api/client.js';
import { type RightsCatalogue, rightsCatalogueQuery } from '../../../api/rights.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { type Ceiling, delegationCeiling } from './delegation-ceiling.js';
import { PermissionCheckbox } from './permission-checkbox.js';
import { ApplicationSelect, NotAUserYet } from './permissions-app-choice.js';

/** NoCode-X "Manage permissions": one user's backoffice rights, custom rights and groups in this app. */
export function ManagePermissionsDrawer({
  app,
  user,
  ceiling,
  onClose,
}: {
  app: AppDetail;
  user: AppUser | null;
  ceiling: Ceiling;
  onClose: () => void;
}) {
  const phone = useMediaQuery('(max-width: 40em)');
  return (
    <Drawer
      opened={user !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      closeButtonProps={{ 'aria-label': 'Close' }}
      title={user ? `Manage permissions of ${user.name}` : 'Manage permissions'}
    >
      {user && <ChosenApp key={user.accountId} app={app} user={user} ceiling={ceiling} onDone={onClose} />}
    </Drawer>
  );
}

// The drawer opens on the current app; the builder may pick another app of the company.
function ChosenApp({
  app,
  user,
  ceiling,
  onDone,
}: {
  app: AppDetail;
  user: AppUser;
  ceiling: Ceiling;
  onDone: () => void;
}) {
  const [appId, setAppId] = useState(app.id);
  const { company } = useWorkspace();
  const other = useQuery({ ...appQuery(appId), enabled: appId !== app.id });
  const chosen = appId === app.id ? app : other.data;
  return (
    <Stack gap="md">
      <ApplicationSelect current={app} value={appId} onChange={setAppId} />
      {other.error && <ApiErrorAlert error={other.error} />}
      {!chosen && !other.error && <LoadingRows rows={8} />}
      {chosen && (
        <PermissionsLoader
          key={chosen.id}
          app={chosen}
          user={user}
          ceiling={chosen.id === app.id ? ceiling : delegationCeiling(company, chosen.you)}
          onDone={onDone}
        />
      )}
    </Stack>
  );
}

function PermissionsLoader({
  app,
  user,
  ceiling,
  onDone,
}: {
  app: AppDetail;
  user: AppUser;
  ceiling: Ceiling;
  onDone: () => void;
}) {
  const permissions = useQuery(appUserPermissionsQuery(app.id, user.accountId));
  const catalogue = useQuery(rightsCatalogueQuery);
  const roles = useQuery(appRolesQuery(app.id));
  const rights = useQuery(appCustomRightsQuery(app.id));
  // Not a user of this app (the API answers 404 for the person here): offer to add them instead.
  if (permissions.error instanceof ApiError && permissions.error.status === 404) {
    return <NotAUserYet app={app} user={user} />;
  }
  const error = permissions.error ?? catalogue.error ?? roles.error ?? rights.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!permissions.data || !catalogue.data || !roles.data || !rights.data) return <LoadingRows rows={8} />;
  return (
    <PermissionsForm
      app={app}
      user={user}
      ceiling={ceiling}
      current={permissions.data}
      catalogue={catalogue.data}
      roles={roles.data.items}
      customRights={rights.data.items}
      onDone={onDone}
    />
  );
}

function PermissionsForm({
  app,
  user,
  ceiling,
  current,
  catalogue,
  roles,
  customRights,
  onDone,
}: {
  app: AppDetail;
  user: AppUser;
  ceiling: Ceiling;
  current: AppUserPermissions;
  catalogue: RightsCatalogue;
  roles: AppRole[];
  customRights: CustomRight[];
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [direct, setDirect] = useState(() => new Set(current.directRights));
  const [groups, setGroups] = useState(() => new Set(current.roles));
  const toggle = (set: Set<string>, key: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  };
  const fromGroups = new Set(roles.filter((r) => groups.has(r.key)).flatMap((r) => r.effectiveRights));
  const note = (key: string) =>
    fromGroups.has(key) && !direct.has(key) ? 'Already given by one of their groups.' : undefined;
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/apps/{app}/users/{accountId}/permissions', {
          params: { path: { app: app.id, accountId: user.accountId } },
          body: { roles: [...groups].sort(), directRights: [...direct].sort() },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: appUsersKey(app.id) });
      // Your own permissions decide your navigation and your ceiling: read them again too.
      await queryClient.invalidateQueries({ queryKey: ['apps', app.id] });
      notifyDone('Permissions saved', `${user.name} now has what you ticked in ${app.name}.`);
      onDone();
    },
  });
  const appRights = catalogue.app;
  const resources = Object.keys(BACKOFFICE_RESOURCES).filter((r) =>
    appRights.some((x) => x.key.startsWith(`app.${r}.`)),
  );
  return (
    <Stack gap="md">
      <Alert color="blue" icon={<Info size={18} />} p="sm">
        <Text size="sm">
          You can give or remove only what you hold yourself. What you do not hold is greyed out, with the
          reason.
        </Text>
      </Alert>
      <Title order={3} size="h5">
        Backoffice rights
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {resources.map((resource) => (
          <Fieldset key={resource} legend={BACKOFFICE_RESOURCES[resource]?.[0]} variant="filled" p="sm">
            <Stack gap="xs">
              {(['read', 'edit'] as const).map((level) => {
                const key = `app.${resource}.${level}`;
                const entry = appRights.find((r) => r.key === key);
                if (!entry) return null;
                return (
                  <PermissionCheckbox
                    key={key}
                    label={`${level === 'read' ? 'Read' : 'Edit'} ${BACKOFFICE_RESOURCES[resource]?.[1]}`}
                    description={entry.description}
                    note={note(key)}
                    blocked={ceiling.right(key)}
                    checked={direct.has(key)}
                    onChange={(on) => setDirect((s) => toggle(s, key, on))}
                  />
                );
              })}
            </Stack>
          </Fieldset>
        ))}
      </SimpleGrid>
      <Title order={3} size="h5">
        Custom rights
      </Title>
      {customRights.length === 0 ? (
        <Text size="sm" c="dimmed">
          This application has no custom rights yet.
        </Text>
      ) : (
        <Stack gap="xs">
          {customRights.map((r) => (
            <PermissionCheckbox
              key={r.key}
              label={r.name}
              description={r.description || r.key}
              note={note(r.key)}
              blocked={ceiling.right(r.key)}
              checked={direct.has(r.key)}
              onChange={(on) => setDirect((s) => toggle(s, r.key, on))}
            />
          ))}
        </Stack>
      )}
      <Title order={3} size="h5">
        Groups
      </Title>
      <Stack gap="xs">
        {roles.map((role) => (
          <PermissionCheckbox
            key={role.key}
            label={role.name}
            description={describeRole(role)}
            blocked={ceiling.role(role)}
            checked={groups.has(role.key)}
            onChange={(on) => setGroups((s) => toggle(s, role.key, on))}
          />
        ))}
      </Stack>
      <ApiErrorAlert error={save.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          Save permissions
        </Button>
      </Group>
    </Stack>
  );
}

function describeRole(role: AppRole): string {
  const flags = [
    role.internal ? 'Team Member' : 'External user',
    role.builder && 'Modify App',
    role.allData && 'Access All Data',
    role.forceMfa && 'Two-factor required',
  ].filter(Boolean);
  const rights = role.rights.length === 1 ? '1 right' : `${role.rights.length} rights`;
  return [role.description, `${flags.join(' · ')} · ${rights}`].filter(Boolean).join(' — ');
}
