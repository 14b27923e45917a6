import { Autocomplete, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { fetchAppUsersPage } from '../../../api/app-users.js';
import { ApiError } from '../../../api/client.js';

/** The app's users matching a search, a page of them, for picking one. */
export const peopleQuery = (appId: string, search: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'users', { search }, 'picker'],
    queryFn: () => fetchAppUsersPage(appId, search ? { search } : {}, undefined),
    retry: false,
  });

/** A person's name, found by their email among the app's users; the email when it cannot be. */
export function usePersonName(appId: string, email: string | undefined): string | undefined {
  const users = useQuery({ ...peopleQuery(appId, email ?? ''), enabled: Boolean(email) });
  if (!email) return undefined;
  return users.data?.items.find((u) => u.email === email.toLowerCase())?.name ?? email;
}

/**
 * The person to explain for: an email typed or picked from the app's users, searched by name or
 * email. Listing users needs company.users.manage; without it, the box still takes an email.
 */
export function PersonPicker({
  appId,
  value,
  onChange,
  error,
}: {
  appId: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const [search] = useDebouncedValue(value.trim(), 250);
  const users = useQuery(peopleQuery(appId, search));
  const byEmail = new Map((users.data?.items ?? []).map((u) => [u.email, u]));
  const cannotList = users.error instanceof ApiError && users.error.status === 403;
  return (
    <Autocomplete
      label="Person"
      description={
        cannotList
          ? 'Type their email: listing the app’s users needs company.users.manage.'
          : 'Search by name or email'
      }
      placeholder="Name or email"
      leftSection={<Search size={16} />}
      value={value}
      onChange={onChange}
      // The API searched by name and email already; the box must not filter its answer again.
      filter={({ options }) => options}
      data={[...byEmail.keys()]}
      renderOption={({ option }) => {
        const user = byEmail.get(option.value);
        return (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600}>
              {user?.name}
            </Text>
            <Text size="xs" c="dimmed">
              {option.value}
            </Text>
          </Group>
        );
      }}
      error={error}
      required
      style={{ flex: '1 1 16rem' }}
    />
  );
}
