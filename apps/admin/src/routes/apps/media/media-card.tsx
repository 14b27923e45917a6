import { Badge, Card, Center, Group, Image, Stack, Text, UnstyledButton } from '@mantine/core';
import { FileText } from 'lucide-react';
import { contentUrl, isResizable, type MediaFile, type MediaWidth } from '../../../api/media.js';
import { formatSize, typeLabel, when } from './media-values.js';

/**
 * A picture of the file: its resized image, or an icon for what cannot be shown. The version is in
 * the address so that a replaced file never shows the browser's cached copy of the one before.
 */
export function MediaThumbnail({
  file,
  width,
  height,
  alt,
}: {
  file: MediaFile;
  width: MediaWidth;
  height: number;
  alt: string;
}) {
  if (!isResizable(file.type)) {
    return (
      <Center h={height} bg="var(--mantine-color-gray-light)" style={{ borderRadius: 4 }}>
        <Stack gap={4} align="center">
          <FileText size={32} aria-hidden />
          <Text size="xs" c="dimmed">
            {typeLabel(file.type)}
          </Text>
        </Stack>
      </Center>
    );
  }
  return (
    <Image
      src={`${contentUrl(file, width)}&version=${file.version}`}
      alt={alt}
      h={height}
      fit="contain"
      bg="var(--mantine-color-gray-light)"
      radius="sm"
      loading="lazy"
    />
  );
}

/** One file of the library: its thumbnail, name, type, size, folder, tags and when it came. */
export function MediaCard({ file, onOpen }: { file: MediaFile; onOpen: () => void }) {
  return (
    <Card withBorder padding="xs" h="100%">
      {/* The button is named by the file's name; the picture adds nothing for a screen reader. */}
      <UnstyledButton onClick={onOpen} title={file.name}>
        <MediaThumbnail file={file} width={160} height={120} alt="" />
        <Text size="sm" fw={500} truncate="end" mt="xs" c="blue">
          {file.name}
        </Text>
      </UnstyledButton>
      <Stack gap={4} mt={4}>
        <Text size="xs" c="dimmed">
          {typeLabel(file.type)} · {formatSize(file.size)}
          {file.version > 1 ? ` · version ${file.version}` : ''}
        </Text>
        {(file.folder || file.tags.length > 0) && (
          <Group gap={4}>
            {file.folder && (
              <Badge variant="outline" color="gray" size="sm" title="Folder">
                {file.folder}
              </Badge>
            )}
            {file.tags.map((t) => (
              <Badge key={t} variant="light" size="sm">
                {t}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          Uploaded {when(file.createdAt)}
        </Text>
      </Stack>
    </Card>
  );
}
