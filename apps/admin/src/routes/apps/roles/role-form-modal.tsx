import { Button, Group, Modal, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { appQuery } from '../../../api/apps.js';
import { api, unwrap } from '../../../api/client.js';
import { rightsCatalogueQuery } from '../../../api/rights.js';
import { customRightsQuery, type Role, type RoleBody } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { delegationCeiling } from '../users/delegation-ceiling.js';
import { RightsPicker, withReason } from './rights-picker.js';
import { ROLE_FLAGS } from './role-flags.js';

type Values = Required<RoleBody>;

const EMPTY: Values = {
  key: '',
  name: '',
  description: '',
  internal: false,
  builder: false,
  allData: false,
  forceMfa: false,
  rights: [],
};

/** A key made from a name: lower-case letters, digits and _ (what the API accepts). */
function keyFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 63);
}

/** Creates a role, or edits one (its key is stable): name, description, flags and rights. */
export function RoleFormModal({
  appId,
  role,
  opened,
  onClose,
}: {
  appId: string;
  role: Role | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={role ? `Edit the role ${role.name}` : 'Create a role'}
      size="xl"
    >
      {opened && <RoleForm key={role?.key ?? 'new'} appId={appId} role={role} onClose={onClose} />}
    </Modal>
  );
}

function RoleForm({ appId, role, onClose }: { appId: string; role: Role | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const catalogue = useQuery(rightsCatalogueQuery);
  const customRights = useQuery(customRightsQuery(appId));
  // Nobody gives a role what they do not hold themselves: that is shown here, not refused on saving.
  const { company } = useWorkspace();
  const app = useQuery(appQuery(appId)).data;
  const ceiling = app ? delegationCeiling(company, app.you) : undefined;
  const form = useForm<Values>({
    initialValues: role ? { ...EMPTY, ...pick(role) } : EMPTY,
    validate: {
      name: (v) => (v.trim() ? null : 'Give the role a name'),
      key: (v) => (role || v ? null : 'Give the role a key'),
    },
  });
  const save = useMutation({
    mutationFn: async ({ key, ...rest }: Values) => {
      if (!role) {
        const body = { key, ...rest };
        return unwrap(api.POST('/api/apps/{app}/roles', { params: { path: { app: appId } }, body }));
      }
      const path = { app: appId, role: role.key };
      return unwrap(api.PATCH('/api/apps/{app}/roles/{role}', { params: { path }, body: rest }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId] });
      notifyDone(
        role ? 'Role saved' : 'Role created',
        `${form.values.name} is saved. Give it to users from the Users screen.`,
      );
      onClose();
    },
    onError: (error) => {
      showFieldErrors(form, error);
      const rights = Object.entries(form.errors).find(([k]) => k.startsWith('rights.'));
      if (rights) form.setFieldError('rights', String(rights[1]));
    },
  });
  const placed = Object.keys(form.errors).length > 0;
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Name"
            required
            data-autofocus
            {...form.getInputProps('name')}
            onChange={(e) => {
              const name = e.currentTarget.value;
              if (!role && (form.values.key === '' || form.values.key === keyFrom(form.values.name))) {
                form.setFieldValue('key', keyFrom(name));
              }
              form.setFieldValue('name', name);
            }}
          />
          <TextInput
            label="Key"
            description={
              role
                ? 'The key stays as it is: rules refer to it.'
                : 'Rules and conditions refer to it (user.roles).'
            }
            required={!role}
            disabled={Boolean(role)}
            {...form.getInputProps('key')}
          />
        </Group>
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Flags
          </Text>
          {ROLE_FLAGS.map((flag) => (
            <Switch
              key={flag.key}
              label={flag.label}
              description={withReason(flag.meaning, ceiling?.flag(flag.key) ?? null)}
              disabled={Boolean(ceiling?.flag(flag.key))}
              {...form.getInputProps(flag.key, { type: 'checkbox' })}
            />
          ))}
        </Stack>
        {catalogue.data && customRights.data ? (
          <RightsPicker
            catalogue={catalogue.data}
            customRights={customRights.data.items}
            value={form.values.rights}
            onChange={(rights) => form.setFieldValue('rights', rights)}
            error={form.errors.rights ? String(form.errors.rights) : undefined}
            kept={(key) => ceiling?.right(key) ?? null}
          />
        ) : (
          <LoadingRows rows={4} />
        )}
        <ApiErrorAlert error={catalogue.error ?? customRights.error} />
        <ApiErrorAlert error={save.error && !placed ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {role ? 'Save role' : 'Create role'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function pick(role: Role): Values {
  const { key, name, description, internal, builder, allData, forceMfa, rights } = role;
  return { key, name, description, internal, builder, allData, forceMfa, rights };
}
