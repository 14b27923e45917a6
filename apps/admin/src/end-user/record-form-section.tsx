import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Info } from 'lucide-react';
import { useState } from 'react';
import { createRecord, pageWithRecordView, recordWriteKeys, updateRecord } from '../api/end-user.js';
import { type ReadableField, type RecordItem, recordLabel, recordQuery } from '../api/records.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { ButtonLink } from '../components/links.js';
import { notifyDone } from '../components/notify.js';
import {
  errorsByField,
  inputState,
  same,
  toApiValue,
  toFormValue,
} from '../routes/apps/records/record-form.js';
import { CellValue, FieldInput, linkLabels } from '../routes/apps/records/values.js';
import { DeleteRecordButton, RecordValues, type RecordViewContext, shownFields } from './record-view.js';

type Values = Record<string, unknown>;

/**
 * The form to change one record: an input for each field the API lets this person write on it
 * (`meta=can`), the others shown as values, and those it hides left out. Only changed fields are
 * sent; the API's refusal is shown at the fields it names.
 */
export function EditRecordForm({
  view,
  record,
  fields: chosen,
}: {
  view: RecordViewContext;
  record: RecordItem;
  fields: ReadableField[];
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { appId, appSlug, collection } = view;
  const writable = (f: ReadableField) => !inputState(collection, f, record, true).readOnly;
  // What they may read on this record, and what they may set here without reading it.
  const fields = chosen.filter((f) => Object.hasOwn(record, f.name) || (f.read === 'never' && writable(f)));
  const initial: Values = Object.fromEntries(fields.map((f) => [f.name, toFormValue(f, record[f.name])]));
  const [values, setValues] = useState<Values>(initial);
  const detail = pageWithRecordView(view.pages, collection.key, 'detail');
  const editable = fields.filter(writable);
  const save = useMutation({
    mutationFn: () => {
      const changed = editable.filter((f) => !same(values[f.name], initial[f.name]));
      const body = Object.fromEntries(changed.map((f) => [f.name, toApiValue(f, values[f.name])]));
      return updateRecord(appId, collection.key, record.id, body);
    },
    onSuccess: async (saved) => {
      for (const queryKey of recordWriteKeys(appId, collection.key)) {
        await queryClient.invalidateQueries({ queryKey });
      }
      notifyDone('Saved', `${recordLabel({ ...record, ...saved }, collection)} is changed.`);
      if (detail) {
        await navigate({
          to: '/a/$appSlug/$pageSlug',
          params: { appSlug, pageSlug: detail.slug },
          search: { record: record.id },
        });
      }
    },
  });
  const errors = errorsByField(save.error);
  const label = recordLabel(record, collection);
  if (editable.length === 0) {
    return (
      <Stack gap="md">
        <Alert color="gray" icon={<Info size={16} />}>
          You may read {label} but not change it.
        </Alert>
        <RecordValues record={record} fields={chosen.filter((f) => f.read !== 'never')} all={view.all} />
      </Stack>
    );
  }
  return (
    <form
      aria-label={`Edit ${label}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md" maw={640}>
        {fields.map((f) =>
          writable(f) ? (
            <FieldInput
              key={f.name}
              appId={appId}
              field={f}
              value={values[f.name]}
              onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))}
              state={{ readOnly: false }}
              all={view.all}
              labels={linkLabels(
                record[f.name],
                view.all.find((c) => c.key === f.target?.key),
              )}
              error={errors[f.name]}
            />
          ) : (
            // Not an input: the API would refuse a change, so none is offered.
            <Box key={f.name}>
              <Text size="sm" fw={500}>
                {f.label}
              </Text>
              <CellValue field={f} value={record[f.name]} all={view.all} />
            </Box>
          ),
        )}
        <ApiErrorAlert error={save.error} title="Not saved" />
        <Group justify="space-between">
          <DeleteRecordButton view={view} record={record} />
          <Group gap="xs">
            {detail && (
              <ButtonLink
                variant="default"
                to="/a/$appSlug/$pageSlug"
                params={{ appSlug, pageSlug: detail.slug }}
                search={{ record: record.id }}
              >
                Cancel
              </ButtonLink>
            )}
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The form to add a record: the section's fields this person may set on a new one. After saving it
 * shows the record as the API lets them read it, or says it was added when they may not read it.
 */
export function CreateRecordForm({ view }: { view: RecordViewContext }) {
  const { appId, appSlug, collection } = view;
  const queryClient = useQueryClient();
  const fields = shownFields(view.section, collection).filter((f) => f.create !== 'never');
  const blank = () => Object.fromEntries(fields.map((f) => [f.name, toFormValue(f, f.default)]));
  const [values, setValues] = useState<Values>(blank);
  const [created, setCreated] = useState<{ id: string; record: RecordItem | null } | null>(null);
  const save = useMutation({
    mutationFn: async () => {
      const body: Values = {};
      for (const f of fields) {
        const v = toApiValue(f, values[f.name]);
        // What was left empty is left out, so the field's default applies.
        if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
        body[f.name] = v;
      }
      const saved = await createRecord(appId, collection.key, body);
      const id = String(saved.id);
      // Shown as the records API reads it back: a create rule may allow what a read rule does not.
      const record = await queryClient
        .fetchQuery({ ...recordQuery(appId, collection.key, id), retry: false })
        .catch(() => null);
      return { id, record };
    },
    onSuccess: async (result) => {
      for (const queryKey of recordWriteKeys(appId, collection.key)) {
        await queryClient.invalidateQueries({ queryKey });
      }
      setCreated(result);
    },
  });
  if (collection.users || !collection.can.create || fields.length === 0) {
    return <Alert color="gray">You may not add records to {collection.name}.</Alert>;
  }
  if (created) {
    const detail = pageWithRecordView(view.pages, collection.key, 'detail');
    return (
      <Stack gap="md">
        <Alert color="green" title="Added">
          {created.record
            ? `${recordLabel(created.record, collection)} is in ${collection.name}.`
            : `Your record is in ${collection.name}. You may not read it here.`}
        </Alert>
        {created.record && (
          <RecordValues
            record={created.record}
            fields={shownFields(view.section, collection).filter((f) => f.read !== 'never')}
            all={view.all}
          />
        )}
        <Group gap="xs">
          {created.record && detail && (
            <ButtonLink
              variant="default"
              to="/a/$appSlug/$pageSlug"
              params={{ appSlug, pageSlug: detail.slug }}
              search={{ record: created.id }}
            >
              Open it
            </ButtonLink>
          )}
          <Button
            variant="default"
            onClick={() => {
              setValues(blank());
              setCreated(null);
              save.reset();
            }}
          >
            Add another
          </Button>
        </Group>
      </Stack>
    );
  }
  const errors = errorsByField(save.error);
  return (
    <form
      aria-label={view.section.title || `New record in ${collection.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md" maw={640}>
        {fields.map((f) => (
          <FieldInput
            key={f.name}
            appId={appId}
            field={f}
            value={values[f.name]}
            onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))}
            state={inputState(collection, f, null, true)}
            all={view.all}
            labels={{}}
            error={errors[f.name]}
          />
        ))}
        <ApiErrorAlert error={save.error} title="Not added" />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Add
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
