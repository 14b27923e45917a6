import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { appQuery } from '../../api/apps.js';
import { ROLES_READ_RIGHTS, rolesQuery } from '../../api/roles.js';
import { LoadingRows, PageHeader } from '../../components/page.js';
import { useWorkspace } from '../../shell/context.js';

const route = getRouteApi('/signed-in/apps/$app/');

/** An application at a glance, and the caller's own standing in it. */
export function AppPage() {
  const { app: appId } = route.useParams();
  const app = useQuery(appQuery(appId)).data;
  // The app names the caller's roles by key; their names come from the roles list, for those who may read it.
  const seesRoles = ROLES_READ_RIGHTS.some(useWorkspace().canApp);
  const roles = useQuery({ ...rolesQuery(appId), enabled: seesRoles }).data;
  const roleName = (key: string) => roles?.items.find((r) => r.key === key)?.name ?? key;
  if (!app) return <LoadingRows rows={4} />;
  const you = app.you;
  const flags = [
    you.owner && 'Company owner',
    you.builder && 'Modify App',
    you.internal && 'Team Member',
    you.allData && 'Access All Data',
    you.forceMfa && 'Two-factor required',
  ].filter(Boolean) as string[];
  return (
    <Stack maw={1100}>
      <PageHeader title={app.name} description={app.description || 'No description.'} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Text fw={600} mb="xs">
            Registration
          </Text>
          <Text size="sm">
            {app.registration === 'open'
              ? 'Open: people can register themselves as users of this application.'
              : 'Closed: only people added by a user manager can use this application.'}
          </Text>
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs">
            You here
          </Text>
          <Group gap={6} mb="xs">
            {you.roles.map((r) => (
              <Badge key={r} variant="light" tt="none">
                {roleName(r)}
              </Badge>
            ))}
            {flags.map((f) => (
              <Badge key={f} variant="outline">
                {f}
              </Badge>
            ))}
            {you.roles.length + flags.length === 0 && (
              <Text size="sm" c="dimmed">
                No roles in this application.
              </Text>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {you.rights.length} backoffice right{you.rights.length === 1 ? '' : 's'} through your roles.
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
