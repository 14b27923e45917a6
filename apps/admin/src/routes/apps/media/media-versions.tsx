import { Anchor, Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type MediaFile,
  mediaKey,
  mediaVersionsQuery,
  replaceMedia,
  restoreMediaVersion,
} from '../../../api/media.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows } from '../../../components/page.js';
import { formatSize, typeLabel, when } from './media-values.js';
import { FilePicker, UploadRefusal } from './upload-zone.js';

/**
 * The file's history, newest first: replacing stores the next version, and restoring copies an
 * older one forward, so no version is ever lost.
 */
export function MediaVersions({
  appId,
  file,
  canEdit,
}: {
  appId: string;
  file: MediaFile;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const versions = useQuery(mediaVersionsQuery(appId, file.id));
  const refresh = () => queryClient.invalidateQueries({ queryKey: mediaKey(appId) });
  const replace = useMutation({
    mutationFn: (files: File[]) => replaceMedia(appId, file.id, files[0] as File),
    onSuccess: async (saved) => {
      await refresh();
      notifyDone('New version uploaded', `${saved.name} is now version ${saved.version}.`);
    },
  });
  const restore = useMutation({
    mutationFn: (version: number) => restoreMediaVersion(appId, file.id, version),
    onSuccess: async (saved, version) => {
      await refresh();
      notifyDone(`Version ${version} restored`, `${saved.name} is now version ${saved.version}.`);
    },
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="media-versions">
      <Group justify="space-between">
        <Title order={2} size="h5" id="media-versions">
          Versions
        </Title>
        {canEdit && (
          <FilePicker
            label="Replace with a new version"
            variant="default"
            onFiles={(files) => replace.mutate(files)}
            loading={replace.isPending}
          />
        )}
      </Group>
      {canEdit && (
        <Text size="xs" c="dimmed">
          A new version keeps the name, folder and tags, and pages using the file show it at once.
        </Text>
      )}
      <UploadRefusal error={replace.error} />
      <ApiErrorAlert error={versions.error ?? restore.error} />
      {versions.isPending && <LoadingRows rows={2} />}
      {versions.data && (
        <Table aria-label="Versions" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.data.items.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm" fw={500}>
                      Version {v.version}
                    </Text>
                    {v.version === file.version && (
                      <Badge size="sm" variant="light">
                        Current
                      </Badge>
                    )}
                    {v.restoredFrom !== null && (
                      <Text size="xs" c="dimmed">
                        restored from version {v.restoredFrom}
                      </Text>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {typeLabel(v.type)} · {formatSize(v.size)} · {when(v.savedAt)} by{' '}
                    {v.savedBy?.email ?? 'an account since deleted'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Anchor href={`${v.url}${v.url.includes('?') ? '&' : '?'}download=true`} size="sm">
                      Download<VisuallyHidden> version {v.version}</VisuallyHidden>
                    </Anchor>
                    {canEdit && v.version !== file.version && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={`Restore version ${v.version}`}
                        loading={restore.isPending && restore.variables === v.version}
                        onClick={() => restore.mutate(v.version)}
                      >
                        Restore
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
