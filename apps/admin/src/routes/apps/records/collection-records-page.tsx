import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Popover,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ArrowDown, ArrowUp, ArrowUpDown, Columns3, PanelRightOpen, Plus, Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client.js';
import {
  DATA_EDIT,
  DATA_READ,
  isLink,
  type ListState,
  PAGE_SIZE,
  type ReadableCollection,
  type RecordItem,
  readableCollectionsQuery,
  readableFields,
  recordLabel,
  recordsQuery,
} from '../../../api/records.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { BulkDeleteModal, BulkEditModal } from './bulk.js';
import { ExportMenu, ImportButton } from './data-transfer.js';
import { FilterEditor } from './filter-editor.js';
import { RecordDrawer } from './record-form.js';
import { CellValue, HiddenMarker } from './values.js';

const route = getRouteApi('/signed-in/apps/$app/records/$collection');

/** The search params of a records table: the whole list state, so the address can be shared. */
export interface RecordsSearch {
  filter?: string | undefined;
  sort?: string | undefined;
  search?: string | undefined;
  /** Comma-separated field names: the columns asked for. */
  fields?: string | undefined;
  /** Comma-separated link fields shown as their linked records. */
  expand?: string | undefined;
  after?: string | undefined;
  /** The cursors of the pages before this one, for Previous. */
  trail?: string[] | undefined;
}

const list = (s: string | undefined) => (s ? s.split(',').filter(Boolean) : undefined);

// The engine's refusals of a client filter: shown at the filter box, not as a page error.
const FILTER_CODES = new Set(['POLICY_SYNTAX_ERROR', 'POLICY_UNKNOWN_IDENTIFIER', 'POLICY_INVALID_QUERY']);

/** A collection's records as a table: filter, sort, search, columns, links, pages, and writes. */
export function CollectionRecordsPage() {
  const { app: appId, collection: key } = route.useParams();
  const search = route.useSearch();
  const collections = useQuery(readableCollectionsQuery(appId));
  const collection = collections.data?.items.find((c) => c.key === key);
  return (
    <Stack maw={1400} gap="md">
      <TextLink to="/apps/$app/records" params={{ app: appId }} size="sm">
        ← Records
      </TextLink>
      {collections.isPending && <LoadingRows rows={6} />}
      <ApiErrorAlert error={collections.error} />
      {collections.data && !collection && (
        <ApiErrorAlert
          error={
            new ApiError(404, {
              code: 'NOT_FOUND',
              message: `There is no collection ${key} whose records you may read.`,
            })
          }
        />
      )}
      {collection && collections.data && (
        <RecordsTable
          key={collection.key}
          appId={appId}
          collection={collection}
          all={collections.data.items}
          search={search}
        />
      )}
    </Stack>
  );
}

