import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Copy, KeyRound, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { apiKeyScopesQuery, type MyApiKey, myApiKeysQuery } from '../../api/account.js';
import { ApiError, api, unwrap } from '../../api/client.js';
import type { BodyOf } from '../../api/types.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { LoadingRows } from '../../components/page.js';
import { Section } from './section.js';

type Scope = BodyOf<'createApiKey'>['scopes'][number];
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** My API keys: for programs that call Charter as me, each with the scopes it may use. */
export function ApiKeysSection() {
  const keys = useQuery(myApiKeysQuery);
  const [creating, setCreating] = useState(false);
  // Targets outlive their dialog's closing animation, so its words do not change as it fades.
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<MyApiKey | null>(null);
  const [open, setOpen] = useState<'shown' | 'revoke' | null>(null);
  return (
    <Section
      title="API keys"
      description="A key lets a program call Charter as you, limited to the scopes you choose and to what you may do yourself."
    >
      <Group>
        <Button leftSection={<Plus size={16} />} onClick={() => setCreating(true)}>
          Create an API key
        </Button>
      </Group>
      {keys.isPending ? (
        <LoadingRows rows={3} />
      ) : keys.isError ? (
        <ApiErrorAlert error={keys.error} />
      ) : keys.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          You have no API keys. Create one when a program needs to call Charter for you.
        </Text>
      ) : (
        <Table.ScrollContainer
          minWidth={720}
          type="native"
          pos="relative"
          tabIndex={0}
          role="region"
          aria-label="Your API keys"
        >
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Scopes</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.data.map((key) => (
                <KeyRow
                  key={key.id}
                  apiKey={key}
                  onRevoke={() => {
                    setRevoking(key);
                    setOpen('revoke');
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateKeyModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(answer) => {
          setCreating(false);
          setCreated(answer);
          setOpen('shown');
        }}
      />
      <ShownOnceModal
        created={created}
        opened={open === 'shown'}
        onClose={() => {
          setOpen(null);
          // The secret leaves the page with the dialog: it is shown once.
          setTimeout(() => setCreated(null), 400);
        }}
      />
      <RevokeKeyModal apiKey={revoking} opened={open === 'revoke'} onClose={() => setOpen(null)} />
    </Section>
  );
}

function statusOf(key: MyApiKey): { label: string; color: string } | null {
  if (key.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (new Date(key.expiresAt).getTime() <= Date.now()) return { label: 'Expired', color: 'gray' };
  return null;
}

function KeyRow({ apiKey, onRevoke }: { apiKey: MyApiKey; onRevoke: () => void }) {
  const status = statusOf(apiKey);
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {apiKey.name}
            </Text>
            {status && (
              <Badge color={status.color} variant="outline" c={`${status.color}.9`}>
                {status.label}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            Starts with <Code>{apiKey.prefix}</Code>
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {apiKey.scopes.map((scope) => (
            <Badge key={scope} variant="outline" tt="none">
              {scope}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>{day.format(new Date(apiKey.expiresAt))}</Table.Td>
      <Table.Td>{apiKey.lastUsedAt ? day.format(new Date(apiKey.lastUsedAt)) : 'Never'}</Table.Td>
      <Table.Td ta="right">
        {!status && (
          <Tooltip label="Revoke">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Revoke the key ${apiKey.name}`}
              onClick={onRevoke}
            >
              <Trash2 size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The scopes a key can carry, in groups, with what each allows; those I hold nowhere are shown
 * greyed out, since a key never holds more than its account.
 */
function useScopeOptions() {
  const scopes = useQuery(apiKeyScopesQuery).data?.items ?? [];
  const option = (s: (typeof scopes)[number]) => ({
    value: s.scope,
    label: `${s.scope} — ${s.description}${s.grantable ? '' : ' (you do not hold it)'}`,
    disabled: !s.grantable,
  });
  const group = (name: string, test: (scope: string) => boolean) => ({
    group: name,
    items: scopes.filter((s) => test(s.scope)).map(option),
  });
  return [
    group('Your account', (s) => s.includes(':')),
    group('Company rights', (s) => s.startsWith('company.')),
    group('App rights', (s) => s.startsWith('app.')),
  ];
}

function CreateKeyModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (answer: { name: string; token: string }) => void;
}) {
  const queryClient = useQueryClient();
  const scopeOptions = useScopeOptions();
  const form = useForm({
    initialValues: { name: '', scopes: [] as string[], expiresInDays: '90' },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the key after the program that uses it'),
      scopes: (v) => (v.length > 0 ? null : 'Choose at least one scope'),
    },
  });
  const create = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/auth/api-keys', {
          body: {
            name: values.name,
            scopes: values.scopes as Scope[],
            expiresInDays: Number(values.expiresInDays),
          },
        }),
      ),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: myApiKeysQuery.queryKey });
      onCreated({ name: answer.key.name, token: answer.token });
      form.reset();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const placed = create.error instanceof ApiError && Object.keys(form.errors).length > 0;
  return (
    <Modal opened={opened} onClose={onClose} title="Create an API key" size="lg">
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            description="Say which program uses it, so you know what breaks if you revoke it."
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <MultiSelect
            label="Scopes"
            description="What the key may do. It never does more than you may do yourself: scopes you hold nowhere are greyed out."
            data={scopeOptions}
            searchable
            required
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('scopes')}
          />
          <Select
            label="Expires after"
            data={[
              { value: '30', label: '30 days' },
              { value: '90', label: '90 days' },
              { value: '180', label: '180 days' },
              { value: '365', label: '1 year' },
            ]}
            allowDeselect={false}
            {...form.getInputProps('expiresInDays')}
          />
          {!placed && <ApiErrorAlert error={create.error} title="The key was not created" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create key
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ShownOnceModal({
  created,
  opened,
  onClose,
}: {
  created: { name: string; token: string } | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Your key ${created?.name ?? ''}`} size="lg">
      <Stack gap="sm">
        <Alert color="yellow" icon={<KeyRound size={18} />} title="Copy it now: it is shown only this once">
          <Text size="sm">
            Charter keeps only a fingerprint of the key. If you lose it, revoke it and create another.
            Programs send it as <Code>Authorization: Bearer …</Code>.
          </Text>
        </Alert>
        <Textarea
          label="Your new API key"
          value={created?.token ?? ''}
          readOnly
          autosize
          minRows={1}
          onFocus={(e) => e.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
        />
        <Group justify="flex-end">
          <CopyButton value={created?.token ?? ''}>
            {({ copied, copy }) => (
              <Button variant="default" leftSection={<Copy size={16} />} onClick={copy}>
                {copied ? 'Copied' : 'Copy the key'}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>I copied it</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RevokeKeyModal({
  apiKey,
  opened,
  onClose,
}: {
  apiKey: MyApiKey | null;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/auth/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: async (key) => {
      onClose();
      notifications.show({
        color: 'teal',
        title: `Key ${key.name} revoked`,
        message: 'Programs using it are refused from their next call.',
      });
      await queryClient.invalidateQueries({ queryKey: myApiKeysQuery.queryKey });
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Revoke the key ${apiKey?.name ?? ''}?`}>
      <Stack gap="sm">
        <Text size="sm">
          Any program that uses it is refused from its next call. This cannot be undone: a program that still
          needs access gets a new key.
        </Text>
        <ApiErrorAlert error={revoke.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={revoke.isPending} onClick={() => apiKey && revoke.mutate(apiKey.id)}>
            Revoke key
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
