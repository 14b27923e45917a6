import { Button, Center, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ApiError } from '../api/client.js';
import { ApiErrorAlert } from './api-error-alert.js';
import { ButtonLink } from './links.js';

export function NotFoundPage() {
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm" maw={480}>
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed" ta="center">
          There is nothing at this address, or it is not yours to see.
        </Text>
        <ButtonLink to="/">Go to your companies</ButtonLink>
      </Stack>
    </Center>
  );
}

/** What a screen shows when loading it failed: the API's words, never a blank page. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const status = error instanceof ApiError ? error.status : 0;
  return (
    <Stack gap="md" maw={640} p="md">
      <ApiErrorAlert error={error} />
      <div>
        {status === 403 || status === 404 ? (
          <ButtonLink to="/" variant="default">
            Go to your companies
          </ButtonLink>
        ) : (
          <Button variant="default" onClick={reset}>
            Try again
          </Button>
        )}
      </div>
    </Stack>
  );
}
