import { Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { recordTargetPage, sectionRecordsQuery, type UiPage, type UiSection } from '../api/end-user.js';
import {
  type ReadableCollection,
  type ReadableField,
  type RecordItem,
  readableCollectionsQuery,
  readableFields,
  recordLabel,
} from '../api/records.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { TextLink } from '../components/links.js';
import { CellValue, HiddenMarker } from '../routes/apps/records/values.js';

type CollectionViewSection = Extract<UiSection, { kind: 'collectionView' }>;

/**
 * A collection view: the records the person may read, with the view's filter on top. A table on
 * wide screens (its `layout`), a list of cards on narrow ones, where a table would scroll sideways.
 * Each record leads to the page that shows it, when the person may see one.
 */
export function CollectionView({
  appId,
  appSlug,
  section,
  pages,
  heading,
}: {
  appId: string;
  appSlug: string;
  section: CollectionViewSection;
  pages: UiPage[];
  heading: ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string[]>([]);
  const narrow = useMediaQuery('(max-width: 48em)');
  const records = useQuery(
    sectionRecordsQuery(appId, section.id, { search, ...(after.length ? { after: after.at(-1)! } : {}) }),
  );
  const collections = useQuery(readableCollectionsQuery(appId));
  const all: ReadableCollection[] = collections.data?.items ?? [];
  const collection = all.find((c) => c.key === section.collection);
  const readable = readableFields(collection);
  const chosen = section.fields.length > 0 ? section.fields : readable.map((f) => f.name);
  const columns = chosen.flatMap((name) => readable.filter((f) => f.name === name));
  const label = section.title || collection?.name || section.collection;
  const target = recordTargetPage(pages, section.collection);
  const items = records.data?.items ?? [];
  const open = (item: RecordItem, children: ReactNode) =>
    target ? (
      <TextLink
        to="/a/$appSlug/$pageSlug"
        params={{ appSlug, pageSlug: target.slug }}
        search={{ record: item.id }}
        size="sm"
        fw={600}
      >
        {children}
      </TextLink>
    ) : (
      children
    );
  const view = { columns, all, open, linked: Boolean(target) };
  return (
    <Stack gap="xs" component="section" aria-label={label}>
      {heading}
      <TextInput
        label={`Search ${label}`}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setAfter([]);
        }}
        maw={320}
      />
      {records.error && <ApiErrorAlert error={records.error} />}
      {narrow || section.layout !== 'table' ? (
        <RecordCards items={items} label={label} collection={collection} {...view} />
      ) : (
        <RecordTable items={items} label={label} {...view} />
      )}
      {records.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {search ? 'No record matches your search.' : 'No records here.'}
        </Text>
      )}
      <Group gap="xs" justify="space-between">
        <Text size="sm" c="dimmed">
          {records.data?.count === undefined
            ? ''
            : `${records.data.count} ${records.data.count === 1 ? 'record' : 'records'}`}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={after.length === 0}
            onClick={() => setAfter(after.slice(0, -1))}
          >
            Previous
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={!records.data?.next}
            onClick={() => records.data?.next && setAfter([...after, records.data.next])}
          >
            Next
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

interface ViewParts {
  items: RecordItem[];
  label: string;
  columns: ReadableField[];
  all: ReadableCollection[];
  open: (item: RecordItem, children: ReactNode) => ReactNode;
  /** Whether records lead to a page showing them. */
  linked: boolean;
}

/** One value as the API gave it: "hidden" where a rule hides the field on this record. */
function Value({ item, field, all }: { item: RecordItem; field: ReadableField; all: ReadableCollection[] }) {
  if (item._fields && !item._fields.readable.includes(field.name)) return <HiddenMarker />;
  return <CellValue field={field} value={item[field.name]} all={all} />;
}

const hasValue = (item: RecordItem, field: ReadableField | undefined) => {
  if (!field || (item._fields && !item._fields.readable.includes(field.name))) return false;
  const v = item[field.name];
  return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
};

const TITLE_TYPES = new Set(['text', 'email', 'url']);

function RecordTable({ items, label, columns, all, open, linked }: ViewParts) {
  const first = columns[0];
  return (
    <Card withBorder p={0}>
      <Table.ScrollContainer minWidth={480}>
        <Table striped highlightOnHover aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((f) => (
                <Table.Th key={f.name}>{f.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                {columns.map((f) => (
                  <Table.Td key={f.name}>
                    {f !== first || !linked ? (
                      <Value item={item} field={f} all={all} />
                    ) : hasValue(item, f) && TITLE_TYPES.has(f.type) ? (
                      open(item, String(item[f.name]))
                    ) : (
                      // No text to click on: the record still opens.
                      <Group gap="xs" wrap="nowrap">
                        <Value item={item} field={f} all={all} />
                        {open(item, 'Open')}
                      </Group>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** The same records as cards, one under the other: the first field is the card's title. */
function RecordCards({
  items,
  label,
  columns,
  all,
  open,
  collection,
}: ViewParts & { collection: ReadableCollection | undefined }) {
  const [first, ...rest] = columns;
  return (
    <Stack gap="xs" component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const title = hasValue(item, first) ? String(item[first!.name]) : recordLabel(item, collection);
        return (
          <Card key={item.id} withBorder component="li" p="sm" aria-label={title}>
            <Stack gap={6}>
              <Text fw={600} size="sm">
                {open(item, title)}
              </Text>
              {rest.map((f) => (
                <Group key={f.name} gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" miw={110} maw="40%">
                    {f.label}
                  </Text>
                  <Value item={item} field={f} all={all} />
                </Group>
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
