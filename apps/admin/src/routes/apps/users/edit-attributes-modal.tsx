import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AppUser, appAttributesQuery, appUsersKey, type UserAttribute } from '../../../api/app-users.js';
import { api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows } from '../../../components/page.js';

/** The values of the app's custom user attributes for one user. */
export function EditAttributesModal({
  appId,
  user,
  onClose,
}: {
  appId: string;
  user: AppUser | null;
  onClose: () => void;
}) {
  const attributes = useQuery({ ...appAttributesQuery(appId), enabled: user !== null });
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? `Attributes of ${user.name}` : 'Attributes'}
    >
      <ApiErrorAlert error={attributes.error} />
      {user && attributes.isPending && <LoadingRows rows={3} />}
      {user && attributes.data?.items.length === 0 && (
        <Text size="sm">
          This application has no user attributes yet. Define them (department, region…) to use them in
          conditions as user.&lt;key&gt;.
        </Text>
      )}
      {user && attributes.data && attributes.data.items.length > 0 && (
        <AttributesForm
          key={user.accountId}
          appId={appId}
          user={user}
          attributes={attributes.data.items}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function AttributesForm({
  appId,
  user,
  attributes,
  onDone,
}: {
  appId: string;
  user: AppUser;
  attributes: UserAttribute[];
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useForm<{ attributes: Record<string, unknown> }>({
    initialValues: {
      attributes: Object.fromEntries(attributes.map((a) => [a.key, user.attributes[a.key] ?? emptyOf(a)])),
    },
  });
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      unwrap(
        api.PATCH('/api/apps/{app}/users/{accountId}', {
          params: { path: { app: appId, accountId: user.accountId } },
          body: { attributes: toPayload(attributes, values) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: appUsersKey(appId) });
      notifyDone('Attributes saved', `${user.name}'s attributes are updated.`);
      onDone();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values.attributes))} noValidate>
      <Stack gap="sm">
        {attributes.map((a) => (
          <AttributeInput
            key={a.key}
            attribute={a}
            props={form.getInputProps(`attributes.${a.key}`, {
              type: a.type === 'boolean' ? 'checkbox' : 'input',
            })}
          />
        ))}
        <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save attributes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// biome-ignore lint/suspicious/noExplicitAny: Mantine's input props differ per input kind
function AttributeInput({ attribute: a, props }: { attribute: UserAttribute; props: any }) {
  const common = { label: a.name, description: `user.${a.key}` };
  switch (a.type) {
    case 'boolean':
      return <Checkbox {...common} {...props} />;
    case 'integer':
    case 'decimal':
      return <NumberInput {...common} allowDecimal={a.type === 'decimal'} {...props} />;
    case 'singleSelect':
      return <Select {...common} data={a.options} clearable {...props} />;
    case 'multiSelect':
      return <MultiSelect {...common} data={a.options} clearable {...props} />;
    case 'date':
      return <TextInput {...common} type="date" {...props} />;
    default:
      return <TextInput {...common} {...props} />;
  }
}

function emptyOf(a: UserAttribute): unknown {
  if (a.type === 'boolean') return false;
  if (a.type === 'multiSelect') return [];
  return '';
}

// An emptied input clears the value (null), as the API expects.
function toPayload(attributes: UserAttribute[], values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    attributes.map((a) => {
      const v = values[a.key];
      if (v === '' || v === undefined || (Array.isArray(v) && v.length === 0)) return [a.key, null];
      return [a.key, v];
    }),
  );
}
