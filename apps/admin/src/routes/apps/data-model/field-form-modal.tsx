import { Button, Checkbox, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.js';
import { type Collection, collectionsQuery, type Field, type FieldType } from '../../../api/data-model.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';
import {
  defaultText,
  defaultValue,
  FIELD_TYPES,
  isCollectionLink,
  isSelectType,
  takesDefault,
} from './field-types.js';

interface Values {
  name: string;
  label: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  default: string;
  options: string[];
  target: string;
}

/** Adds a field to a collection, or edits one (its type and link target stay). */
export function FieldFormModal({
  appId,
  collection,
  field,
  opened,
  onClose,
}: {
  appId: string;
  collection: Collection;
  field: Field | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={field ? `Edit the field ${field.label}` : `Add a field to ${collection.name}`}
    >
      {opened && (
        <FieldForm
          key={field?.id ?? 'new'}
          appId={appId}
          collection={collection}
          field={field}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function FieldForm({
  appId,
  collection,
  field,
  onClose,
}: {
  appId: string;
  collection: Collection;
  field: Field | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const collections = useQuery(collectionsQuery(appId));
  const targets = (collections.data?.items ?? [])
    .filter((c) => c.system !== 'users')
    .map((c) => ({ value: c.key, label: c.name }));
  const form = useForm<Values>({
    initialValues: field
      ? {
          name: field.name,
          label: field.label,
          type: field.type,
          required: field.required,
          unique: field.unique,
          default: defaultText(field.default) ?? '',
          options: field.options,
          target: field.target?.key ?? '',
        }
      : {
          name: '',
          label: '',
          type: 'text',
          required: false,
          unique: false,
          default: '',
          options: [],
          target: '',
        },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the field a name'),
      options: (v, values) =>
        isSelectType(values.type) && v.length === 0 ? 'Add at least one choice' : null,
      target: (v, values) =>
        !field && isCollectionLink(values.type) && !v ? 'Choose the collection it links to' : null,
    },
  });
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const common = {
        name: v.name.trim(),
        ...(v.label.trim() ? { label: v.label.trim() } : {}),
        required: v.required,
        unique: v.unique,
        ...(takesDefault(v.type) ? { default: defaultValue(v.type, v.default) } : {}),
        ...(isSelectType(v.type) ? { options: v.options } : {}),
      };
      if (!field) {
        const body = { ...common, type: v.type, ...(isCollectionLink(v.type) ? { target: v.target } : {}) };
        return unwrap(
          api.POST('/api/apps/{app}/collections/{collection}/fields', {
            params: { path: { app: appId, collection: collection.key } },
            body,
          }),
        );
      }
      return unwrap(
        api.PATCH('/api/apps/{app}/collections/{collection}/fields/{field}', {
          params: { path: { app: appId, collection: collection.key, field: field.id } },
          body: common,
        }),
      );
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'collections'] });
      notifyDone(
        field ? 'Field saved' : 'Field added',
        field
          ? `${saved.label} is saved. Rules that use it keep working.`
          : `${collection.name} has the field ${saved.label} now. Conditions read it as record.${saved.name}.`,
      );
      onClose();
    },
    onError: (error) => {
      showFieldErrors(form, error);
      const option = Object.entries(form.errors).find(([k]) => k.startsWith('options.'));
      if (option) form.setFieldError('options', String(option[1]));
    },
  });
  const type = form.values.type;
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Name"
          description={
            field
              ? 'Renaming keeps every rule working: rules refer to the field, not its name.'
              : 'A letter or _, then letters, digits and _. Conditions read it as record.<name>.'
          }
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Label"
          description="What people see; the name when empty."
          {...form.getInputProps('label')}
        />
        <Select
          label="Type"
          description={field ? 'The type stays, so the values records already hold stay valid.' : undefined}
          data={FIELD_TYPES.map((t) => ({ value: t.value, label: t.label }))}
          allowDeselect={false}
          disabled={Boolean(field)}
          {...form.getInputProps('type')}
        />
        {isCollectionLink(type) && (
          <Select
            label="Links to"
            description={
              field ? 'The linked collection stays.' : 'The collection whose records it points to.'
            }
            data={targets}
            required={!field}
            disabled={Boolean(field)}
            {...form.getInputProps('target')}
          />
        )}
        {isSelectType(type) && (
          <TagsInput
            label="Choices"
            description="Type a choice and press Enter."
            required
            {...form.getInputProps('options')}
          />
        )}
        {takesDefault(type) && (type === 'boolean' || type === 'singleSelect') && (
          <Select
            label="Default"
            description="The value a new record gets when none is given; empty for none."
            data={
              type === 'boolean'
                ? [
                    { value: 'yes', label: 'Yes' },
                    { value: 'no', label: 'No' },
                  ]
                : form.values.options
            }
            clearable
            {...form.getInputProps('default')}
            value={form.values.default || null}
            onChange={(v) => form.setFieldValue('default', v ?? '')}
          />
        )}
        {takesDefault(type) && type !== 'boolean' && type !== 'singleSelect' && (
          <TextInput
            label="Default"
            description={
              type === 'multiSelect'
                ? 'Choices separated by commas; empty for none.'
                : 'The value a new record gets when none is given; empty for none.'
            }
            {...form.getInputProps('default')}
          />
        )}
        <Group>
          <Checkbox label="Required" {...form.getInputProps('required', { type: 'checkbox' })} />
          <Checkbox label="Unique" {...form.getInputProps('unique', { type: 'checkbox' })} />
        </Group>
        <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {field ? 'Save field' : 'Add field'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
