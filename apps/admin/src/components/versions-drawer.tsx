import { Badge, Button, Code, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiErrorAlert } from './api-error-alert.js';
import { notifyDone } from './notify.js';
import { LoadingRows } from './page.js';

const when = (d: string | Date) => new Date(d).toLocaleString();

/** A value of a diff as it reads: text as is, anything else as compact JSON. */
function shown(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface SavedVersion {
  version: number;
  savedAt: string | Date;
  savedBy: { email: string } | null;
  restoredFrom: number | null;
}

/** What the drawer asks of a versioned thing (a page, a dashboard): its versions, a diff, a restore. */
export interface VersionsSource {
  title: string;
  version: number;
  /** Where its answers are cached: the versions and diffs go under it. */
  key: QueryKey;
  versions: () => Promise<{ items: SavedVersion[] }>;
  /** What changed from a version to the current one. */
  diff: (version: number) => Promise<{ changes: { path: string; before?: unknown; after?: unknown }[] }>;
  restore: (version: number) => Promise<{ title: string; version: number }>;
  /** What to refetch once a version is restored. */
  invalidates: QueryKey;
}

/** Every saved version: who saved it and when, what differs from now, and restoring one. */
export function VersionsDrawer({
  source,
  opened,
  onClose,
  canEdit,
}: {
  source: VersionsSource;
  opened: boolean;
  onClose: () => void;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const versions = useQuery({
    queryKey: [...source.key, 'versions'],
    queryFn: source.versions,
    enabled: opened,
  });
  const [picked, setPicked] = useState<number | null>(null);
  const diff = useQuery({
    queryKey: [...source.key, 'diff', picked],
    queryFn: () => source.diff(picked ?? 1),
    enabled: opened && picked !== null && picked !== source.version,
  });
  const restore = useMutation({
    mutationFn: source.restore,
    onSuccess: async (restored) => {
      setPicked(null);
      await queryClient.invalidateQueries({ queryKey: source.invalidates });
      notifyDone(
        'Version restored',
        `${restored.title} is back as it was, saved as version ${restored.version}.`,
      );
      onClose();
    },
  });
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={`Versions of ${source.title}`}
    >
      <Stack gap="md">
        <ApiErrorAlert error={versions.error} />
        {!versions.data && !versions.error && <LoadingRows />}
        {versions.data && (
          <Table aria-label="Versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Saved</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.data.items.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td>
                    <Group gap={6}>
                      {v.version}
                      {v.version === source.version && <Badge variant="light">Current</Badge>}
                      {v.restoredFrom !== null && (
                        <Badge variant="light" color="gray">
                          restores {v.restoredFrom}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{when(v.savedAt)}</Table.Td>
                  <Table.Td>{v.savedBy?.email ?? '—'}</Table.Td>
                  <Table.Td>
                    {v.version !== source.version && (
                      <Button
                        size="xs"
                        variant={picked === v.version ? 'filled' : 'default'}
                        onClick={() => setPicked(v.version)}
                        aria-label={`Compare version ${v.version} with the current one`}
                      >
                        Compare
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {picked !== null && (
          <Stack gap="xs" component="section" aria-label={`Version ${picked} against the current one`}>
            <Text fw={600}>
              Version {picked} → current (version {source.version})
            </Text>
            <ApiErrorAlert error={diff.error} />
            {diff.data && diff.data.changes.length === 0 && (
              <Text size="sm" c="dimmed">
                The same as the current version.
              </Text>
            )}
            {diff.data && diff.data.changes.length > 0 && (
              <Table aria-label="Changes">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>What</Table.Th>
                    <Table.Th>In version {picked}</Table.Th>
                    <Table.Th>Now</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {diff.data.changes.map((c) => (
                    <Table.Tr key={c.path}>
                      <Table.Td>
                        <Code>{c.path}</Code>
                      </Table.Td>
                      <Table.Td style={{ wordBreak: 'break-word' }}>{shown(c.before)}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-word' }}>{shown(c.after)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <ApiErrorAlert error={restore.error} title="Not restored" />
            {canEdit && (
              <Group>
                <Button onClick={() => restore.mutate(picked)} loading={restore.isPending}>
                  Restore version {picked}
                </Button>
              </Group>
            )}
            <Text size="xs" c="dimmed">
              Restoring saves the old content as a new version; nothing is lost.
            </Text>
          </Stack>
        )}
      </Stack>
    </Drawer>
  );
}
