import { Tabs } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { KeyRound, MonitorSmartphone, ShieldCheck, UserRound } from 'lucide-react';
import { PageHeader } from '../../components/page.js';
import { ApiKeysSection } from './api-keys-section.js';
import { MfaSection } from './mfa-section.js';
import { ProfileSection } from './profile-section.js';
import type { AccountTab } from './routes.js';
import { SessionsSection } from './sessions-section.js';

const route = getRouteApi('/signed-in/account');

/** Everything about the signed-in person: who they are and how they sign in. */
export function AccountPage() {
  const { tab = 'profile' } = route.useSearch();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Your account"
        description="Your profile, how you sign in, where you are signed in, and your API keys."
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          navigate({ to: '/account', search: { tab: (value as AccountTab) ?? 'profile' }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile" leftSection={<UserRound size={16} />}>
            Profile and password
          </Tabs.Tab>
          <Tabs.Tab value="two-factor" leftSection={<ShieldCheck size={16} />}>
            Two-factor
          </Tabs.Tab>
          <Tabs.Tab value="sessions" leftSection={<MonitorSmartphone size={16} />}>
            Sessions
          </Tabs.Tab>
          <Tabs.Tab value="api-keys" leftSection={<KeyRound size={16} />}>
            API keys
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileSection />
        </Tabs.Panel>
        <Tabs.Panel value="two-factor">
          <MfaSection />
        </Tabs.Panel>
        <Tabs.Panel value="sessions">
          <SessionsSection />
        </Tabs.Panel>
        <Tabs.Panel value="api-keys">
          <ApiKeysSection />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
