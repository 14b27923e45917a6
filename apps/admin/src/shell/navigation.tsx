import { Divider, ScrollArea, Stack, Text } from '@mantine/core';
import {
  AppWindow,
  BadgeCheck,
  Building2,
  ChartColumn,
  CreditCard,
  Database,
  FileCode,
  FileQuestion,
  FlaskConical,
  Grid3x3,
  House,
  Images,
  KeyRound,
  LayoutTemplate,
  ListChecks,
  Scale,
  ScrollText,
  Settings,
  ShieldCheck,
  Table2,
  Users,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { DASHBOARDS_READ } from '../api/dashboards.js';
import { DATA_MODEL_READ } from '../api/data-model.js';
import { MEDIA_READ } from '../api/media.js';
import { TEMPLATES_READ } from '../api/pages.js';
import { ROLES_READ_RIGHTS } from '../api/roles.js';
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
  const { company, app, canCompany, canApp } = useWorkspace();
  const seesRoles = ROLES_READ_RIGHTS.some(canApp);
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
            {canCompany('company.users.manage') && (
              <NavEntry
                {...entry}
                to="/companies/$company/members"
                params={{ company: company.id }}
                label="Members"
                leftSection={<Users size={16} />}
              />
            )}
            <NavEntry
              {...entry}
              to="/companies/$company/settings"
              params={{ company: company.id }}
              label="Company settings"
              leftSection={<Settings size={16} />}
            />
            {canCompany('company.billing.manage') && (
              <NavEntry
                {...entry}
                to="/companies/$company/billing"
                params={{ company: company.id }}
                label="Billing"
                leftSection={<CreditCard size={16} />}
              />
            )}
            {canCompany('company.users.manage') && (
              <NavEntry
                {...entry}
                to="/companies/$company/security"
                params={{ company: company.id }}
                label="Security"
                leftSection={<ShieldCheck size={16} />}
              />
            )}
            {canCompany('company.users.manage') && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: true, includeSearch: false }}
                to="/companies/$company/audit"
                params={{ company: company.id }}
                label="Audit log"
                leftSection={<ScrollText size={16} />}
              />
            )}
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
            {canApp(DATA_MODEL_READ) && (
              <NavEntry
                {...entry}
                to="/apps/$app/data-model"
                params={{ app: app.id }}
                label="Data model"
                leftSection={<Database size={16} />}
              />
            )}
            {canApp(TEMPLATES_READ) && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: false, includeSearch: false }}
                to="/apps/$app/pages"
                params={{ app: app.id }}
                label="Pages"
                leftSection={<LayoutTemplate size={16} />}
              />
            )}
            {canApp(MEDIA_READ) && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: true, includeSearch: false }}
                to="/apps/$app/media"
                params={{ app: app.id }}
                label="Media"
                leftSection={<Images size={16} />}
              />
            )}
            {canApp(DASHBOARDS_READ) && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: false, includeSearch: false }}
                to="/apps/$app/dashboards"
                params={{ app: app.id }}
                label="Dashboards"
                leftSection={<ChartColumn size={16} />}
              />
            )}
            {canApp('app.data.read') && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: false, includeSearch: false }}
                to="/apps/$app/records"
                params={{ app: app.id }}
                label="Records"
                leftSection={<Table2 size={16} />}
              />
            )}
            {canApp(DATA_MODEL_READ) && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: true, includeSearch: false }}
                to="/apps/$app/permissions"
                params={{ app: app.id }}
                label="Permissions"
                leftSection={<Grid3x3 size={16} />}
              />
            )}
            {canApp(DATA_MODEL_READ) && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: false, includeSearch: false }}
                to="/apps/$app/rules"
                params={{ app: app.id }}
                label="Rules"
                leftSection={<Scale size={16} />}
              />
            )}
            {canApp(DATA_MODEL_READ) && (
              <NavEntry
                {...entry}
                activeOptions={{ exact: true, includeSearch: false }}
                to="/apps/$app/explain"
                params={{ app: app.id }}
                label="Explain"
                leftSection={<FileQuestion size={16} />}
              />
            )}
            {canApp(DATA_MODEL_READ) && (
              <NavEntry
                {...entry}
                to="/apps/$app/policy"
                params={{ app: app.id }}
                label="Policy"
                leftSection={<FileCode size={16} />}
              />
            )}
            {canApp(DATA_MODEL_READ) && (
              <NavEntry
                {...entry}
                to="/apps/$app/policy/tests"
                params={{ app: app.id }}
                label="Permission tests"
                leftSection={<FlaskConical size={16} />}
              />
            )}
            {canApp('company.users.manage') && (
              <NavEntry
                {...entry}
                to="/apps/$app/users"
                params={{ app: app.id }}
                label="Users"
                leftSection={<Users size={16} />}
              />
            )}
            {seesRoles && (
              <NavEntry
                {...entry}
                to="/apps/$app/roles"
                params={{ app: app.id }}
                label="Roles"
                leftSection={<BadgeCheck size={16} />}
              />
            )}
            {seesRoles && (
              <NavEntry
                {...entry}
                to="/apps/$app/rights"
                params={{ app: app.id }}
                label="Custom rights"
                leftSection={<KeyRound size={16} />}
              />
            )}
            {seesRoles && (
              <NavEntry
                {...entry}
                to="/apps/$app/attributes"
                params={{ app: app.id }}
                label="User attributes"
                leftSection={<ListChecks size={16} />}
              />
            )}
            {(canApp('company.apps.manage') || canApp('company.users.manage')) && (
              <NavEntry
                {...entry}
                to="/apps/$app/settings"
                params={{ app: app.id }}
                label="App settings"
                leftSection={<Settings size={16} />}
              />
            )}
          </Section>
        )}
      </Stack>
    </ScrollArea>
  );
}
