import { Alert, Button, CopyButton, Group, SimpleGrid, Text } from '@mantine/core';
import { Copy, Download, KeyRound } from 'lucide-react';

/** Backup codes, shown once: each signs in once when the authenticator app is not at hand. */
export function BackupCodes({ codes }: { codes: readonly string[] }) {
  const text = codes.join('\n');
  function download() {
    const url = URL.createObjectURL(new Blob([`Charter backup codes\n\n${text}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'charter-backup-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <Alert color="yellow" icon={<KeyRound size={18} />} title="Save your backup codes now">
      <Text size="sm">
        Each code signs you in once if you lose your phone. This is the only time they are shown: copy or
        download them and keep them somewhere safe.
      </Text>
      <SimpleGrid
        cols={2}
        spacing={4}
        my="sm"
        component="ul"
        aria-label="Backup codes"
        style={{ listStyle: 'none', padding: 0, fontFamily: 'var(--mantine-font-family-monospace)' }}
      >
        {codes.map((code) => (
          <Text component="li" key={code} size="sm">
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" leftSection={<Copy size={14} />} onClick={copy}>
              {copied ? 'Copied' : 'Copy the codes'}
            </Button>
          )}
        </CopyButton>
        <Button size="xs" variant="default" leftSection={<Download size={14} />} onClick={download}>
          Download as a file
        </Button>
      </Group>
    </Alert>
  );
}
