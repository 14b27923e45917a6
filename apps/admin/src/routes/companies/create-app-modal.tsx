import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { showFieldErrors } from '../../components/form-errors.js';

/** Create an application in a company; it starts with the default roles Team Admin and User. */
export function CreateAppModal({
  companyId,
  opened,
  onClose,
}: {
  companyId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { name: '', description: '', registration: 'closed' as 'open' | 'closed' },
    validate: { name: (v) => (v.trim() ? null : 'Give the application a name') },
  });
  const create = useMutation({
    mutationFn: (body: typeof form.values) =>
      unwrap(api.POST('/api/companies/{company}/apps', { params: { path: { company: companyId } }, body })),
    onSuccess: async ({ app }) => {
      await queryClient.invalidateQueries({ queryKey: ['companies', companyId, 'apps'] });
      await queryClient.invalidateQueries({ queryKey: ['apps'] });
      onClose();
      form.reset();
      await navigate({ to: '/apps/$app', params: { app: app.id } });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Create an application">
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="sm">
          <TextInput label="Name" data-autofocus required {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="registration-label">
              Self-registration
            </Text>
            <SegmentedControl
              aria-labelledby="registration-label"
              data={[
                { value: 'closed', label: 'Closed: you add users' },
                { value: 'open', label: 'Open: people register' },
              ]}
              {...form.getInputProps('registration')}
            />
          </Stack>
          <ApiErrorAlert
            error={create.error && Object.keys(form.errors).length === 0 ? create.error : null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create application
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
