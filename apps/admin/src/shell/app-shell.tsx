import { Burger, Group, AppShell as MantineShell, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from '@tanstack/react-router';
import { ShieldCheck } from 'lucide-react';
import { Navigation } from './navigation.js';
import { PersonMenu } from './person-menu.js';
import { ViewAsBanner } from './view-as-banner.js';

/** The frame of every signed-in screen: header, side navigation (a drawer on phones), content. */
export function AppShell() {
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <MantineShell
      header={{ height: 56 }}
      navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <MantineShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Open navigation" />
            <Link
              to="/"
              style={{ textDecoration: 'none', color: 'inherit' }}
              aria-label="Charter: your companies"
            >
              <Group gap={6} wrap="nowrap">
                <ShieldCheck size={22} color="var(--mantine-color-indigo-6)" aria-hidden="true" />
                <Text fw={700}>Charter</Text>
              </Group>
            </Link>
          </Group>
          <PersonMenu />
        </Group>
      </MantineShell.Header>
      <MantineShell.Navbar>
        <Navigation onNavigate={close} />
      </MantineShell.Navbar>
      <MantineShell.Main>
        <ViewAsBanner />
        <Outlet />
      </MantineShell.Main>
    </MantineShell>
  );
}
