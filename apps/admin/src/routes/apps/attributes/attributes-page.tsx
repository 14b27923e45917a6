import { Badge, Button, Card, Code, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { type Attribute, attributesQuery, ROLES_WRITE_RIGHT } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader, shownCount } from '../../../components/page.js';
import { EditDeleteItems, RowMenu } from '../../../components/row-menu.js';
import { useWorkspace } from '../../../shell/context.js';
import { AttributeFormModal } from './attribute-form-modal.js';
import { typeLabel } from './attribute-types.js';

const route = getRouteApi('/signed-in/apps/$app/attributes');

/** An app's user attributes: typed custom fields on each user, read by conditions as user.<key>. */
export function AttributesPage() {
  const { app: appId } = route.useParams();
  const canEdit = useWorkspace().canApp(ROLES_WRITE_RIGHT);
  const attributes = useQuery(attributesQuery(appId));
  const [editing, setEditing] = useState<Attribute | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Attribute | null>(null);
  return (
    <Stack maw={1100}>
      <PageHeader
        title="User attributes"
        description="Custom fields on each user of this app, such as department or region. Rules read them as user.<key>."
        actions={
          canEdit && (
            <Button leftSection={<Plus size={16} />} onClick={() => setEditing('new')}>
              Create attribute
            </Button>
          )
        }
      />
      {attributes.isPending && <LoadingRows rows={3} />}
      <ApiErrorAlert error={attributes.error} />
      {attributes.data?.items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            This app has no user attributes yet. Create one to store something about each user, for example
            their department, and let rules depend on it.
          </Text>
        </Card>
      )}
      {attributes.data && attributes.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>In conditions</Table.Th>
                  <Table.Th>Type</Table.Th>
                  {canEdit && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attributes.data.items.map((a) => (
                  <Table.Tr key={a.key}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {a.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>user.{a.key}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{typeLabel(a.type)}</Text>
                      {a.options.length > 0 && (
                        <Group gap={4} mt={4}>
                          {a.options.map((o) => (
                            <Badge key={o} variant="light" color="gray" tt="none">
                              {o}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    {canEdit && (
                      <Table.Td ta="right">
                        <RowMenu name={a.name}>
                          <EditDeleteItems onEdit={() => setEditing(a)} onDelete={() => setDeleting(a)} />
                        </RowMenu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" c="dimmed" ta="center">
            {shownCount(attributes.data.items.length, 'user attribute')}
          </Text>
        </>
      )}
      <AttributeFormModal
        appId={appId}
        attribute={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <Modal
        opened={Boolean(deleting)}
        onClose={() => setDeleting(null)}
        title={deleting ? `Delete the attribute ${deleting.name}?` : ''}
      >
        {deleting && (
          <DeleteAttribute
            key={deleting.key}
            appId={appId}
            attribute={deleting}
            onClose={() => setDeleting(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** Confirms deleting an attribute; the API refuses while the register form or a rule uses it, and says which. */
function DeleteAttribute({
  appId,
  attribute,
  onClose,
}: {
  appId: string;
  attribute: Attribute;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/apps/{app}/attributes/{attribute}', {
          params: { path: { app: appId, attribute: attribute.key } },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId] });
      notifyDone('Attribute deleted', `${attribute.name} is gone.`);
      onClose();
    },
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        Deleting {attribute.name} also deletes every user's value of it. This cannot be undone. Charter
        refuses while the register form asks for it or a rule reads user.{attribute.key}.
      </Text>
      <ApiErrorAlert error={remove.error} title="The attribute was not deleted" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
          Delete attribute
        </Button>
      </Group>
    </Stack>
  );
}
