import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { CircleAlert, Upload } from 'lucide-react';
import { type DragEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.js';
import { allowedTypes, uploadRefusal } from './media-values.js';

/** A hidden file input opened by a labelled button: the one way to pick files, by keyboard too. */
export function FilePicker({
  label,
  multiple,
  onFiles,
  loading,
  variant,
}: {
  label: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  loading?: boolean;
  variant?: 'filled' | 'default';
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        variant={variant ?? 'filled'}
        leftSection={<Upload size={16} />}
        loading={loading}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        hidden
        aria-label={label}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that picking the same file again still reports a change.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

/** Why an upload or a replacement stored nothing, in the API's words, with what it accepts. */
export function UploadRefusal({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : String(error);
  const allowed = allowedTypes(error);
  return (
    <Alert color="red" icon={<CircleAlert size={18} />} title={uploadRefusal(error)} role="alert">
      <Text size="sm">{message}</Text>
      {allowed.length > 0 && (
        <Text size="sm" mt="xs">
          Accepted types: {allowed.join(', ')}.
        </Text>
      )}
    </Alert>
  );
}

/**
 * Where files are dropped or picked to be uploaded, several at once. Dropping is a shortcut for
 * the button beside it, which does the same for keyboard and screen-reader users.
 */
export function UploadZone({
  onFiles,
  uploading,
  destination,
}: {
  onFiles: (files: File[]) => void;
  uploading: boolean;
  destination: string;
}) {
  const [over, setOver] = useState(false);
  const hint = useId();
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <Stack
      component="section"
      aria-label="Upload"
      aria-describedby={hint}
      gap="xs"
      p="md"
      align="center"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        border: `2px dashed var(--mantine-color-${over ? 'blue-6' : 'gray-4'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: over ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Group gap="sm" justify="center">
        <Text size="sm" id={hint} ta="center">
          Drop files here, or choose them. {destination}
        </Text>
        <FilePicker label="Upload files" multiple onFiles={onFiles} loading={uploading} />
      </Group>
    </Stack>
  );
}
