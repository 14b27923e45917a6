import { Alert, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Info } from 'lucide-react';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../../api/client.js';
import {
  isLink,
  type ReadableCollection,
  type ReadableField,
  type RecordItem,
  readableFields,
  recordLabel,
  recordQuery,
} from '../../../api/records.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows } from '../../../components/page.js';
import { FieldInput, type InputState, linkIds, linkLabels } from './values.js';

/** Why a field is read-only in the form: the same reasons the API gives when it refuses. */
export const READ_ONLY_REASONS = {
  noEditRight: 'Changing records needs the right app.data.edit.',
  record: 'The rules do not let you change this record.',
  field: 'Your roles may not change this field.',
  row: 'A rule keeps this field read-only on this record.',
  create: 'Your roles may not set this field on a new record.',
  users: 'The users of the app are changed under Users, not here.',
} as const;

/** Whether the form offers a field as editable on a record (or a new one), and if not why. */
export function inputState(
  collection: ReadableCollection,
  field: ReadableField,
  record: RecordItem | null,
  mayEdit: boolean,
): InputState {
  if (!mayEdit) return { readOnly: true, reason: READ_ONLY_REASONS.noEditRight };
  // The records API writes no user: whatever the rules say, this collection is read here.
  if (collection.users) return { readOnly: true, reason: READ_ONLY_REASONS.users };
  if (!record) {
    if (field.create === 'never') return { readOnly: true, reason: READ_ONLY_REASONS.create };
    return {
      readOnly: false,
      reason:
        field.create === 'some' ? 'A rule decides on the new record whether you may set it.' : undefined,
    };
  }
  if (!record._can?.update) return { readOnly: true, reason: READ_ONLY_REASONS.record };
  if (field.update === 'never') return { readOnly: true, reason: READ_ONLY_REASONS.field };
  if (!record._fields?.updatable.includes(field.name))
    return { readOnly: true, reason: READ_ONLY_REASONS.row };
  return { readOnly: false };
}

type FormValues = Record<string, unknown>;

/** A value as the record form's input holds it. */
export function toFormValue(field: ReadableField, value: unknown): unknown {
  if (isLink(field)) {
    const ids = linkIds(value);
    return field.type === 'linkMany' || field.type === 'linkUsers' ? ids : (ids[0] ?? null);
  }
  if (field.type === 'json') return value === undefined || value === null ? '' : JSON.stringify(value);
  return value ?? null;
}

/** An input's value as the records API takes it. */
export function toApiValue(field: ReadableField, value: unknown): unknown {
  if (field.type === 'json') return value === '' ? null : JSON.parse(String(value));
  if (value === '' && field.type !== 'text' && field.type !== 'longText') return null;
  return value;
}

/** Whether an input still holds the value it started with. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The record form in a drawer: create a record, or read and change one as the rules allow. */
export function RecordDrawer({
  appId,
  collection,
  all,
  editing,
  label,
  mayEdit,
  onClose,
  onDelete,
}: {
  appId: string;
  collection: ReadableCollection;
  all: ReadableCollection[];
  /** A record id, 'new', or null when closed. */
  editing: string | 'new' | null;
  /** What names the record being edited, for the drawer's title. */
  label?: string | undefined;
  mayEdit: boolean;
  onClose: () => void;
  onDelete: (record: RecordItem) => void;
}) {
  return (
    <Drawer
      opened={editing !== null}
      onClose={onClose}
      position="right"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
      title={
        editing === 'new' ? `New record in ${collection.name}` : (label ?? `Record in ${collection.name}`)
      }
    >
      {editing === 'new' && (
        <RecordForm
          key="new"
          appId={appId}
          collection={collection}
          all={all}
          record={null}
          mayEdit={mayEdit}
          onClose={onClose}
          onDelete={onDelete}
        />
      )}
      {editing && editing !== 'new' && (
        <LoadedRecordForm
          key={editing}
          id={editing}
          appId={appId}
          collection={collection}
          all={all}
          mayEdit={mayEdit}
          onClose={onClose}
          onDelete={onDelete}
        />
      )}
    </Drawer>
  );
}

function LoadedRecordForm(props: {
  id: string;
  appId: string;
  collection: ReadableCollection;
  all: ReadableCollection[];
  mayEdit: boolean;
  onClose: () => void;
  onDelete: (record: RecordItem) => void;
}) {
  const record = useQuery(
    recordQuery(
      props.appId,
      props.collection.key,
      props.id,
      readableFields(props.collection)
        .filter(isLink)
        .map((f) => f.name),
    ),
  );
  if (record.isPending) return <LoadingRows rows={5} height={56} />;
  if (record.error) return <ApiErrorAlert error={record.error} />;
  return <RecordForm {...props} record={record.data} />;
}

