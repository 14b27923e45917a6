import { Button, Group, PasswordInput, PinInput, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { secretOf } from '../api/account.js';
import { ApiError, api, unwrap } from '../api/client.js';
import { meQuery } from '../api/session.js';
import { ApiErrorAlert } from './api-error-alert.js';
import { BackupCodes } from './backup-codes.js';

/**
 * Turning on two-factor authentication: the password, then the QR code (or the secret typed by
 * hand) in an authenticator app, a first code to prove it works, and the backup codes, shown once.
 */
export function MfaEnrolment({ onDone, doneLabel = 'Done' }: { onDone: () => void; doneLabel?: string }) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/mfa/enroll', { body: { password } })),
  });
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/mfa/confirm', { body: { code } })),
  });
  // The account is only updated once the codes are saved: a screen that shows enrolment while
  // two-factor is off must keep showing the codes until then.
  function finish() {
    if (confirm.data) queryClient.setQueryData(meQuery.queryKey, confirm.data);
    onDone();
  }

  if (confirm.isSuccess && start.data) {
    return (
      <Stack gap="sm">
        <Text size="sm" fw={600} c="teal.9">
          Two-factor authentication is on. From now on, signing in asks for a code from your app.
        </Text>
        <BackupCodes codes={start.data.backupCodes} />
        <Group>
          <Button onClick={finish}>{doneLabel}</Button>
        </Group>
      </Stack>
    );
  }

  if (start.data) {
    const secret = secretOf(start.data.totpURI);
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            1. Scan this code with an authenticator app (Google Authenticator, Microsoft Authenticator,
            1Password and the like).
          </Text>
          <Group justify="center" p="sm" bg="white" style={{ borderRadius: 8, alignSelf: 'flex-start' }}>
            <QRCodeSVG value={start.data.totpURI} size={168} title="QR code for your authenticator app" />
          </Group>
          <Textarea
            label="Cannot scan? Type this key into the app instead"
            value={secret}
            readOnly
            autosize
            minRows={1}
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
          />
          <Stack gap={4}>
            <Text component="label" htmlFor="mfa-enrol-code-1" size="sm" fw={500}>
              2. Enter the 6-digit code the app shows
            </Text>
            <PinInput
              id="mfa-enrol-code"
              length={6}
              type="number"
              oneTimeCode
              value={code}
              onChange={setCode}
              ariaLabel="Code from the authenticator app"
              error={confirm.isError}
            />
          </Stack>
          <ApiErrorAlert error={confirm.error} title="That code did not work" />
          <Group>
            <Button type="submit" loading={confirm.isPending} disabled={code.length !== 6}>
              Turn on two-factor authentication
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  const wrongPassword = start.error instanceof ApiError && start.error.status < 500;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate();
      }}
    >
      <Stack gap="sm">
        <PasswordInput
          label="Your password"
          description="To make sure it is you before changing how you sign in."
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={wrongPassword ? start.error?.message : undefined}
        />
        {!wrongPassword && <ApiErrorAlert error={start.error} title="Enrolment did not start" />}
        <Group>
          <Button type="submit" loading={start.isPending} disabled={!password}>
            Set up the authenticator app
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
