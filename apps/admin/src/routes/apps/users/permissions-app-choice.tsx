import { Button, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import type { AppUser } from '../../../api/app-users.js';
import { type AppDetail, myAppsQuery } from '../../../api/apps.js';
import { api, unwrap } from '../../../api/client.js';
import { COMPANY_RIGHTS, companyAppsQuery } from '../../../api/companies.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';
import { useWorkspace } from '../../../shell/context.js';

/**
 * NoCode-X "pick the application": the company's apps whose users the caller manages. Managing
 * users is a company right, so it holds in every app of the company. Those who manage the company's
 * apps read the whole list; other user managers see the company's apps they use themselves (the API
 * lists the company's apps only to app managers). Without the right, only the current app.
 */
export function ApplicationSelect({
  current,
  value,
  onChange,
}: {
  current: AppDetail;
  value: string;
  onChange: (appId: string) => void;
}) {
  const { canCompany } = useWorkspace();
  const managesUsers = canCompany(COMPANY_RIGHTS.users);
  const managesApps = canCompany(COMPANY_RIGHTS.apps);
  const all = useQuery({ ...companyAppsQuery(current.companyId), enabled: managesUsers && managesApps });
  const mine = useQuery({ ...myAppsQuery, enabled: managesUsers && !managesApps });
  const listed = managesApps ? all.data?.items : mine.data?.items;
  const apps = (listed ?? []).filter((a) => a.companyId === current.companyId && a.id !== current.id);
  const options = [current, ...apps]
    .map((a) => ({ value: a.id, label: a.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Select
      label="Application"
      description="The application whose permissions you are changing"
      data={options}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      searchable={options.length > 7}
      disabled={options.length < 2}
    />
  );
}

/** The person is not a user of the chosen app: say so, and offer to add them as a company member. */
export function NotAUserYet({ app, user }: { app: AppDetail; user: AppUser }) {
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/apps/{app}/users', { params: { path: { app: app.id } }, body: { email: user.email } }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', app.id, 'users'] });
      notifyDone('User added', `${user.name} is now a user of ${app.name}. Tick what they may do there.`);
    },
  });
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">
        {user.name} is not a user of {app.name}, so they have no permissions there. Add them first; they join
        its User group, and you can then tick their rights and groups.
      </Text>
      <ApiErrorAlert error={add.error} />
      <Button leftSection={<UserPlus size={16} />} onClick={() => add.mutate()} loading={add.isPending}>
        Add to {app.name}
      </Button>
    </Stack>
  );
}
