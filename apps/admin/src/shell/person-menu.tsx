import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { LogOut, UserRound } from 'lucide-react';
import { api } from '../api/client.js';
import { useMe } from '../api/session.js';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
}

/** The signed-in person, with their account and signing out. */
export function PersonMenu() {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!me) return null;
  async function signOut() {
    await api.POST('/api/auth/logout');
    queryClient.clear();
    await navigate({ to: '/sign-in', search: { signedOut: 1 } });
  }
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton>
          <Avatar color="indigo" radius="xl" size={34} aria-hidden="true">
            {initials(me.name) || '?'}
          </Avatar>
          <VisuallyHidden>Account menu for {me.name}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<UserRound size={16} />}
          onClick={() => navigate({ to: '/account', search: {} })}
        >
          Your account
        </Menu.Item>
        <Menu.Item leftSection={<LogOut size={16} />} onClick={signOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