function RecordsTable({
  appId,
  collection,
  all,
  search,
}: {
  appId: string;
  collection: ReadableCollection;
  all: ReadableCollection[];
  search: RecordsSearch;
}) {
  const navigate = useNavigate({ from: '/apps/$app/records/$collection' });
  const mayEdit = useWorkspace().canApp(DATA_EDIT);
  const mayRead = useWorkspace().canApp(DATA_READ);
  const readable = new Set(readableFields(collection).map((f) => f.name));
  // Only fields the API lets this person read are ever columns; a stale address cannot add others.
  const chosen = list(search.fields)?.filter((f) => readable.has(f));
  // A link can only be shown as its records while it is a column the API returns.
  const expand = list(search.expand)?.filter(
    (f) => readable.has(f) && (!chosen?.length || chosen.includes(f)),
  );
  const state: ListState = {
    filter: search.filter,
    sort: search.sort,
    search: search.search,
    fields: chosen,
    expand,
    after: search.after,
  };
  const page = useQuery(recordsQuery(appId, collection.key, state));
  const columns = chosen?.length
    ? readableFields(collection).filter((f) => chosen.includes(f.name))
    : readableFields(collection);
  const items = page.data?.items ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [bulk, setBulk] = useState<'edit' | 'delete' | null>(null);
  const [deleting, setDeleting] = useState<RecordItem[]>([]);
  const [searchText, setSearchText] = useState(search.search ?? '');
  useEffect(() => setSearchText(search.search ?? ''), [search.search]);

  // A new page, filter or sort is a new set of rows: a selection of rows no longer shown would
  // change records the person cannot see.
  const stateKey = JSON.stringify(state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared whenever the list state changes
  useEffect(() => setSelected(new Set()), [stateKey]);

  const go = (change: Partial<RecordsSearch>, keepPage = false) =>
    navigate({
      search: (old: RecordsSearch) => {
        const next = { ...old, ...change };
        if (!keepPage) {
          next.after = undefined;
          next.trail = undefined;
        }
        return next;
      },
    });

  const filterError =
    page.error instanceof ApiError && FILTER_CODES.has(page.error.code) && search.filter
      ? {
          message: page.error.message,
          position: page.error.details.position as { start: number; end: number } | undefined,
        }
      : undefined;
  const selectedRecords = items.filter((r) => selected.has(r.id));
  const pageNumber = (search.trail?.length ?? 0) + 1;
  const count = page.data?.count;
  const first = (pageNumber - 1) * PAGE_SIZE + 1;
  // Only links whose records the person may read can show them; the others stay ids whatever is asked.
  const links = columns.filter((f) => isLink(f) && all.some((c) => c.key === f.target?.key));

  return (
    <>
      <PageHeader
        title={collection.name}
        description={
          count === undefined
            ? 'The records you may read.'
            : `${count === 1 ? '1 record' : `${count} records`} you may read${
                search.filter || search.search ? ' match' : ''
              }.`
        }
        actions={
          <Group gap="sm">
            {mayRead && <ExportMenu appId={appId} collection={collection} state={state} />}
            {mayEdit && (collection.can.create || collection.can.update) && (
              <ImportButton appId={appId} collection={collection} />
            )}
            {collection.can.create && mayEdit && (
              <Button leftSection={<Plus size={16} />} onClick={() => setEditing('new')}>
                New record
              </Button>
            )}
          </Group>
        }
      />
      <Group align="flex-start" gap="sm" wrap="wrap">
        <FilterEditor
          value={search.filter ?? ''}
          onApply={(filter) => go({ filter: filter || undefined })}
          collection={collection}
          all={all}
          error={filterError}
        />
        <form
          style={{ flex: '0 1 16rem' }}
          onSubmit={(e) => {
            e.preventDefault();
            go({ search: searchText.trim() || undefined });
          }}
        >
          <TextInput
            label="Search"
            description="Text fields you may read"
            leftSection={<Search size={14} />}
            value={searchText}
            onChange={(e) => setSearchText(e.currentTarget.value)}
            onBlur={() => {
              if ((searchText.trim() || undefined) !== search.search)
                go({ search: searchText.trim() || undefined });
            }}
          />
        </form>
      </Group>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <ColumnPicker
          collection={collection}
          chosen={columns.map((f) => f.name)}
          onChange={(names) =>
            go(
              {
                fields:
                  names.length === readableFields(collection).length || names.length === 0
                    ? undefined
                    : names.join(','),
              },
              true,
            )
          }
        />
        {links.length > 0 && (
          <MultiSelect
            label="Show linked records"
            placeholder={expand?.length ? undefined : 'Links as ids'}
            data={links.map((f) => ({ value: f.name, label: f.label }))}
            value={expand ?? []}
            onChange={(v) => go({ expand: v.length ? v.join(',') : undefined }, true)}
            style={{ flex: '0 1 20rem' }}
            clearable
          />
        )}
        {(search.filter || search.search || search.sort || search.fields || search.expand) && (
          <Button variant="subtle" onClick={() => navigate({ search: {} as RecordsSearch })}>
            Reset the view
          </Button>
        )}
      </Group>
      {selectedRecords.length > 0 && mayEdit && (
        <Card withBorder padding="xs" role="region" aria-label="Selected records">
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600}>
              {selectedRecords.length} selected
            </Text>
            {collection.can.update && (
              <Button size="xs" variant="default" onClick={() => setBulk('edit')}>
                Edit selected
              </Button>
            )}
            {collection.can.delete && (
              <Button size="xs" variant="default" color="red" onClick={() => setBulk('delete')}>
                Delete selected
              </Button>
            )}
            <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
          </Group>
        </Card>
      )}
      {page.isPending && <LoadingRows rows={8} height={36} />}
      {page.error && !filterError && <ApiErrorAlert error={page.error} />}
      {page.data && items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            {search.filter || search.search
              ? 'No record you may read matches. Change the filter or the search.'
              : `There are no records in ${collection.name} that you may read.`}
          </Text>
        </Card>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer
          minWidth={Math.max(480, columns.length * 150 + 100)}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={`${collection.name} records`}
        >
          <Table verticalSpacing="xs" highlightOnHover striped aria-rowcount={count}>
            <Table.Thead>
              <Table.Tr>
                {mayEdit && (
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Select all records on this page"
                      checked={selected.size > 0 && selected.size === items.length}
                      indeterminate={selected.size > 0 && selected.size < items.length}
                      onChange={(e) =>
                        setSelected(e.currentTarget.checked ? new Set(items.map((r) => r.id)) : new Set())
                      }
                    />
                  </Table.Th>
                )}
                {columns.map((f) => (
                  <SortableHeader
                    key={f.name}
                    label={f.label}
                    name={f.name}
                    sort={search.sort}
                    onSort={(sort) => go({ sort })}
                  />
                ))}
                <Table.Th w={48}>
                  <VisuallyHidden>Open</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => {
                const label = recordLabel(r, collection);
                return (
                  <Table.Tr key={r.id}>
                    {mayEdit && (
                      <Table.Td>
                        <Checkbox
                          aria-label={`Select ${label}`}
                          checked={selected.has(r.id)}
                          onChange={(e) => {
                            const checked = e.currentTarget.checked;
                            setSelected((old) => {
                              const next = new Set(old);
                              if (checked) next.add(r.id);
                              else next.delete(r.id);
                              return next;
                            });
                          }}
                        />
                      </Table.Td>
                    )}
                    {columns.map((f) => (
                      <Table.Td key={f.name}>
                        {Object.hasOwn(r, f.name) ? (
                          <CellValue field={f} value={r[f.name]} all={all} />
                        ) : (
                          <HiddenMarker />
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Open ${label}`}
                        onClick={() => setEditing(r.id)}
                      >
                        <PanelRightOpen size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page.data && (items.length > 0 || pageNumber > 1) && (
        <Group justify="space-between" wrap="wrap" component="nav" aria-label="Pages">
          <Text size="sm" c="dimmed">
            {items.length > 0 &&
              `Records ${first}–${first + items.length - 1}${count !== undefined ? ` of ${count}` : ''}, page ${pageNumber}`}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              disabled={pageNumber === 1}
              onClick={() => {
                const trail = [...(search.trail ?? [])];
                const previous = trail.pop();
                go({ after: previous || undefined, trail: trail.length ? trail : undefined }, true);
              }}
            >
              Previous page
            </Button>
            <Button
              variant="default"
              disabled={!page.data.next}
              onClick={() =>
                go(
                  {
                    after: page.data.next ?? undefined,
                    trail: [...(search.trail ?? []), search.after ?? ''],
                  },
                  true,
                )
              }
            >
              Next page
            </Button>
          </Group>
        </Group>
      )}
      <RecordDrawer
        appId={appId}
        collection={collection}
        all={all}
        editing={editing}
        label={(() => {
          const open = items.find((r) => r.id === editing);
          return open ? recordLabel(open, collection) : undefined;
        })()}
        mayEdit={mayEdit}
        onClose={() => setEditing(null)}
        onDelete={(record) => {
          setEditing(null);
          setDeleting([record]);
        }}
      />
      <BulkEditModal
        key={`edit-${bulk === 'edit'}`}
        appId={appId}
        collection={collection}
        all={all}
        records={selectedRecords}
        opened={bulk === 'edit'}
        onClose={() => setBulk(null)}
        onDone={() => {
          setBulk(null);
          setSelected(new Set());
        }}
      />
      <BulkDeleteModal
        key={`delete-${bulk === 'delete'}-${deleting.length}`}
        appId={appId}
        collection={collection}
        records={deleting.length ? deleting : selectedRecords}
        opened={bulk === 'delete' || deleting.length > 0}
        onClose={() => {
          setBulk(null);
          setDeleting([]);
        }}
        onDone={() => {
          setBulk(null);
          setDeleting([]);
          setSelected(new Set());
        }}
      />
    </>
  );
}

/** A column header that sorts: ascending, then descending, then the list's own order. */
function SortableHeader({
  label,
  name,
  sort,
  onSort,
}: {
  label: string;
  name: string;
  sort: string | undefined;
  onSort: (sort: string | undefined) => void;
}) {
  const direction = sort === name ? 'ascending' : sort === `-${name}` ? 'descending' : 'none';
  const next = direction === 'none' ? name : direction === 'ascending' ? `-${name}` : undefined;
  const Icon = direction === 'ascending' ? ArrowUp : direction === 'descending' ? ArrowDown : ArrowUpDown;
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton
        onClick={() => onSort(next)}
        aria-label={`${label}, sort ${next === undefined ? 'as listed' : next.startsWith('-') ? 'descending' : 'ascending'}`}
        style={{ fontWeight: 700, fontSize: 'var(--mantine-font-size-sm)', whiteSpace: 'nowrap' }}
      >
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** Which readable fields are columns; the API then returns only those. */
function ColumnPicker({
  collection,
  chosen,
  onChange,
}: {
  collection: ReadableCollection;
  chosen: string[];
  onChange: (names: string[]) => void;
}) {
  return (
    <Popover position="bottom-start" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<Columns3 size={16} />}>
          Columns ({chosen.length} of {readableFields(collection).length})
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label="Columns shown"
          description="Only the fields you may read"
          value={chosen}
          onChange={(names) =>
            // The data-model order, whatever order they were ticked in.
            onChange(
              readableFields(collection)
                .map((f) => f.name)
                .filter((n) => names.includes(n)),
            )
          }
        >
          <Stack gap={6} mt="xs">
            {readableFields(collection).map((f) => (
              <Checkbox
                key={f.name}
                value={f.name}
                label={f.label}
                disabled={chosen.length === 1 && chosen[0] === f.name}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
