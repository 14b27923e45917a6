import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CircleAlert } from 'lucide-react';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../../api/client.js';
import { type ReadableCollection, type RecordItem, recordLabel } from '../../../api/records.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';
import { FieldInput } from './values.js';

type Operation = { op: 'update'; id: string; values: Record<string, unknown> } | { op: 'delete'; id: string };

/** Runs operations through the bulk API: all of them or, when one is refused, none. */
function useBulk(appId: string, collection: ReadableCollection, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (operations: Operation[]) =>
      unwrap(
        api.POST('/api/apps/{app}/collections/{collection}/records/bulk', {
          params: { path: { app: appId, collection: collection.key } },
          body: { operations },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'records', collection.key] });
      onDone();
    },
  });
}

/** A refused bulk request, naming the record it stopped at and saying that nothing changed. */
function BulkRefusal({
  error,
  records,
  collection,
}: {
  error: unknown;
  records: RecordItem[];
  collection: ReadableCollection;
}) {
  if (!(error instanceof ApiError)) return <ApiErrorAlert error={error} />;
  const index = Number(error.details.operation);
  const record = Number.isInteger(index) ? records[index] : undefined;
  if (!record) return <ApiErrorAlert error={error} />;
  const message = error.message.replace(/^Operation \d+: /, '');
  return (
    <Alert color="red" icon={<CircleAlert size={18} />} title="Nothing was changed" role="alert">
      <Text size="sm">
        The rules refuse this change on{' '}
        <Text span fw={700}>
          {recordLabel(record, collection)}
        </Text>
        : {message} All or nothing: no other selected record was changed either.
      </Text>
      <Text size="xs" c="dimmed" mt="xs">
        {error.code}
        {error.requestId ? ` · reference ${error.requestId}` : ''}
      </Text>
    </Alert>
  );
}

/** Sets one field to one value on every selected record. */
export function BulkEditModal({
  appId,
  collection,
  all,
  records,
  opened,
  onClose,
  onDone,
}: {
  appId: string;
  collection: ReadableCollection;
  all: ReadableCollection[];
  records: RecordItem[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const candidates = collection.fields.filter((f) => f.update !== 'never' && f.type !== 'json');
  const [fieldName, setFieldName] = useState<string | null>(candidates[0]?.name ?? null);
  const [value, setValue] = useState<unknown>(null);
  const field = candidates.find((f) => f.name === fieldName);
  const bulk = useBulk(appId, collection, () => {
    notifyDone('Records changed', `${field?.label} set on ${records.length} records of ${collection.name}.`);
    onDone();
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${records.length} selected records`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!field) return;
          bulk.mutate(records.map((r) => ({ op: 'update', id: r.id, values: { [field.name]: value } })));
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            One request for all of them: if the rules refuse one record, none is changed.
          </Text>
          <Select
            label="Field to set"
            data={candidates.map((f) => ({ value: f.name, label: f.label }))}
            value={fieldName}
            onChange={(v) => {
              setFieldName(v);
              setValue(null);
              bulk.reset();
            }}
            allowDeselect={false}
          />
          {field && (
            <FieldInput
              key={field.name}
              appId={appId}
              field={{ ...field, label: `New ${field.label.toLowerCase()}` }}
              value={value}
              onChange={setValue}
              state={{ readOnly: false }}
              all={all}
              labels={{}}
            />
          )}
          {bulk.error && <BulkRefusal error={bulk.error} records={records} collection={collection} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={bulk.isPending} disabled={!field}>
              Change {records.length} records
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Deletes the selected records, all or none. */
export function BulkDeleteModal({
  appId,
  collection,
  records,
  opened,
  onClose,
  onDone,
}: {
  appId: string;
  collection: ReadableCollection;
  records: RecordItem[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const bulk = useBulk(appId, collection, () => {
    notifyDone('Records deleted', `${records.length} records of ${collection.name}.`);
    onDone();
  });
  const one = records.length === 1 ? records[0] : undefined;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={one ? `Delete ${recordLabel(one, collection)}?` : `Delete ${records.length} records?`}
    >
      <Stack>
        <Text size="sm">
          {one
            ? 'The record is deleted for everyone. This cannot be undone.'
            : 'They are deleted for everyone, all of them or, if the rules refuse one, none. This cannot be undone.'}
        </Text>
        {bulk.error && <BulkRefusal error={bulk.error} records={records} collection={collection} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={bulk.isPending}
            onClick={() => bulk.mutate(records.map((r) => ({ op: 'delete', id: r.id })))}
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
