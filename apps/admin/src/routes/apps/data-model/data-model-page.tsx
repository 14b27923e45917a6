import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  Menu,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { type Collection, collectionsQuery, DATA_MODEL_EDIT } from '../../../api/data-model.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { TextLink } from '../../../components/links.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { RowMenu } from '../../../components/row-menu.js';
import { useWorkspace } from '../../../shell/context.js';
import { DeleteRefusal } from './in-use.js';

const route = getRouteApi('/signed-in/apps/$app/data-model');

/** What the restricted switch means, on and off, in one line. */
export const RESTRICTED_MEANING =
  'Restricted on: people see and change only what the data rules grant them. Off: every user of the app may read, create, change and delete its records; only field conditions still hide fields.';

/** An app's data model: its collections, each with its restricted switch. */
export function DataModelPage() {
  const { app: appId } = route.useParams();
  const canEdit = useWorkspace().canApp(DATA_MODEL_EDIT);
  const collections = useQuery(collectionsQuery(appId));
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Collection | null>(null);
  const [deleting, setDeleting] = useState<Collection | null>(null);
  const items = collections.data?.items ?? [];
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Data model"
        description="The collections of this app and their fields. Data rules decide who may see and change their records."
        actions={
          canEdit && (
            <Button leftSection={<Plus size={16} />} onClick={() => setCreating(true)}>
              Create collection
            </Button>
          )
        }
      />
      {!canEdit && collections.data && (
        <Text size="sm" c="dimmed">
          You can read the data model. Changing it needs the right app.dataformats.edit.
        </Text>
      )}
      {collections.data && (
        <Text size="sm" c="dimmed">
          {RESTRICTED_MEANING}
        </Text>
      )}
      {collections.isPending && <LoadingRows rows={3} />}
      <ApiErrorAlert error={collections.error} />
      {collections.data && items.length <= 1 && (
        <Card withBorder>
          <Text size="sm">
            This app has only its users collection so far.{' '}
            {canEdit
              ? 'Create a collection for the things your app keeps, for example positions or invoices.'
              : 'Someone who may change the data model can create collections.'}
          </Text>
        </Card>
      )}
      {collections.data && items.length > 0 && (
        <>
          <Table.ScrollContainer
            minWidth={640}
            type="native"
            tabIndex={0}
            role="region"
            aria-label="Collections"
          >
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Collection</Table.Th>
                  <Table.Th>Key</Table.Th>
                  <Table.Th>Fields</Table.Th>
                  <Table.Th>Restricted</Table.Th>
                  {canEdit && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <TextLink
                          to="/apps/$app/data-model/$collection"
                          params={{ app: appId, collection: c.key }}
                          fw={600}
                          size="sm"
                        >
                          {c.name}
                        </TextLink>
                        {c.system === 'users' && (
                          <Badge variant="light" color="gray" tt="none">
                            Managed by Charter
                          </Badge>
                        )}
                      </Group>
                      {c.description && (
                        <Text size="xs" c="dimmed">
                          {c.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Code>{c.key}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.fields.length}</Text>
                    </Table.Td>
                    <Table.Td>
                      <RestrictedSwitch appId={appId} collection={c} canEdit={canEdit} />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td ta="right">
                        <RowMenu name={c.name}>
                          <Menu.Item leftSection={<Pencil size={14} />} onClick={() => setRenaming(c)}>
                            Rename
                          </Menu.Item>
                          <Menu.Item
                            leftSection={<Trash2 size={14} />}
                            color="red"
                            disabled={c.system === 'users'}
                            onClick={() => setDeleting(c)}
                          >
                            {c.system === 'users' ? 'Delete (the app’s users stay)' : 'Delete'}
                          </Menu.Item>
                        </RowMenu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" c="dimmed" ta="center">
            {items.length === 1
              ? '1 collection, the only one.'
              : `${items.length} collections, all of them shown (the API returns the data model whole).`}
          </Text>
        </>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="Create a collection">
        {creating && <CollectionForm appId={appId} collection={null} onClose={() => setCreating(false)} />}
      </Modal>
      <Modal
        opened={Boolean(renaming)}
        onClose={() => setRenaming(null)}
        title={renaming ? `Rename the collection ${renaming.name}` : ''}
      >
        {renaming && (
          <CollectionForm
            key={renaming.id}
            appId={appId}
            collection={renaming}
            onClose={() => setRenaming(null)}
          />
        )}
      </Modal>
      <Modal
        opened={Boolean(deleting)}
        onClose={() => setDeleting(null)}
        title={deleting ? `Delete the collection ${deleting.name}?` : ''}
      >
        {deleting && (
          <DeleteCollection
            key={deleting.id}
            appId={appId}
            collection={deleting}
            onClose={() => setDeleting(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** The restricted switch of one collection; read-only without the right to edit. */
export function RestrictedSwitch({
  appId,
  collection,
  canEdit,
}: {
  appId: string;
  collection: Collection;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (restricted: boolean) =>
      unwrap(
        api.PATCH('/api/apps/{app}/collections/{collection}', {
          params: { path: { app: appId, collection: collection.key } },
          body: { restricted },
        }),
      ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'collections'] });
      notifyDone(
        saved.restricted ? 'Collection restricted' : 'Collection open to every user',
        saved.restricted
          ? `${saved.name}: people now see and change only what the data rules grant them.`
          : `${saved.name}: every user of the app may now do everything with its records.`,
      );
    },
  });
  return (
    <Stack gap={4}>
      <Switch
        checked={collection.restricted}
        disabled={!canEdit || change.isPending}
        onChange={(e) => change.mutate(e.currentTarget.checked)}
        label={collection.restricted ? 'On' : 'Off'}
        aria-label={`${collection.name} is restricted`}
      />
      <ApiErrorAlert error={change.error} title="The switch did not change" />
    </Stack>
  );
}

interface CollectionValues {
  name: string;
  key: string;
}

/** A key from a name: lower-case letters, digits and _. */
const keyOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 63);

/** Creates a collection (name and key), or renames one (the key stays). */
function CollectionForm({
  appId,
  collection,
  onClose,
}: {
  appId: string;
  collection: Collection | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [keyTouched, setKeyTouched] = useState(false);
  const form = useForm<CollectionValues>({
    initialValues: { name: collection?.name ?? '', key: collection?.key ?? '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the collection a name'),
      key: (v) => (collection || v ? null : 'Give the collection a key'),
    },
  });
  const save = useMutation({
    mutationFn: async ({ name, key }: CollectionValues) => {
      if (!collection) {
        return unwrap(
          api.POST('/api/apps/{app}/collections', { params: { path: { app: appId } }, body: { key, name } }),
        );
      }
      return unwrap(
        api.PATCH('/api/apps/{app}/collections/{collection}', {
          params: { path: { app: appId, collection: collection.key } },
          body: { name },
        }),
      );
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'collections'] });
      notifyDone(
        collection ? 'Collection renamed' : 'Collection created',
        collection
          ? `It is called ${saved.name} now. Its key ${saved.key} stays, so rules keep working.`
          : `${saved.name} exists and is restricted: nobody but builders sees its records until a rule grants them. Add its fields next.`,
      );
      onClose();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Name"
          required
          data-autofocus
          {...form.getInputProps('name')}
          onChange={(e) => {
            const name = e.currentTarget.value;
            form.setFieldValue('name', name);
            if (!collection && !keyTouched) form.setFieldValue('key', keyOf(name));
          }}
        />
        <TextInput
          label="Key"
          description={
            collection
              ? 'The key stays as it is: addresses, links and rules refer to it.'
              : 'Lower-case letters, digits and _. It appears in addresses and never changes.'
          }
          required={!collection}
          disabled={Boolean(collection)}
          {...form.getInputProps('key')}
          onChange={(e) => {
            setKeyTouched(true);
            form.setFieldValue('key', e.currentTarget.value);
          }}
        />
        <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {collection ? 'Save name' : 'Create collection'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Confirms deleting a collection; the API refuses while rules or links use it, naming them. */
function DeleteCollection({
  appId,
  collection,
  onClose,
}: {
  appId: string;
  collection: Collection;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/apps/{app}/collections/{collection}', {
          params: { path: { app: appId, collection: collection.key } },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'collections'] });
      notifyDone('Collection deleted', `${collection.name} and its records are gone.`);
      onClose();
    },
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        Deleting {collection.name} also deletes all its records. This cannot be undone. Charter refuses while
        rules use it or links from other collections point to it, and names them.
      </Text>
      {remove.error && <DeleteRefusal error={remove.error} what={collection.name} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
          Delete collection
        </Button>
      </Group>
    </Stack>
  );
}
