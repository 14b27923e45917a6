import { Alert, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { CircleAlert, Lock } from 'lucide-react';
import { ApiError } from '../api/client.js';
import { rightsCatalogueQuery } from '../api/rights.js';
import { ButtonLink } from './links.js';

/** An error from the API, in words: what happened, why, and what the person can do about it. */
export function ApiErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : new ApiError(0, { message: String(error) });
  if (apiError.status === 403) return <ForbiddenAlert error={apiError} />;
  const fieldIssues = Object.entries(apiError.fieldErrors);
  return (
    <Alert color="red" icon={<CircleAlert size={18} />} title={title ?? headline(apiError)} role="alert">
      <Text size="sm">{apiError.message}</Text>
      {fieldIssues.length > 0 && (
        <List size="sm" mt="xs">
          {fieldIssues.map(([field, message]) => (
            <List.Item key={field}>
              {field}: {message}
            </List.Item>
          ))}
        </List>
      )}
      {apiError.requestId && (
        <Text size="xs" c="dimmed" mt="xs">
          Reference {apiError.requestId}
        </Text>
      )}
    </Alert>
  );
}

function headline(error: ApiError): string {
  if (error.status === 0) return 'Charter could not be reached';
  if (error.status === 404) return 'Not found';
  if (error.status === 401) return 'Please sign in again';
  if (error.status === 409) return 'This conflicts with what is there';
  if (error.status === 429) return 'Too many attempts';
  if (error.status >= 500) return 'Something went wrong on the server';
  return 'This could not be done';
}

/** A 403 explained: the right that is missing, what it allows, and who can give it. */
export function ForbiddenAlert({ error }: { error: ApiError }) {
  const catalogue = useQuery(rightsCatalogueQuery);
  const href = useRouterState({ select: (state) => state.location.href });
  if (error.code === 'MFA_ENROLLMENT_REQUIRED') {
    return (
      <Alert
        color="orange"
        icon={<Lock size={18} />}
        title="Two-factor authentication is required here"
        role="alert"
      >
        <Text size="sm">
          This company or one of your roles asks everyone to use two-factor authentication. Turn it on, then
          you come back here.
        </Text>
        <ButtonLink to="/enrol-mfa" search={{ redirect: href }} size="xs" mt="sm">
          Turn on two-factor authentication
        </ButtonLink>
      </Alert>
    );
  }
  if (error.code === 'VIEW_AS_RESTRICTED' || error.code === 'VIEW_AS_READ_ONLY') {
    return (
      <Alert
        color="yellow"
        icon={<Lock size={18} />}
        title="Closed while you view the app as another user"
        role="alert"
      >
        <Text size="sm">{error.message} Use the banner above to stop viewing.</Text>
      </Alert>
    );
  }
  const required = Array.isArray(error.details.required) ? (error.details.required as string[]) : [];
  const all = [...(catalogue.data?.company ?? []), ...(catalogue.data?.app ?? [])];
  return (
    <Alert color="orange" icon={<Lock size={18} />} title="You do not have access to this" role="alert">
      {/* The server's message names the rights; the list below says the same, with what each allows. */}
      {required.length === 0 && <Text size="sm">{error.message}</Text>}
      {required.length > 0 && (
        <>
          <Text size="sm">
            {required.length === 1 ? 'This needs the right:' : 'This needs one of these rights:'}
          </Text>
          <List size="sm">
            {required.map((key) => (
              <List.Item key={key}>
                <Text span fw={600} size="sm">
                  {key}
                </Text>
                {all.find((r) => r.key === key) && ` — ${all.find((r) => r.key === key)?.description}`}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            An owner of the company, or a member who manages its users, can give it to you.
          </Text>
        </>
      )}
    </Alert>
  );
}
