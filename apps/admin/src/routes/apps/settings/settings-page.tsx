import { Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { appQuery } from '../../../api/apps.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { AppDetailsForm } from './app-details-form.js';
import { DeleteAppCard } from './delete-app-card.js';
import { LoginTemplateCard } from './login-template-card.js';
import { RegisterFormCard } from './register-form-editor.js';
import { RegistrationCard } from './registration-card.js';

const route = getRouteApi('/signed-in/apps/$app/settings');

/**
 * An application's settings: its name, sign-in screen, registration and register form, and deleting it. Each part
 * shows to those who hold its right; the rest is explained rather than hidden without a word.
 */
export function SettingsPage() {
  const { app: appId } = route.useParams();
  const app = useQuery(appQuery(appId)).data;
  const { canApp, companies } = useWorkspace();
  if (!app || !companies) return <LoadingRows rows={6} />;
  const managesApps = canApp('company.apps.manage');
  const managesUsers = canApp('company.users.manage');
  return (
    <Stack maw={900}>
      <PageHeader
        title="Settings"
        description={`How ${app.name} is named, how people sign in to it, who may register, and what they answer.`}
      />
      {!managesApps && !managesUsers && (
        <Card withBorder>
          <Text size="sm">
            Changing an application's settings needs the right to manage the company's apps
            (company.apps.manage) or its users (company.users.manage). An owner of the company can give it to
            you.
          </Text>
        </Card>
      )}
      {managesApps && <AppDetailsForm key={app.updatedAt} app={app} />}
      {managesApps && <LoginTemplateCard key={`sign-in-${app.updatedAt}`} app={app} />}
      {(managesApps || managesUsers) && <RegistrationCard app={app} canEdit={managesApps} />}
      {managesUsers && <RegisterFormCard appId={app.id} />}
      {managesApps && <DeleteAppCard app={app} />}
    </Stack>
  );
}
