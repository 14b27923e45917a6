import { Autocomplete, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Search } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { fetchMediaPage, MEDIA_EDIT, type MediaFilters, mediaKey, uploadMedia } from '../../../api/media.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { LoadMore, useCursorList } from '../../../components/cursor-list.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { MediaCard } from './media-card.js';
import { MediaDrawer } from './media-drawer.js';
import { UploadRefusal, UploadZone } from './upload-zone.js';

/** The library's view, all in the address: the filters and the open file. */
export interface MediaSearch extends MediaFilters {
  file?: string;
}

const route = getRouteApi('/signed-in/apps/$app/media');

/** The app's files: find one, upload new ones, and open one to use, change or delete it. */
export function MediaPage() {
  const { app: appId } = route.useParams();
  const { search, folder, tag, file } = route.useSearch();
  const navigate = useNavigate({ from: '/apps/$app/media' });
  const canEdit = useWorkspace().canApp(MEDIA_EDIT);
  const queryClient = useQueryClient();
  const filters: MediaFilters = { search, folder, tag };
  const list = useCursorList([...mediaKey(appId), 'list', filters], (after) =>
    fetchMediaPage(appId, filters, after),
  );
  const setSearch = (next: Partial<MediaSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });

  const upload = useMutation({
    mutationFn: (files: File[]) => uploadMedia(appId, files, { folder }),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: mediaKey(appId) });
      const names = answer.items.map((i) => i.name).join(', ');
      notifyDone(answer.items.length === 1 ? 'File uploaded' : 'Files uploaded', names);
    },
  });

  const folders = [...new Set(list.items.map((i) => i.folder).filter(Boolean))].sort();
  const tags = [...new Set(list.items.flatMap((i) => i.tags))].sort();
  const filtered = Boolean(search || folder || tag);
  return (
    <Stack maw={1400}>
      <PageHeader
        title="Media"
        description="The files the app’s pages use: images, brochures, price lists. Open one to copy its address into a page, rename it, or upload a new version."
      />
      {canEdit && (
        <UploadZone
          onFiles={(files) => upload.mutate(files)}
          uploading={upload.isPending}
          destination={folder ? `They go into the folder ${folder}.` : 'They go to the top level.'}
        />
      )}
      <UploadRefusal error={upload.error} />
      <Group align="flex-end" gap="sm" role="search" aria-label="Find files">
        <SearchBox value={search ?? ''} onChange={(value) => setSearch({ search: value || undefined })} />
        <Autocomplete
          label="Folder"
          placeholder="All folders"
          data={folders}
          value={folder ?? ''}
          onChange={(value) => setSearch({ folder: value || undefined })}
          clearable
          style={{ flex: '1 1 10rem' }}
        />
        <Autocomplete
          label="Tag"
          placeholder="Any tag"
          data={tags}
          value={tag ?? ''}
          onChange={(value) => setSearch({ tag: value || undefined })}
          clearable
          style={{ flex: '1 1 10rem' }}
        />
      </Group>
      <ApiErrorAlert error={list.error} />
      {list.isPending && <LoadingRows rows={4} height={80} />}
      {list.data && list.items.length === 0 && (
        <Card withBorder>
          <Text c="dimmed" size="sm">
            {filtered
              ? 'No file matches these filters.'
              : `The library is empty.${canEdit ? ' Upload the first files above.' : ''}`}
          </Text>
        </Card>
      )}
      {list.items.length > 0 && (
        <SimpleGrid
          cols={{ base: 2, sm: 3, md: 4, xl: 6 }}
          spacing="sm"
          component="ul"
          aria-label="Files"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {list.items.map((item) => (
            <li key={item.id}>
              <MediaCard file={item} onOpen={() => setSearch({ file: item.id })} />
            </li>
          ))}
        </SimpleGrid>
      )}
      {list.data && list.items.length > 0 && <LoadMore list={list} noun="files" />}
      {file && (
        <MediaDrawer
          appId={appId}
          fileId={file}
          canEdit={canEdit}
          onClose={() => setSearch({ file: undefined })}
        />
      )}
    </Stack>
  );
}

/** The name search, sent once typing pauses rather than on every key. */
function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [typed, setTyped] = useState(value);
  const [debounced] = useDebouncedValue(typed, 300);
  // Only what was typed is sent: a search changed by the back button is not sent back.
  const sent = useRef(debounced);
  useEffect(() => {
    if (debounced === sent.current) return;
    sent.current = debounced;
    onChange(debounced);
  }, [debounced, onChange]);
  return (
    <TextInput
      label="Search by name"
      placeholder="logo, brochure…"
      leftSection={<Search size={16} />}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      style={{ flex: '1 1 14rem' }}
    />
  );
}
