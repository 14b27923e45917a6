import { Button, Group, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type MediaFile, mediaKey, updateMedia } from '../../../api/media.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';

/** The file's name, folder and tags: a form with the right to change them, read-only without. */
export function MediaDetailsForm({
  appId,
  file,
  canEdit,
}: {
  appId: string;
  file: MediaFile;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(file.name);
  const [folder, setFolder] = useState(file.folder);
  const [tags, setTags] = useState(file.tags);
  const save = useMutation({
    mutationFn: () => updateMedia(appId, file.id, { name: name.trim(), folder: folder.trim(), tags }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: mediaKey(appId) });
      notifyDone('File saved', saved.name);
    },
  });
  const changed =
    name.trim() !== file.name || folder.trim() !== file.folder || tags.join('\n') !== file.tags.join('\n');
  return (
    <Stack
      gap="xs"
      component="form"
      aria-labelledby="media-details"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Title order={2} size="h5" id="media-details">
        Name, folder and tags
      </Title>
      <TextInput
        label="Name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        readOnly={!canEdit}
        required={canEdit}
      />
      <TextInput
        label="Folder"
        description={canEdit ? 'Empty for the top level' : undefined}
        value={folder}
        onChange={(e) => setFolder(e.currentTarget.value)}
        readOnly={!canEdit}
      />
      <TagsInput
        label="Tags"
        description={canEdit ? 'Enter after each tag' : undefined}
        value={tags}
        onChange={setTags}
        readOnly={!canEdit}
        maxTags={20}
      />
      <ApiErrorAlert error={save.error} title="Not saved" />
      {canEdit && (
        <Group>
          <Button type="submit" disabled={!changed || !name.trim()} loading={save.isPending}>
            Save changes
          </Button>
        </Group>
      )}
    </Stack>
  );
}
