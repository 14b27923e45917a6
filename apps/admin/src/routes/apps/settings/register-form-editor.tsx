import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { appAttributesQuery, type UserAttribute } from '../../../api/app-users.js';
import { type RegisterForm, registerFormQuery } from '../../../api/apps.js';
import { api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows } from '../../../components/page.js';
import { typeLabel } from '../attributes/attribute-types.js';

/** The custom register form: which user attributes a person answers when registering, in order. */
export function RegisterFormCard({ appId }: { appId: string }) {
  const form = useQuery(registerFormQuery(appId));
  const attributes = useQuery(appAttributesQuery(appId));
  return (
    <Card withBorder component="section" aria-labelledby="register-form-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="register-form-title">
          Register form
        </Title>
        <Text size="sm" c="dimmed">
          Besides name, email and password, people registering answer these questions. Each answer is stored
          in a user attribute, usable in conditions as user.&lt;key&gt;.
        </Text>
        <ApiErrorAlert error={form.error ?? attributes.error} />
        {(form.isPending || attributes.isPending) && <LoadingRows rows={3} />}
        {form.data && attributes.data && (
          <RegisterFormEditor appId={appId} current={form.data} attributes={attributes.data.items} />
        )}
      </Stack>
    </Card>
  );
}

interface Field {
  attribute: string;
  label: string;
  required: boolean;
}

function RegisterFormEditor({
  appId,
  current,
  attributes,
}: {
  appId: string;
  current: RegisterForm;
  attributes: UserAttribute[];
}) {
  const queryClient = useQueryClient();
  const form = useForm<{ fields: Field[] }>({
    initialValues: {
      fields: current.fields.map((f) => ({ attribute: f.attribute, label: f.label, required: f.required })),
    },
    validate: {
      fields: {
        attribute: (v) => (v ? null : 'Choose the attribute the answer goes to'),
        label: (v) => (v.trim() ? null : 'Write the question people see'),
      },
    },
  });
  const save = useMutation({
    mutationFn: (body: { fields: Field[] }) =>
      unwrap(api.PUT('/api/apps/{app}/register-form', { params: { path: { app: appId } }, body })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(registerFormQuery(appId).queryKey, saved);
      form.resetDirty();
      notifyDone(
        'Register form saved',
        saved.fields.length === 0
          ? 'People registering give only their name, email and password.'
          : `People registering now answer ${saved.fields.length} question${saved.fields.length === 1 ? '' : 's'}.`,
      );
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const used = new Set(form.values.fields.map((f) => f.attribute));
  const unused = attributes.filter((a) => !used.has(a.key));
  const fields = form.values.fields;
  if (attributes.length === 0) {
    return (
      <Text size="sm">
        This application has no user attributes yet. Define attributes (department, region…) first; then each
        can become a question of the register form.
      </Text>
    );
  }
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        {fields.length === 0 && (
          <Text size="sm">No questions: people registering give only their name, email and password.</Text>
        )}
        {fields.map((field, index) => {
          const attribute = attributes.find((a) => a.key === field.attribute);
          const name = field.label || `Question ${index + 1}`;
          return (
            <Card key={field.attribute} withBorder p="sm" aria-label={`Question ${index + 1}`}>
              <Group align="flex-start" gap="sm" wrap="wrap">
                <Select
                  label="Attribute"
                  data={attributes
                    .filter((a) => a.key === field.attribute || !used.has(a.key))
                    .map((a) => ({ value: a.key, label: `${a.name} (${a.key})` }))}
                  style={{ flex: '1 1 12rem' }}
                  allowDeselect={false}
                  {...form.getInputProps(`fields.${index}.attribute`)}
                />
                <TextInput
                  label="Label"
                  style={{ flex: '2 1 14rem' }}
                  {...form.getInputProps(`fields.${index}.label`)}
                />
              </Group>
              <Group justify="space-between" mt="xs" wrap="wrap">
                <Group gap="sm">
                  <Badge variant="light" color="gray">
                    {attribute ? typeLabel(attribute.type) : 'No attribute'}
                  </Badge>
                  <Checkbox
                    label="Required"
                    {...form.getInputProps(`fields.${index}.required`, { type: 'checkbox' })}
                  />
                </Group>
                <Group gap={4}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${name} up`}
                    disabled={index === 0}
                    onClick={() => form.reorderListItem('fields', { from: index, to: index - 1 })}
                  >
                    <ArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${name} down`}
                    disabled={index === fields.length - 1}
                    onClick={() => form.reorderListItem('fields', { from: index, to: index + 1 })}
                  >
                    <ArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${name}`}
                    onClick={() => form.removeListItem('fields', index)}
                  >
                    <Trash2 size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            </Card>
          );
        })}
        <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<Plus size={16} />}
            disabled={unused.length === 0}
            onClick={() => {
              const next = unused[0];
              if (next)
                form.insertListItem('fields', { attribute: next.key, label: next.name, required: false });
            }}
          >
            Add a question
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            Save register form
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
