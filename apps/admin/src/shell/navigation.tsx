import { Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { AppWindow, Building2, House, Settings, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import { NavEntry } from '../components/links.js';
import { useWorkspace } from './context.js';
import { Switchers } from './switchers.js';

function Section({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} component="section" aria-label={label}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/**
 * The side navigation. An entry appears only when the person holds the right its screen needs,
 * as the API decides it; reaching the address anyway shows the API's explanation.
 */
export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { company, app } = useWorkspace();
  const mayInApp = useWorkspace().canApp;
  const entry = { onClick: onNavigate, activeOptions: { exact: true } } as const;
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack gap="xs" p="sm" component="nav" aria-label="Main">
        <NavEntry {...entry} to="/" label="Home" leftSection={<House size={16} />} />
        <Switchers />
        <Divider />
        {company && (
          <Section label="Company">
            <NavEntry
              {...entry}
              to="/companies/$company"
              params={{ company: company.id }}
              label="Applications"
              leftSection={<Building2 size={16} />}
            />
          </Section>
        )}
        {app && (
          <Section label="Application">
            <NavEntry
              {...entry}
              to="/apps/$app"
              params={{ app: app.id }}
              label="Overview"
              leftSection={<AppWindow size={16} />}
            />
            {mayInApp('company.users.manage') && (
              <NavEntry
                {...entry}
                to="/apps/$app/users"
                params={{ app: app.id }}
                label="Users"
                leftSection={<Users size={16} />}
              />
            )}
            {(mayInApp('company.apps.manage') || mayInApp('company.users.manage')) && (
              <NavEntry
                {...entry}
                to="/apps/$app/settings"
                params={{ app: app.id }}
                label="Settings"
                leftSection={<Settings size={16} />}
              />
            )}
          </Section>
        )}
      </Stack>
    </ScrollArea>
  );
}
