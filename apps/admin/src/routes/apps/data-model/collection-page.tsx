import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { type Collection, collectionQuery, DATA_MODEL_EDIT, type Field } from '../../../api/data-model.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { ButtonLink, TextLink } from '../../../components/links.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader, shownCount } from '../../../components/page.js';
import { EditDeleteItems, RowMenu } from '../../../components/row-menu.js';
import { useWorkspace } from '../../../shell/context.js';
import { RESTRICTED_MEANING, RestrictedSwitch } from './data-model-page.js';
import { FieldFormModal } from './field-form-modal.js';
import { defaultText, fieldKind } from './field-types.js';
import { DeleteRefusal } from './in-use.js';

const route = getRouteApi('/signed-in/apps/$app/data-model/$collection');

/** One collection: its fields with their constraints and links, and Charter's own fields. */
export function CollectionPage() {
  const { app: appId, collection: ref } = route.useParams();
  const { canApp } = useWorkspace();
  const canEdit = canApp(DATA_MODEL_EDIT);
  const canBrowse = canApp('app.data.read');
  const collection = useQuery(collectionQuery(appId, ref));
  const [editing, setEditing] = useState<Field | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Field | null>(null);
  const c = collection.data;
  const managed = c?.system === 'users';
  const mayChangeFields = canEdit && !managed;
  return (
    <Stack maw={1100}>
      <TextLink to="/apps/$app/data-model" params={{ app: appId }} size="sm">
        ← Data model
      </TextLink>
      {collection.isPending && <LoadingRows rows={4} />}
      <ApiErrorAlert error={collection.error} />
      {c && (
        <>
          <PageHeader
            title={c.name}
            description={
              managed
                ? 'The users of this app. Charter manages this collection: its fields are the user attributes, and its records are the app’s users.'
                : c.description || `Conditions read its records as record.<field>; its key is ${c.key}.`
            }
            actions={
              <>
                {canBrowse && (
                  <ButtonLink
                    variant="default"
                    to="/apps/$app/records/$collection"
                    params={{ app: appId, collection: c.key }}
                  >
                    Browse records
                  </ButtonLink>
                )}
                {mayChangeFields && (
                  <Button leftSection={<Plus size={16} />} onClick={() => setEditing('new')}>
                    Add field
                  </Button>
                )}
              </>
            }
          />
          <Group gap="sm" wrap="wrap">
            {managed && (
              <Badge variant="light" color="gray" tt="none">
                Managed by Charter
              </Badge>
            )}
            <RestrictedSwitch appId={appId} collection={c} canEdit={canEdit} />
            <Text size="sm" c="dimmed" style={{ flex: '1 1 20rem' }}>
              {RESTRICTED_MEANING}
            </Text>
            <TextLink
              to="/apps/$app/permissions"
              params={{ app: appId }}
              search={{ collection: c.key }}
              size="sm"
            >
              Permissions of {c.name}
            </TextLink>
          </Group>
          {!canEdit && (
            <Text size="sm" c="dimmed">
              You can read the data model. Changing it needs the right app.dataformats.edit.
            </Text>
          )}
          {managed && (
            <Text size="sm">
              Add, rename or delete these fields under{' '}
              <TextLink to="/apps/$app/attributes" params={{ app: appId }}>
                User attributes
              </TextLink>
              .
            </Text>
          )}
          <Title order={2} size="h4">
            Fields
          </Title>
          {c.fields.length === 0 ? (
            <Card withBorder>
              <Text size="sm">
                {c.name} has no fields of its own yet.{' '}
                {mayChangeFields ? 'Add one, for example a title or a status.' : ''}
              </Text>
            </Card>
          ) : (
            <FieldsTable
              collection={c}
              canEdit={mayChangeFields}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
          )}
          <Title order={2} size="h4">
            Fields every record has
          </Title>
          <Text size="sm" c="dimmed">
            Charter sets these on each record; rules may read them.
          </Text>
          <Table.ScrollContainer
            minWidth={480}
            type="native"
            tabIndex={0}
            role="region"
            aria-label="Fields every record has"
          >
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>In conditions</Table.Th>
                  <Table.Th>What it holds</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.systemFields.map((f) => (
                  <Table.Tr key={f.name}>
                    <Table.Td>
                      <Code>record.{f.name}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.description}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <FieldFormModal
            appId={appId}
            collection={c}
            field={editing === 'new' ? null : editing}
            opened={editing !== null}
            onClose={() => setEditing(null)}
          />
          <Modal
            opened={Boolean(deleting)}
            onClose={() => setDeleting(null)}
            title={deleting ? `Delete the field ${deleting.label}?` : ''}
          >
            {deleting && (
              <DeleteField
                key={deleting.id}
                appId={appId}
                collection={c}
                field={deleting}
                onClose={() => setDeleting(null)}
              />
            )}
          </Modal>
        </>
      )}
    </Stack>
  );
}

function FieldsTable({
  collection,
  canEdit,
  onEdit,
  onDelete,
}: {
  collection: Collection;
  canEdit: boolean;
  onEdit: (f: Field) => void;
  onDelete: (f: Field) => void;
}) {
  return (
    <>
      <Table.ScrollContainer minWidth={720} type="native" tabIndex={0} role="region" aria-label="Fields">
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Required</Table.Th>
              <Table.Th>Unique</Table.Th>
              <Table.Th>Default</Table.Th>
              {canEdit && (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {collection.fields.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {f.label}
                  </Text>
                  <Code>record.{f.name}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{fieldKind(f)}</Text>
                  {f.options.length > 0 && (
                    <Group gap={4} mt={4}>
                      {f.options.map((o) => (
                        <Badge key={o} variant="light" color="gray" tt="none">
                          {o}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.required ? 'Required' : 'Optional'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.unique ? 'Unique' : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {typeof f.default === 'boolean'
                      ? f.default
                        ? 'Yes'
                        : 'No'
                      : (defaultText(f.default) ?? 'None')}
                  </Text>
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="right">
                    <RowMenu name={f.label}>
                      <EditDeleteItems onEdit={() => onEdit(f)} onDelete={() => onDelete(f)} />
                    </RowMenu>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed" ta="center">
        {shownCount(collection.fields.length, 'field')}
      </Text>
    </>
  );
}

/** Confirms deleting a field; the API refuses while rules use it, naming them. */
function DeleteField({
  appId,
  collection,
  field,
  onClose,
}: {
  appId: string;
  collection: Collection;
  field: Field;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/apps/{app}/collections/{collection}/fields/{field}', {
          params: { path: { app: appId, collection: collection.key, field: field.id } },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'collections'] });
      notifyDone('Field deleted', `${field.label} and its values are gone from ${collection.name}.`);
      onClose();
    },
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        Deleting {field.label} also deletes its value in every record of {collection.name}. This cannot be
        undone. Charter refuses while rules use it, and names them.
      </Text>
      {remove.error && <DeleteRefusal error={remove.error} what={field.label} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
          Delete field
        </Button>
      </Group>
    </Stack>
  );
}
