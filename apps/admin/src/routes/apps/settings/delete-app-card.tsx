import { Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { AppDetail } from '../../../api/apps.js';
import { api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';

/** Deleting an application cannot be undone, so the builder types its name to confirm. */
export function DeleteAppCard({ app }: { app: AppDetail }) {
  const [opened, { open, close }] = useDisclosure();
  const [typed, setTyped] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/apps/{app}', { params: { path: { app: app.id } } })),
    onSuccess: async () => {
      await navigate({ to: '/companies/$company', params: { company: app.companyId } });
      queryClient.removeQueries({ queryKey: ['apps', app.id] });
      await queryClient.invalidateQueries({ queryKey: ['apps'] });
      await queryClient.invalidateQueries({ queryKey: ['companies', app.companyId, 'apps'] });
      notifyDone('Application deleted', `${app.name} and its roles, rights and users are gone.`);
    },
  });
  const dismiss = () => {
    setTyped('');
    remove.reset();
    close();
  };
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="delete-app-title"
      style={{ borderColor: 'var(--mantine-color-red-6)' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="delete-app-title">
          Delete this application
        </Title>
        <Text size="sm">
          Deleting removes {app.name} with its roles, custom rights, attributes, data and users. People keep
          their accounts. This cannot be undone.
        </Text>
        <Group>
          <Button color="red" variant="outline" leftSection={<Trash2 size={16} />} onClick={open}>
            Delete application
          </Button>
        </Group>
      </Stack>
      <Modal opened={opened} onClose={dismiss} title={`Delete ${app.name}?`}>
        <Stack gap="sm">
          <Text size="sm">
            This removes the application and everything in it for good. To confirm, type its name:{' '}
            <Text span fw={700}>
              {app.name}
            </Text>
          </Text>
          <TextInput
            label="Application name"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            data-autofocus
            autoComplete="off"
          />
          <ApiErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Cancel
            </Button>
            <Button
              color="red"
              disabled={typed.trim() !== app.name}
              loading={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Delete for good
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
