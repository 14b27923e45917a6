import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CircleAlert } from 'lucide-react';
import { deleteMedia, type MediaFile, mediaKey, pagesUsing } from '../../../api/media.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';
import { notifyDone } from '../../../components/notify.js';

/**
 * Deleting a file, confirmed first. The server refuses while a page uses it; the refusal links
 * each page, where the use can be removed.
 */
export function DeleteMediaModal({
  appId,
  file,
  opened,
  onClose,
  onDeleted,
}: {
  appId: string;
  file: MediaFile;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteMedia(appId, file.id),
    onSuccess: async () => {
      onClose();
      onDeleted();
      await queryClient.invalidateQueries({ queryKey: mediaKey(appId) });
      notifyDone('File deleted', `${file.name} and its versions are gone.`);
    },
  });
  const pages = pagesUsing(remove.error);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={`Delete ${file.name}?`}>
      <Stack>
        <Text size="sm">
          The file and all its versions are deleted. Pages and records that still use it are checked first.
        </Text>
        {pages.length > 0 ? (
          <Alert color="red" icon={<CircleAlert size={18} />} title="Not deleted: pages use it" role="alert">
            <Text size="sm">Remove the file from these pages first, then delete it:</Text>
            <List size="sm" mt="xs" aria-label="Pages using the file">
              {pages.map((p) => (
                <List.Item key={p.id}>
                  <TextLink to="/apps/$app/pages/$page" params={{ app: appId, page: p.id }} size="sm">
                    {p.title}
                  </TextLink>{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    /{p.slug}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <ApiErrorAlert error={remove.error} title="Not deleted" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
            Delete file
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
