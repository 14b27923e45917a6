import { Anchor, Button, Checkbox, Group, PinInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';

/** The second step of signing in: a code from the authenticator app, or a backup code. */
export function MfaStep({ onSignedIn, onBack }: { onSignedIn: () => Promise<void>; onBack: () => void }) {
  const [method, setMethod] = useState<'totp' | 'backup'>('totp');
  const [code, setCode] = useState('');
  const [trustDevice, setTrustDevice] = useState(false);
  const verify = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/auth/mfa/verify', {
          body: method === 'totp' ? { code, trustDevice } : { backupCode: code.trim(), trustDevice },
        }),
      ),
    onSuccess: onSignedIn,
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        verify.mutate();
      }}
    >
      <Stack gap="sm">
        {method === 'totp' ? (
          <Stack gap={4}>
            <Text component="label" htmlFor="mfa-code-1" size="sm" fw={500}>
              Authentication code
            </Text>
            <PinInput
              id="mfa-code"
              length={6}
              type="number"
              oneTimeCode
              value={code}
              onChange={setCode}
              ariaLabel="Authentication code"
              error={verify.isError}
            />
          </Stack>
        ) : (
          <TextInput
            label="Backup code"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
        )}
        <Checkbox
          label="Trust this device for 30 days"
          checked={trustDevice}
          onChange={(e) => setTrustDevice(e.currentTarget.checked)}
        />
        <ApiErrorAlert error={verify.error} title="That code did not work" />
        <Button type="submit" loading={verify.isPending} disabled={code.trim().length === 0} fullWidth>
          Verify
        </Button>
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={onBack}>
            Back
          </Anchor>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setCode('');
              setMethod(method === 'totp' ? 'backup' : 'totp');
            }}
          >
            {method === 'totp' ? 'Use a backup code instead' : 'Use the authenticator app instead'}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
