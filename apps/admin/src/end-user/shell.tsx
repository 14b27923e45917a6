import {
  Box,
  Burger,
  Button,
  Group,
  AppShell as MantineShell,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Outlet, useNavigate } from '@tanstack/react-router';
import { LogOut } from 'lucide-react';
import { api } from '../api/client.js';
import { isRecordPage, publicAppQuery, type UiPage, uiQuery } from '../api/end-user.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { NavEntry } from '../components/links.js';
import { ViewAsBanner } from '../shell/view-as-banner.js';

const route = getRouteApi('/a/$appSlug');

/** The end-user app's frame: the app's name, the person, and the pages they may see. */
export function EndUserShell() {
  const { appSlug } = route.useParams();
  const { data: app } = useSuspenseQuery(publicAppQuery(appSlug));
  const ui = useQuery(uiQuery(app.id));
  const [opened, { toggle, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function signOut() {
    await api.POST('/api/auth/logout');
    queryClient.clear();
    await navigate({ to: '/a/$appSlug/sign-in', params: { appSlug }, search: { signedOut: '1' } });
  }

  return (
    <MantineShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <MantineShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Open navigation" />
            <Text
              fw={700}
              pl="xs"
              style={{ borderLeft: `4px solid var(--mantine-color-${app.loginTemplate.color}-6)` }}
            >
              {app.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {ui.data && (
              <Text size="sm" c="dimmed" visibleFrom="xs">
                {ui.data.user.email}
              </Text>
            )}
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              leftSection={<LogOut size={14} />}
              onClick={signOut}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </MantineShell.Header>
      <MantineShell.Navbar p="xs" aria-label="Pages">
        <ScrollArea>
          {ui.data && <PageTree pages={ui.data.pages} parent={null} appSlug={appSlug} onNavigate={close} />}
        </ScrollArea>
      </MantineShell.Navbar>
      <MantineShell.Main>
        <ViewAsBanner />
        {ui.error ? (
          <Stack maw={560} gap="sm">
            <Title order={1} size="h3">
              {app.name}
            </Title>
            <ApiErrorAlert error={ui.error} title="This app is not open to you" />
          </Stack>
        ) : (
          <Outlet />
        )}
      </MantineShell.Main>
    </MantineShell>
  );
}

/** The pages under one parent, each with its own children, in order. */
function PageTree({
  pages,
  parent,
  appSlug,
  onNavigate,
}: {
  pages: UiPage[];
  parent: string | null;
  appSlug: string;
  onNavigate: () => void;
}) {
  return pages
    .filter((p) => p.parent === parent)
    .map((p) => (
      <Box key={p.id}>
        {/* A page showing one record is reached from a list, with the record chosen. */}
        {!isRecordPage(p) && (
          <NavEntry
            to="/a/$appSlug/$pageSlug"
            params={{ appSlug, pageSlug: p.slug }}
            label={p.title}
            onClick={onNavigate}
            activeOptions={{ exact: true, includeSearch: false }}
          />
        )}
        {pages.some((c) => c.parent === p.id) && (
          <Box pl="md">
            <PageTree pages={pages} parent={p.id} appSlug={appSlug} onNavigate={onNavigate} />
          </Box>
        )}
      </Box>
    ));
}
