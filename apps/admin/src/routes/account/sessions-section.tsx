import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type MySession, mySessionsQuery } from '../../api/account.js';
import { api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { LoadingRows } from '../../components/page.js';
import { Section } from './section.js';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A browser or device in plain words, from its user agent. */
function deviceOf(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (!browser && !system) return userAgent.slice(0, 60);
  return [browser ?? 'A program', system && `on ${system}`].filter(Boolean).join(' ');
}

/** Where I am signed in: end one session, or every other one. */
export function SessionsSection() {
  const queryClient = useQueryClient();
  const sessions = useQuery(mySessionsQuery);
  // The target outlives the dialog's closing animation, so its words do not change as it fades.
  const [ending, setTarget] = useState<MySession | 'others' | null>(null);
  const [opened, setOpened] = useState(false);
  const setEnding = (target: MySession | 'others' | null) => {
    if (target) setTarget(target);
    setOpened(target !== null);
  };
  const end = useMutation({
    mutationFn: async (target: MySession | 'others') => {
      if (target === 'others') return (await unwrap(api.DELETE('/api/auth/sessions'))).revoked;
      await unwrap(api.DELETE('/api/auth/sessions/{id}', { params: { path: { id: target.id } } }));
      return 1;
    },
    onSuccess: async (count) => {
      setEnding(null);
      notifications.show({
        color: 'teal',
        title: count === 1 ? 'Session ended' : `${count} sessions ended`,
        message: 'That device must sign in again to continue.',
      });
      await queryClient.invalidateQueries({ queryKey: mySessionsQuery.queryKey });
    },
  });
  const others = (sessions.data ?? []).filter((s) => !s.current);
  return (
    <Section
      title="Where you are signed in"
      description="Each browser or program you signed in with. End any you do not recognise, then change your password."
    >
      {sessions.isPending ? (
        <LoadingRows rows={3} />
      ) : sessions.isError ? (
        <ApiErrorAlert error={sessions.error} />
      ) : (
        <>
          <Table.ScrollContainer
            minWidth={640}
            type="native"
            pos="relative"
            tabIndex={0}
            role="region"
            aria-label="Your sessions"
          >
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Device</Table.Th>
                  <Table.Th>IP address</Table.Th>
                  <Table.Th>Signed in</Table.Th>
                  <Table.Th>Ends</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm">{deviceOf(session.userAgent)}</Text>
                        {session.current && (
                          <Badge color="teal" c="teal.9" variant="outline">
                            This session
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{session.ipAddress ?? 'Unknown'}</Table.Td>
                    <Table.Td>{when.format(new Date(session.createdAt))}</Table.Td>
                    <Table.Td>{when.format(new Date(session.expiresAt))}</Table.Td>
                    <Table.Td ta="right">
                      {!session.current && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEnding(session)}
                          aria-label={`End the session of ${deviceOf(session.userAgent)} from ${when.format(new Date(session.createdAt))}`}
                        >
                          End
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {others.length === 0 ? (
            <Text size="sm" c="dimmed">
              You are signed in here only.
            </Text>
          ) : (
            <Group>
              <Button color="red" variant="light" onClick={() => setEnding('others')}>
                Sign out all other sessions
              </Button>
            </Group>
          )}
        </>
      )}
      <Modal
        opened={opened}
        onClose={() => setEnding(null)}
        title={ending === 'others' ? 'Sign out all other sessions?' : 'End this session?'}
      >
        <Stack gap="sm">
          <Text size="sm">
            {ending === 'others'
              ? `${others.length === 1 ? 'One other session' : `${others.length} other sessions`} will be signed out. You stay signed in here.`
              : ending
                ? `${deviceOf(ending.userAgent)}, signed in ${when.format(new Date(ending.createdAt))}, will be signed out.`
                : ''}
          </Text>
          <ApiErrorAlert error={end.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEnding(null)}>
              Cancel
            </Button>
            <Button color="red" loading={end.isPending} onClick={() => ending && end.mutate(ending)}>
              {ending === 'others' ? 'Sign out the others' : 'End the session'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
