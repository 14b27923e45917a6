import {
  Anchor,
  Button,
  Center,
  CopyButton,
  Drawer,
  Group,
  Image,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Check, Copy, Download, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { contentUrl, isResizable, type MediaFile, mediaQuery } from '../../../api/media.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { LoadingRows } from '../../../components/page.js';
import { DeleteMediaModal } from './delete-media-modal.js';
import { MediaDetailsForm } from './media-details-form.js';
import { formatSize, markdownFor, typeLabel, when } from './media-values.js';
import { MediaVersions } from './media-versions.js';

/** One file, opened from the library: see it, copy its address, change it, see its versions. */
export function MediaDrawer({
  appId,
  fileId,
  canEdit,
  onClose,
}: {
  appId: string;
  fileId: string;
  canEdit: boolean;
  onClose: () => void;
}) {
  const phone = useMediaQuery('(max-width: 48em)');
  const file = useQuery(mediaQuery(appId, fileId));
  const [deleting, setDeleting] = useState(false);
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={file.data?.name ?? 'File'}
      closeButtonProps={{ 'aria-label': 'Close the file' }}
    >
      <ApiErrorAlert error={file.error} />
      {file.isPending && <LoadingRows rows={5} />}
      {file.data && (
        <Stack gap="lg">
          <Preview file={file.data} />
          <Address file={file.data} />
          <MediaDetailsForm key={file.data.updatedAt} appId={appId} file={file.data} canEdit={canEdit} />
          <MediaVersions appId={appId} file={file.data} canEdit={canEdit} />
          {canEdit && (
            <Group>
              <Button
                variant="default"
                color="red"
                leftSection={<Trash2 size={16} />}
                onClick={() => setDeleting(true)}
              >
                Delete file
              </Button>
            </Group>
          )}
          <DeleteMediaModal
            appId={appId}
            file={file.data}
            opened={deleting}
            onClose={() => setDeleting(false)}
            onDeleted={onClose}
          />
        </Stack>
      )}
    </Drawer>
  );
}

/** The image itself, or what it is and a way to download it. */
function Preview({ file }: { file: MediaFile }) {
  return (
    <Stack gap="xs" component="section" aria-label="Preview">
      {isResizable(file.type) ? (
        // At its own size at most: a small image blown up to the drawer's width would look broken.
        <Center bg="var(--mantine-color-gray-light)" p="xs" style={{ borderRadius: 4 }}>
          <Image
            src={`${contentUrl(file, 640)}&version=${file.version}`}
            alt={file.name}
            w="auto"
            maw="100%"
            mah={360}
            fit="contain"
          />
        </Center>
      ) : (
        <Text size="sm" c="dimmed">
          {typeLabel(file.type)} files are not shown here; download it to open it.
        </Text>
      )}
      <Text size="sm">
        {typeLabel(file.type)} · {formatSize(file.size)}
        {file.width && file.height ? ` · ${file.width} × ${file.height} px` : ''} · version {file.version}
      </Text>
      <Text size="xs" c="dimmed">
        Uploaded {when(file.createdAt)}, last changed {when(file.updatedAt)}
      </Text>
      <Anchor href={`${file.url}?download=true`} size="sm" download>
        <Group gap={4} component="span">
          <Download size={14} aria-hidden /> Download {file.name}
        </Group>
      </Anchor>
    </Stack>
  );
}

/** The address to put in a page: always the current version, so replacing the file updates the page. */
function Address({ file }: { file: MediaFile }) {
  const markdown = markdownFor(file);
  return (
    <Stack gap="xs" component="section" aria-labelledby="media-address">
      <Title order={2} size="h5" id="media-address">
        Use it in a page
      </Title>
      <Group gap="xs" align="flex-end">
        <TextInput
          label="Address"
          value={file.url}
          readOnly
          style={{ flex: '1 1 16rem' }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <CopyValue value={file.url} label="Copy address" />
      </Group>
      <Group gap="xs" align="flex-end">
        <TextInput
          label="Markdown for a text section"
          value={markdown}
          readOnly
          style={{ flex: '1 1 16rem' }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <CopyValue value={markdown} label="Copy Markdown" />
      </Group>
    </Stack>
  );
}

/** Copies a value, and says so on the button for a moment. */
function CopyValue({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant="default"
          onClick={copy}
          leftSection={copied ? <Check size={16} /> : <Copy size={16} />}
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}
