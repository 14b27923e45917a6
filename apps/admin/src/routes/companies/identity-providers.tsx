import {
  ActionIcon,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, Copy, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { type IdentityProvider, identityProvidersQuery } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { LoadingRows } from '../../components/page.js';
import { AddProviderModal } from './add-provider-modal.js';

/** The company's own OpenID Connect providers: members sign in with their company account. */
export function IdentityProviders({ companyId }: { companyId: string }) {
  const queryClient = useQueryClient();
  const providers = useQuery(identityProvidersQuery(companyId));
  const [adding, { open, close }] = useDisclosure();
  const [deleting, setDeleting] = useState<IdentityProvider | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['companies', companyId, 'identity-providers'] });
  const toggle = useMutation({
    mutationFn: (p: { provider: IdentityProvider; enabled: boolean }) =>
      unwrap(
        api.PATCH('/api/companies/{company}/identity-providers/{id}', {
          params: { path: { company: companyId, id: p.provider.id } },
          body: { enabled: p.enabled },
        }),
      ),
    onSuccess: async (_, p) => {
      await refresh();
      notify(
        `${p.provider.displayName} is ${p.enabled ? 'on: members can sign in with it' : 'off: nobody can sign in with it'}.`,
      );
    },
  });
  const remove = useMutation({
    mutationFn: (p: IdentityProvider) =>
      unwrap(
        api.DELETE('/api/companies/{company}/identity-providers/{id}', {
          params: { path: { company: companyId, id: p.id } },
        }),
      ),
    onSuccess: async (_, p) => {
      await refresh();
      setDeleting(null);
      notify(`${p.displayName} was removed.`);
    },
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="providers-heading">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3" id="providers-heading">
            Identity providers
          </Title>
          <Text size="sm" c="dimmed">
            Let members sign in with your organisation's account (OpenID Connect: Okta, Entra ID, Keycloak,
            Google Workspace…).
          </Text>
        </Stack>
        {providers.data && (
          <Button leftSection={<Plus size={16} />} variant="default" onClick={open}>
            Add a provider
          </Button>
        )}
      </Group>
      {providers.isPending && <LoadingRows rows={2} />}
      <ApiErrorAlert error={providers.error ?? toggle.error} />
      {providers.data?.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            No identity provider yet: members sign in with a password or a social account.
          </Text>
        </Card>
      )}
      {providers.data && providers.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label="Identity providers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Provider</Table.Th>
                <Table.Th>Issuer and client id</Table.Th>
                <Table.Th>Redirect address</Table.Th>
                <Table.Th>Sign-in</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {providers.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {p.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.providerId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-all' }}>
                      {p.issuer}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.clientId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Code style={{ wordBreak: 'break-all' }}>{p.redirectUri}</Code>
                      <CopyButton value={p.redirectUri}>
                        {({ copied, copy }) => (
                          <Tooltip label={copied ? 'Copied' : 'Copy'}>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              onClick={copy}
                              aria-label={`Copy the redirect address of ${p.displayName}`}
                            >
                              {copied ? <Check size={14} /> : <Copy size={14} />}
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </CopyButton>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={`Sign-in with ${p.displayName}`}
                      label={p.enabled ? 'On' : 'Off'}
                      checked={p.enabled}
                      onChange={(e) => toggle.mutate({ provider: p, enabled: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${p.displayName}`}
                      onClick={() => setDeleting(p)}
                    >
                      <Trash2 size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AddProviderModal companyId={companyId} opened={adding} onClose={close} />
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={deleting ? `Remove ${deleting.displayName}?` : ''}
      >
        <Stack gap="sm">
          <Text size="sm">
            Members who sign in with it will have to use a password or another provider. This cannot be
            undone; to pause it instead, turn its sign-in off.
          </Text>
          <ApiErrorAlert error={remove.error} title="The provider was not removed" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => deleting && remove.mutate(deleting)}
            >
              Remove provider
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
