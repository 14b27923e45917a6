import { Button, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.js';
import type { Attribute, AttributeType } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';
import { ATTRIBUTE_TYPES, isSelect } from './attribute-types.js';

interface Values {
  key: string;
  name: string;
  type: AttributeType;
  options: string[];
}

/** Defines a user attribute, or renames one and changes a select's choices (key and type stay). */
export function AttributeFormModal({
  appId,
  attribute,
  opened,
  onClose,
}: {
  appId: string;
  attribute: Attribute | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={attribute ? `Edit the attribute ${attribute.name}` : 'Create a user attribute'}
    >
      {opened && (
        <AttributeForm key={attribute?.key ?? 'new'} appId={appId} attribute={attribute} onClose={onClose} />
      )}
    </Modal>
  );
}

function AttributeForm({
  appId,
  attribute,
  onClose,
}: {
  appId: string;
  attribute: Attribute | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: attribute
      ? { key: attribute.key, name: attribute.name, type: attribute.type, options: attribute.options }
      : { key: '', name: '', type: 'text', options: [] },
    validate: {
      key: (v) => (attribute || v ? null : 'Give the attribute a key'),
      name: (v) => (v.trim() ? null : 'Give the attribute a name'),
      options: (v, values) => (isSelect(values.type) && v.length === 0 ? 'Add at least one choice' : null),
    },
  });
  const save = useMutation({
    mutationFn: async ({ key, name, type, options }: Values) => {
      const choices = isSelect(type) ? options : [];
      if (!attribute) {
        const body = { key, name, type, options: choices };
        return unwrap(api.POST('/api/apps/{app}/attributes', { params: { path: { app: appId } }, body }));
      }
      const path = { app: appId, attribute: attribute.key };
      const body = isSelect(type) ? { name, options: choices } : { name };
      return unwrap(api.PATCH('/api/apps/{app}/attributes/{attribute}', { params: { path }, body }));
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId] });
      notifyDone(
        attribute ? 'Attribute saved' : 'Attribute created',
        attribute
          ? `${saved.name} is saved.`
          : `${saved.name} exists now. Fill it in on each user, and use it in conditions as user.${saved.key}.`,
      );
      onClose();
    },
    onError: (error) => {
      showFieldErrors(form, error);
      const option = Object.entries(form.errors).find(([k]) => k.startsWith('options.'));
      if (option) form.setFieldError('options', String(option[1]));
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="Key"
          description={
            attribute
              ? 'The key stays as it is: conditions refer to it.'
              : 'A letter, then letters, digits and _. Conditions read it as user.<key>.'
          }
          required={!attribute}
          disabled={Boolean(attribute)}
          {...form.getInputProps('key')}
        />
        <Select
          label="Type"
          description={attribute ? 'The type stays, so the values users already have stay valid.' : undefined}
          data={ATTRIBUTE_TYPES.map((t) => ({ value: t.value, label: t.label }))}
          allowDeselect={false}
          disabled={Boolean(attribute)}
          {...form.getInputProps('type')}
        />
        {isSelect(form.values.type) && (
          <TagsInput
            label="Choices"
            description="Type a choice and press Enter."
            required
            {...form.getInputProps('options')}
          />
        )}
        <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {attribute ? 'Save attribute' : 'Create attribute'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
