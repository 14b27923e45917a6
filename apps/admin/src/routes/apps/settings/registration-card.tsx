import { Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppDetail } from '../../../api/apps.js';
import { api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';

/** Whether people may register themselves into the application. */
export function RegistrationCard({ app, canEdit }: { app: AppDetail; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (registration: 'open' | 'closed') =>
      unwrap(api.PATCH('/api/apps/{app}', { params: { path: { app: app.id } }, body: { registration } })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps'] });
      await queryClient.invalidateQueries({ queryKey: ['companies', saved.companyId, 'apps'] });
      notifyDone(
        saved.registration === 'open' ? 'Registration opened' : 'Registration closed',
        saved.registration === 'open'
          ? 'People can now register themselves; they get the User group and answer your register form.'
          : 'Only people you add can use the application now.',
      );
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="registration-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="registration-title">
          Registration
        </Title>
        <Text size="sm" c="dimmed" id="registration-help">
          Open: anyone can register at the application's address and becomes a user with the User group.
          Closed: only people you add.
        </Text>
        <SegmentedControl
          aria-label="Self-registration"
          aria-describedby="registration-help"
          disabled={!canEdit || save.isPending}
          value={app.registration}
          onChange={(value) => save.mutate(value as 'open' | 'closed')}
          data={[
            { value: 'closed', label: 'Closed: you add users' },
            { value: 'open', label: 'Open: people register' },
          ]}
        />
        {!canEdit && (
          <Text size="sm">Opening or closing registration needs the right to manage the company's apps.</Text>
        )}
        <ApiErrorAlert error={save.error} />
      </Stack>
    </Card>
  );
}