function RecordForm({
  appId,
  collection,
  all,
  record,
  mayEdit,
  onClose,
  onDelete,
}: {
  appId: string;
  collection: ReadableCollection;
  all: ReadableCollection[];
  record: RecordItem | null;
  mayEdit: boolean;
  onClose: () => void;
  onDelete: (record: RecordItem) => void;
}) {
  const queryClient = useQueryClient();
  // A field hidden on this record is not in its answer: the form leaves it out, as the table does.
  // A new record offers every field one may set, even those one may not read back.
  const fields = record
    ? readableFields(collection).filter((f) => Object.hasOwn(record, f.name))
    : collection.fields;
  const hiddenHere = record ? readableFields(collection).length - fields.length : 0;
  const initial: FormValues = Object.fromEntries(
    fields.map((f) => [f.name, toFormValue(f, record ? record[f.name] : f.default)]),
  );
  const [values, setValues] = useState<FormValues>(initial);
  const states = Object.fromEntries(fields.map((f) => [f.name, inputState(collection, f, record, mayEdit)]));
  const editable = fields.filter((f) => !states[f.name]?.readOnly);
  const save = useMutation({
    mutationFn: async () => {
      const changed = editable.filter((f) => (record ? !same(values[f.name], initial[f.name]) : true));
      const body: Record<string, unknown> = {};
      for (const f of changed) {
        const v = toApiValue(f, values[f.name]);
        // A new record leaves out what was not filled in, so defaults apply.
        if (!record && (v === null || (Array.isArray(v) && v.length === 0))) continue;
        body[f.name] = v;
      }
      const path = { app: appId, collection: collection.key };
      return record
        ? unwrap(
            api.PATCH('/api/apps/{app}/collections/{collection}/records/{record}', {
              params: { path: { ...path, record: record.id } },
              body: { values: body },
            }),
          )
        : unwrap(
            api.POST('/api/apps/{app}/collections/{collection}/records', {
              params: { path },
              body: { values: body },
            }),
          );
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'records', collection.key] });
      notifyDone(
        record ? 'Record saved' : 'Record created',
        `${recordLabel(saved as Record<string, unknown>, collection)} in ${collection.name}.`,
      );
      onClose();
    },
  });
  const fieldErrors = errorsByField(save.error);
  const labelsFor = (f: ReadableField) =>
    record
      ? linkLabels(
          record[f.name],
          all.find((c) => c.key === f.target?.key),
        )
      : {};
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      aria-label={record ? `Edit ${recordLabel(record, collection)}` : `New record in ${collection.name}`}
    >
      <Stack gap="md">
        {record && !record._can?.update && !collection.users && mayEdit && (
          <Alert color="gray" icon={<Info size={16} />}>
            {READ_ONLY_REASONS.record} You can read it.
          </Alert>
        )}
        {hiddenHere > 0 && (
          <Text size="sm" c="dimmed">
            {hiddenHere === 1 ? 'One field is' : `${hiddenHere} fields are`} hidden on this record by a rule.
          </Text>
        )}
        {fields.map((f) => (
          <FieldInput
            key={f.name}
            appId={appId}
            field={f}
            value={values[f.name]}
            onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))}
            state={states[f.name] ?? { readOnly: true }}
            all={all}
            labels={labelsFor(f)}
            error={fieldErrors[f.name]}
          />
        ))}
        <ApiErrorAlert error={save.error} />
        <Group justify="space-between">
          {record?._can?.delete && collection.can.delete && mayEdit ? (
            <Button variant="subtle" color="red" onClick={() => onDelete(record)}>
              Delete record
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {editable.length > 0 ? 'Cancel' : 'Close'}
            </Button>
            {editable.length > 0 && (
              <Button type="submit" loading={save.isPending}>
                {record ? 'Save' : 'Create record'}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** The API's refusal, beside each field it names. */
export function errorsByField(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    out[path.replace(/^values\./, '')] = message;
  }
  const denied = Array.isArray(error.details.fields) ? (error.details.fields as string[]) : [];
  for (const name of denied) out[name] = 'The rules do not let you write this field here.';
  if (typeof error.details.field === 'string') out[error.details.field] = error.message;
  return out;
}
