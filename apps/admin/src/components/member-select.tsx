import { Select, type SelectProps, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Member, memberSearchQuery } from '../api/companies.js';
import { ApiErrorAlert } from './api-error-alert.js';

const labelOf = (m: Member) => `${m.name} (${m.email})`;

/**
 * Picks a member of the company by typing part of their name or email: the server searches, so a
 * company of any size never loads its whole member list. The value is the member's email or id.
 */
export function MemberSelect({
  companyId,
  by,
  value,
  onChange,
  enabled = true,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> & {
  companyId: string;
  by: 'email' | 'accountId';
  value: string | null;
  onChange: (value: string | null, member: Member | null) => void;
  enabled?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Member | null>(null);
  const chosen = picked && picked[by] === value ? picked : null;
  // Once a member is chosen the box shows their label: that is not a new search.
  const typed = chosen && search === labelOf(chosen) ? '' : search.trim();
  const [debounced] = useDebouncedValue(typed, 250);
  const found = useQuery({ ...memberSearchQuery(companyId, debounced), enabled });
  const members = found.data?.items ?? [];
  // The chosen member stays an option (so the box can show them) until the person types a new search.
  const keep = chosen && typed === '' && !members.some((m) => m.accountId === chosen.accountId);
  const options = keep ? [chosen, ...members] : members;
  const more = Boolean(found.data?.next);
  return (
    <Stack gap="xs">
      <Select
        {...props}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        data={options.map((m) => ({ value: m[by], label: labelOf(m) }))}
        value={value || null}
        onChange={(v) => {
          const member = options.find((m) => m[by] === v) ?? null;
          setPicked(member);
          onChange(v, member);
        }}
        placeholder={found.isPending && enabled ? 'Loading members…' : props.placeholder}
        nothingFoundMessage={found.isFetching ? 'Looking for members…' : 'No member by that name or email'}
        description={
          props.description ??
          (more ? 'Showing the first 20 members: type part of a name or email to find others.' : undefined)
        }
      />
      <ApiErrorAlert error={found.error} />
    </Stack>
  );
}
