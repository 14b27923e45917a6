import { Alert, Box, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useState } from 'react';
import {
  deleteRecord,
  pageWithRecordView,
  type RecordViewSection,
  recordWriteKeys,
  type UiPage,
} from '../api/end-user.js';
import {
  isLink,
  type ReadableCollection,
  type ReadableField,
  type RecordItem,
  readableCollectionsQuery,
  recordLabel,
  recordQuery,
} from '../api/records.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { ButtonLink, TextLink } from '../components/links.js';
import { notifyDone } from '../components/notify.js';
import { LoadingRows } from '../components/page.js';
import { CellValue, HiddenMarker } from '../routes/apps/records/values.js';
import { CreateRecordForm, EditRecordForm } from './record-form-section.js';

/** What every record view knows: the app, its visible pages, and the collection as the person reads it. */
export interface RecordViewContext {
  appId: string;
  appSlug: string;
  pages: UiPage[];
  section: RecordViewSection;
  collection: ReadableCollection;
  all: ReadableCollection[];
}

/** The section's fields in its order (every readable one when it names none), as the person may read them. */
export function shownFields(section: RecordViewSection, collection: ReadableCollection): ReadableField[] {
  if (section.fields.length === 0) return collection.fields;
  return section.fields.flatMap((name) => collection.fields.filter((f) => f.name === name));
}

/** The page listing a collection's records, to go back to. */
export function listPage(pages: UiPage[], collection: string): UiPage | undefined {
  return pages.find((p) =>
    p.sections.some((s) => s.kind === 'collectionView' && s.collection === collection),
  );
}

/**
 * A record view: one record's details, the form to change it, or the form to add one. Everything
 * shown comes from the records API for this person: fields it leaves out are not shown, and only
 * the fields it lets them write are inputs.
 */
export function RecordView({
  appId,
  appSlug,
  section,
  pages,
  heading,
  recordId,
}: {
  appId: string;
  appSlug: string;
  section: RecordViewSection;
  pages: UiPage[];
  heading: ReactNode;
  recordId: string | undefined;
}) {
  const collections = useQuery(readableCollectionsQuery(appId));
  const all = collections.data?.items ?? [];
  const collection = all.find((c) => c.key === section.collection);
  const body = (() => {
    if (collections.error) return <ApiErrorAlert error={collections.error} />;
    if (!collections.data) return <LoadingRows rows={4} height={40} />;
    // A collection one may only add to (an application form) has a create form and nothing else.
    if (!collection || (!collection.can.read && section.mode !== 'create')) {
      return <Alert color="gray">{section.title || 'These records'} are not open to you.</Alert>;
    }
    const view = { appId, appSlug, pages, section, collection, all };
    if (section.mode === 'create') return <CreateRecordForm view={view} />;
    if (!recordId) return <NoRecordChosen view={view} />;
    return <LoadedRecord key={recordId} view={view} recordId={recordId} />;
  })();
  return (
    <Stack gap="sm" component="section" aria-label={section.title || collection?.name || section.collection}>
      {heading}
      {body}
    </Stack>
  );
}

function NoRecordChosen({ view }: { view: RecordViewContext }) {
  const list = listPage(view.pages, view.collection.key);
  return (
    <Alert color="gray" title="No record chosen">
      <Text size="sm">
        {view.section.mode === 'edit'
          ? 'Open a record from a list, then change it here.'
          : 'Open a record from a list to see it here.'}{' '}
        {list && (
          <TextLink
            to="/a/$appSlug/$pageSlug"
            params={{ appSlug: view.appSlug, pageSlug: list.slug }}
            underline="always"
          >
            Go to {list.title}
          </TextLink>
        )}
      </Text>
    </Alert>
  );
}

function LoadedRecord({ view, recordId }: { view: RecordViewContext; recordId: string }) {
  const fields = shownFields(view.section, view.collection);
  const record = useQuery({
    ...recordQuery(
      view.appId,
      view.collection.key,
      recordId,
      fields.filter((f) => isLink(f) && f.read !== 'never').map((f) => f.name),
    ),
    retry: false,
  });
  if (record.isPending) return <LoadingRows rows={4} height={40} />;
  if (record.error) {
    return (
      <Alert color="gray" title="Record not found">
        <Text size="sm">There is no such record, or it is not shown to you.</Text>
      </Alert>
    );
  }
  if (view.section.mode === 'edit')
    return <EditRecordForm view={view} record={record.data} fields={fields} />;
  return <RecordDetails view={view} record={record.data} fields={fields.filter((f) => f.read !== 'never')} />;
}

/** A record's fields as label and value; a field a rule hides on this record says so, without a value. */
export function RecordValues({
  record,
  fields,
  all,
}: {
  record: RecordItem;
  fields: ReadableField[];
  all: ReadableCollection[];
}) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {fields.map((f) => (
        <Box key={f.name}>
          <Text component="dt" size="sm" c="dimmed">
            {f.label}
          </Text>
          <Box component="dd" m={0}>
            {Object.hasOwn(record, f.name) ? (
              <CellValue field={f} value={record[f.name]} all={all} />
            ) : (
              <HiddenMarker />
            )}
          </Box>
        </Box>
      ))}
    </SimpleGrid>
  );
}

function RecordDetails({
  view,
  record,
  fields,
}: {
  view: RecordViewContext;
  record: RecordItem;
  fields: ReadableField[];
}) {
  const edit = pageWithRecordView(view.pages, view.collection.key, 'edit');
  const mayEdit = record._can?.update && (record._fields?.updatable.length ?? 0) > 0;
  return (
    <Stack gap="md">
      <RecordValues record={record} fields={fields} all={view.all} />
      <Group gap="xs">
        {edit && mayEdit && (
          <ButtonLink
            to="/a/$appSlug/$pageSlug"
            params={{ appSlug: view.appSlug, pageSlug: edit.slug }}
            search={{ record: record.id }}
          >
            Edit
          </ButtonLink>
        )}
        <DeleteRecordButton view={view} record={record} />
      </Group>
    </Stack>
  );
}

/** Delete, offered only when the API says this person may delete this record; asks first. */
export function DeleteRecordButton({ view, record }: { view: RecordViewContext; record: RecordItem }) {
  const [asking, setAsking] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const label = recordLabel(record, view.collection);
  const remove = useMutation({
    mutationFn: () => deleteRecord(view.appId, view.collection.key, record.id),
    onSuccess: async () => {
      for (const queryKey of recordWriteKeys(view.appId, view.collection.key)) {
        await queryClient.invalidateQueries({ queryKey });
      }
      notifyDone('Record deleted', `${label} is gone from ${view.collection.name}.`);
      setAsking(false);
      const list = listPage(view.pages, view.collection.key);
      await navigate(
        list
          ? { to: '/a/$appSlug/$pageSlug', params: { appSlug: view.appSlug, pageSlug: list.slug } }
          : { to: '/a/$appSlug', params: { appSlug: view.appSlug } },
      );
    },
  });
  if (!record._can?.delete) return null;
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setAsking(true)}>
        Delete
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={`Delete ${label}?`} centered>
        <Stack gap="sm">
          <Text size="sm">
            It is removed from {view.collection.name} for everyone. This cannot be undone.
          </Text>
          <ApiErrorAlert error={remove.error} title="Not deleted" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setAsking(false)}>
              Keep it
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
