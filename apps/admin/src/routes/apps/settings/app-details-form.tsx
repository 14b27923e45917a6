import { Button, Card, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppDetail } from '../../../api/apps.js';
import { api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';

/** Rename an application and edit its description. */
export function AppDetailsForm({ app }: { app: AppDetail }) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: app.name, description: app.description },
    validate: { name: (v) => (v.trim() ? null : 'Give the application a name') },
  });
  const save = useMutation({
    mutationFn: (body: typeof form.values) =>
      unwrap(api.PATCH('/api/apps/{app}', { params: { path: { app: app.id } }, body })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps'] });
      await queryClient.invalidateQueries({ queryKey: ['companies', saved.companyId, 'apps'] });
      form.resetDirty({ name: saved.name, description: saved.description });
      notifyDone('Application saved', `It is now called ${saved.name}.`);
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Card withBorder component="section" aria-labelledby="app-details-title">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="app-details-title">
            Name and description
          </Title>
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <Textarea
            label="Description"
            description="One line on what the application is for; your team sees it."
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              Save name and description
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
