import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Navigate } from '@tanstack/react-router';
import { useState } from 'react';
import Markdown from 'react-markdown';
import {
  publicAppQuery,
  sectionRecordsQuery,
  type UiPage,
  type UiSection,
  uiQuery,
} from '../api/end-user.js';
import { type ReadableCollection, readableCollectionsQuery } from '../api/records.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { ButtonLink } from '../components/links.js';
import { CellValue, HiddenMarker } from '../routes/apps/records/values.js';

const appRoute = getRouteApi('/a/$appSlug');
const pageRoute = getRouteApi('/a/$appSlug/end-user-signed-in/$pageSlug');

function useAppUi() {
  const { appSlug } = appRoute.useParams();
  const { data: app } = useSuspenseQuery(publicAppQuery(appSlug));
  const ui = useQuery(uiQuery(app.id));
  return { appSlug, app, ui };
}

/** The app's first page, or a word that there is none for this person yet. */
export function EndUserHome() {
  const { appSlug, app, ui } = useAppUi();
  if (!ui.data) return null;
  const first = ui.data.pages.find((p) => p.parent === null);
  if (first)
    return <Navigate to="/a/$appSlug/$pageSlug" params={{ appSlug, pageSlug: first.slug }} replace />;
  return (
    <Stack maw={560} gap="xs">
      <Title order={1} size="h3">
        {app.name}
      </Title>
      <Text c="dimmed">There is no page for you in this app yet.</Text>
    </Stack>
  );
}

/** One page: its sections, each showing only what the API gives this person. */
export function EndUserPage() {
  const { pageSlug } = pageRoute.useParams();
  const { appSlug, app, ui } = useAppUi();
  if (!ui.data) return null;
  const page = ui.data.pages.find((p) => p.slug === pageSlug);
  if (!page) {
    return (
      <Stack maw={560} gap="xs">
        <Title order={1} size="h3">
          Page not found
        </Title>
        <Text c="dimmed">There is no such page in {app.name}, or it is not shown to you.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} size="h2">
        {page.title}
      </Title>
      {page.sections.map((section) => (
        <Section key={section.id} appId={app.id} appSlug={appSlug} section={section} pages={ui.data.pages} />
      ))}
    </Stack>
  );
}

function Section({
  appId,
  appSlug,
  section,
  pages,
}: {
  appId: string;
  appSlug: string;
  section: UiSection;
  pages: UiPage[];
}) {
  const heading = section.title ? (
    <Title order={2} size="h4">
      {section.title}
    </Title>
  ) : null;
  switch (section.kind) {
    case 'text':
      return (
        <Stack gap="xs" component="section" aria-label={section.title || undefined}>
          {heading}
          {/* Markdown only: raw HTML in it is shown as text, never run. */}
          <div className="markdown">
            <Markdown>{section.markdown}</Markdown>
          </div>
        </Stack>
      );
    case 'links':
      return (
        <Stack gap="xs" component="section" aria-label={section.title || undefined}>
          {heading}
          <Group gap="sm">
            {section.links.map((link) => {
              const target = pages.find((p) => p.id === link.page);
              return target ? (
                <ButtonLink
                  key={link.page}
                  variant="light"
                  to="/a/$appSlug/$pageSlug"
                  params={{ appSlug, pageSlug: target.slug }}
                >
                  {link.label}
                </ButtonLink>
              ) : null;
            })}
          </Group>
        </Stack>
      );
    case 'collectionView':
      return <CollectionView appId={appId} section={section} heading={heading} />;
    case 'recordView':
      return (
        <Stack gap="xs" component="section" aria-label={section.title || undefined}>
          {heading}
          <Alert color="gray">This kind of section is not shown in the app yet.</Alert>
        </Stack>
      );
  }
}

/** A collection view as a table: the records the person may read, with the view's filter on top. */
function CollectionView({
  appId,
  section,
  heading,
}: {
  appId: string;
  section: Extract<UiSection, { kind: 'collectionView' }>;
  heading: React.ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string[]>([]);
  const records = useQuery(
    sectionRecordsQuery(appId, section.id, { search, ...(after.length ? { after: after.at(-1)! } : {}) }),
  );
  const collections = useQuery(readableCollectionsQuery(appId));
  const all: ReadableCollection[] = collections.data?.items ?? [];
  const collection = all.find((c) => c.key === section.collection);
  const readable = collection?.fields ?? [];
  const chosen = section.fields.length > 0 ? section.fields : readable.map((f) => f.name);
  const columns = chosen.flatMap((name) => readable.filter((f) => f.name === name));
  const label = section.title || collection?.name || section.collection;
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
              {(records.data?.items ?? []).map((item) => (
                <Table.Tr key={item.id}>
                  {columns.map((f) => (
                    <Table.Td key={f.name}>
                      {item._fields && !item._fields.readable.includes(f.name) ? (
                        <HiddenMarker />
                      ) : (
                        <CellValue field={f} value={item[f.name]} all={all} />
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {records.data && records.data.items.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {search ? 'No record matches your search.' : 'No records here.'}
          </Text>
        )}
      </Card>
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
