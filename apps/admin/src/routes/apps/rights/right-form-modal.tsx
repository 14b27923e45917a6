import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.js';
import type { CustomRight } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';

/** Defines a custom right (key, name, description), or renames and re-describes one: its key stays. */
export function RightFormModal({
  appId,
  right,
  opened,
  onClose,
}: {
  appId: string;
  right: CustomRight | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={right ? `Edit the right ${right.name}` : 'Create a custom right'}
    >
      {opened && <RightForm key={right?.key ?? 'new'} appId={appId} right={right} onClose={onClose} />}
    </Modal>
  );
}

function RightForm({
  appId,
  right,
  onClose,
}: {
  appId: string;
  right: CustomRight | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { key: right?.key ?? '', name: right?.name ?? '', description: right?.description ?? '' },
    validate: {
      key: (v) => (right || v ? null : 'Give the right a key'),
      name: (v) => (v.trim() ? null : 'Give the right a name'),
    },
  });
  const save = useMutation({
    mutationFn: async ({ key, name, description }: typeof form.values) => {
      if (!right) {
        const body = { key, name, description };
        return unwrap(api.POST('/api/apps/{app}/rights', { params: { path: { app: appId } }, body }));
      }
      const path = { app: appId, right: right.key };
      return unwrap(
        api.PATCH('/api/apps/{app}/rights/{right}', { params: { path }, body: { name, description } }),
      );
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId] });
      notifyDone(
        right ? 'Right saved' : 'Right created',
        right
          ? `${saved.name} is saved.`
          : `${saved.name} exists now. Give it to a role, and test it in conditions with "${saved.key}" in user.rights.`,
      );
      onClose();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Key"
          description={
            right
              ? 'The key stays as it is: roles and rules refer to it.'
              : 'Lower-case letters, digits and _; conditions test it as "key" in user.rights.'
          }
          required={!right}
          disabled={Boolean(right)}
          data-autofocus={right ? undefined : true}
          {...form.getInputProps('key')}
        />
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <Textarea
          label="Description"
          description="What holding this right lets someone do, in a sentence."
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {right ? 'Save right' : 'Create right'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
