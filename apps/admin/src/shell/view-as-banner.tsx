import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Eye } from 'lucide-react';
import { api, unwrap } from '../api/client.js';
import { ButtonLink } from '../components/links.js';

/** While a builder views the app as another user, every screen says so and offers the way back. */
export function ViewAsBanner() {
  const queryClient = useQueryClient();
  const viewAs = useQuery({ queryKey: ['view-as'], queryFn: () => unwrap(api.GET('/api/view-as')) });
  const stop = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/view-as')),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const active = viewAs.data?.active;
  if (!active) return null;
  return (
    <Alert color="yellow" mb="md" icon={<Eye size={18} />} role="status" aria-label="Viewing as another user">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          You are viewing the app as <strong>{active.user.name}</strong> ({active.user.email})
          {active.writes ? ', and your changes are made as them' : ', read only'}. Reason: {active.reason}
        </Text>
        <Group gap="xs">
          <ButtonLink size="xs" variant="white" color="dark" to="/apps/$app" params={{ app: active.appId }}>
            Open the app
          </ButtonLink>
          <Button
            size="xs"
            variant="white"
            color="dark"
            onClick={() => stop.mutate()}
            loading={stop.isPending}
          >
            Stop viewing as {active.user.name}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
