import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Eye } from 'lucide-react';
import { useEffect, useState } from 'react';
import { viewAsQuery } from '../api/access.js';
import { appQuery } from '../api/apps.js';
import { api, unwrap } from '../api/client.js';
import { ButtonLink } from '../components/links.js';

// The clock is read this often; the words change once a minute, so the banner (a polite live
// region) is announced when the minute changes, not on every tick.
const TICK_MS = 5_000;

/** "14 min left", from the view's end and the time now. */
export function remainingText(expiresAt: string, now: number): string {
  const ms = Date.parse(expiresAt) - now;
  if (ms <= 0) return 'ending now';
  if (ms < 60_000) return 'less than a minute left';
  return `${Math.ceil(ms / 60_000)} min left`;
}

/** While a builder views the app as another user, every screen says so and offers the way back. */
export function ViewAsBanner() {
  const queryClient = useQueryClient();
  const viewAs = useQuery({
    ...viewAsQuery,
    // Past its end, ask until the server says it is over (the two clocks may differ a little).
    refetchInterval: (query) => {
      const end = query.state.data?.active?.expiresAt;
      return end && Date.parse(end) <= Date.now() ? TICK_MS : false;
    },
  });
  const stop = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/view-as')),
    onSuccess: () => queryClient.resetQueries(),
  });
  const active = viewAs.data?.active;
  const app = useQuery({ ...appQuery(active?.appId ?? ''), enabled: Boolean(active) });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    // The banner may have been mounted long before this view began: read the clock now.
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [active]);
  const expired = active ? Date.parse(active.expiresAt) <= now : false;
  useEffect(() => {
    // The server has ended the view by now: every answer is the builder's own again.
    if (expired) void queryClient.resetQueries();
  }, [expired, queryClient]);
  if (!active) return null;
  return (
    <Alert color="yellow" mb="md" icon={<Eye size={18} />} role="status" aria-label="Viewing as another user">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          You are viewing the app as <strong>{active.user.name}</strong> ({active.user.email})
          {active.writes ? ', and your changes are made as them' : ', read only'}:{' '}
          <strong>{remainingText(active.expiresAt, now)}</strong>. Reason: {active.reason}
        </Text>
        <Group gap="xs">
          {app.data && (
            <ButtonLink
              size="xs"
              variant="white"
              color="dark"
              to="/a/$appSlug"
              params={{ appSlug: app.data.slug }}
            >
              Open the app
            </ButtonLink>
          )}
          <ButtonLink size="xs" variant="white" color="dark" to="/apps/$app" params={{ app: active.appId }}>
            Open in the backoffice
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
