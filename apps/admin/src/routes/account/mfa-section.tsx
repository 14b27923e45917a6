import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client.js';
import { useMe } from '../../api/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { BackupCodes } from '../../components/backup-codes.js';
import { MfaEnrolment } from '../../components/mfa-enrolment.js';
import { LoadingRows } from '../../components/page.js';
import { Section } from './section.js';

/** Two-factor authentication: turn it on, replace the backup codes, or turn it off. */
export function MfaSection() {
  const me = useMe().data;
  if (!me) return <LoadingRows rows={3} />;
  if (!me.mfa.enabled) {
    return (
      <Stack maw={720}>
        <Section
          title="Two-factor authentication"
          description="Off. Turn it on and signing in will ask for a code from an app on your phone as well as your password, so a stolen password alone opens nothing."
        >
          <MfaEnrolment
            doneLabel="I saved my backup codes"
            onDone={() => {
              notifications.show({
                color: 'teal',
                title: 'Two-factor authentication is on',
                message: 'Signing in now asks for a code.',
              });
            }}
          />
        </Section>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={720}>
      <Alert color="teal" icon={<ShieldCheck size={18} />} title="Two-factor authentication is on">
        <Text size="sm">
          Signing in asks for a code from your authenticator app, or one of your backup codes.
        </Text>
      </Alert>
      <RegenerateBackupCodes />
      <DisableMfa />
    </Stack>
  );
}

function PasswordForm({
  label,
  pending,
  error,
  color,
  onSubmit,
}: {
  label: string;
  pending: boolean;
  error: unknown;
  color?: string;
  onSubmit: (password: string) => void;
}) {
  const [password, setPassword] = useState('');
  const fieldError = error instanceof ApiError && error.status < 500 ? error.message : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <Stack gap="sm">
        <PasswordInput
          label="Your password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError}
        />
        {!fieldError && <ApiErrorAlert error={error} />}
        <Group>
          <Button type="submit" color={color} loading={pending} disabled={!password}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RegenerateBackupCodes() {
  const regenerate = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/auth/mfa/backup-codes', { body: { password } })),
    onSuccess: () =>
      notifications.show({
        color: 'teal',
        title: 'New backup codes',
        message: 'Your old backup codes no longer work.',
      }),
  });
  return (
    <Section
      title="Backup codes"
      description="Used up your codes, or worried someone saw them? New codes replace all the old ones."
    >
      {regenerate.data ? (
        <>
          <BackupCodes codes={regenerate.data.backupCodes} />
          <Group>
            <Button variant="default" onClick={() => regenerate.reset()}>
              I saved them
            </Button>
          </Group>
        </>
      ) : (
        <PasswordForm
          label="Make new backup codes"
          pending={regenerate.isPending}
          error={regenerate.error}
          onSubmit={(password) => regenerate.mutate(password)}
        />
      )}
    </Section>
  );
}

function DisableMfa() {
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const disable = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/auth/mfa/disable', { body: { password } })),
    onSuccess: async () => {
      setOpened(false);
      notifications.show({
        color: 'orange',
        title: 'Two-factor authentication is off',
        message: 'Signing in asks only for your password now.',
      });
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <Section
      title="Turn off two-factor authentication"
      description="A company or role that requires it will ask you to turn it on again before its screens open."
    >
      <Group>
        <Button color="red" variant="light" onClick={() => setOpened(true)}>
          Turn off two-factor authentication
        </Button>
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Turn off two-factor authentication?">
        <Stack gap="sm">
          <Text size="sm">
            Your account will be protected by your password alone, and your backup codes stop working.
          </Text>
          <PasswordForm
            label="Turn it off"
            color="red"
            pending={disable.isPending}
            error={disable.error}
            onSubmit={(password) => disable.mutate(password)}
          />
        </Stack>
      </Modal>
    </Section>
  );
}
