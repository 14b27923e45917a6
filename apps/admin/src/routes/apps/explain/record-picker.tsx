import { Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../../api/client.js';
import type { Collection } from '../../../api/data-model.js';

type Row = Record<string, unknown>;

/** The field a record is called by: the collection's first text field, else its id. */
export function titleField(collection: Collection | undefined): string | undefined {
  return collection?.fields.find((f) => f.type === 'text' || f.type === 'email')?.name;
}

function labelOf(row: Row, field: string | undefined): string {
  const title = field ? row[field] : undefined;
  return typeof title === 'string' && title ? title : String(row.id);
}

/**
 * A record of the collection, searched through the records API as the builder may read them.
 * Without app.data.read, the builder pastes the record's id instead.
 */
export function RecordPicker({
  appId,
  collection,
  value,
  onChange,
}: {
  appId: string;
  collection: Collection | undefined;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const key = collection?.key ?? '';
  const field = titleField(collection);
  const records = useQuery({
    queryKey: ['apps', appId, 'records', key, 'picker', debounced],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/collections/{collection}/records', {
          params: {
            path: { app: appId, collection: key },
            query: { search: debounced || undefined, limit: 20 },
          },
        }),
      ),
    enabled: Boolean(collection),
    retry: false,
  });
  // A record named in the address may not be among those listed: read it for its title.
  const listed = records.data?.items.some((r) => r.id === value);
  const chosen = useQuery({
    queryKey: ['apps', appId, 'records', key, value],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/collections/{collection}/records/{record}', {
          params: { path: { app: appId, collection: key, record: value ?? '' } },
        }),
      ),
    enabled: Boolean(collection && value && records.isSuccess && !listed),
    retry: false,
  });
  if (records.error instanceof ApiError && records.error.status === 403) {
    return (
      <TextInput
        label="Record id"
        description="Listing records needs app.data.read: paste the record’s id."
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value.trim() || undefined)}
        style={{ flex: '1 1 16rem' }}
      />
    );
  }
  const rows: Row[] = [...(records.data?.items ?? [])];
  if (value && !listed) rows.unshift(chosen.data ? (chosen.data as Row) : { id: value });
  return (
    <Select
      label="Record"
      description={
        collection ? `Search ${collection.name.toLowerCase()} by ${field ?? 'id'}` : 'Pick a collection first'
      }
      placeholder={collection ? 'Search records' : undefined}
      searchable
      clearable
      disabled={!collection}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={records.isPending ? 'Loading…' : 'No record matches'}
      data={rows.map((r) => ({ value: String(r.id), label: labelOf(r, field) }))}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      style={{ flex: '1 1 16rem' }}
    />
  );
}
