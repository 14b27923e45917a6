import { Button, Card, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { type CustomRight, customRightsQuery, ROLES_WRITE_RIGHT } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { LoadingRows, PageHeader, shownCount } from '../../../components/page.js';
import { EditDeleteItems, RowMenu } from '../../../components/row-menu.js';
import { useWorkspace } from '../../../shell/context.js';
import { DeleteRightModal } from './delete-right-modal.js';
import { RightFormModal } from './right-form-modal.js';

const route = getRouteApi('/signed-in/apps/$app/rights');

/** An app's custom rights: named flags that roles and users hold and conditions test. */
export function RightsPage() {
  const { app: appId } = route.useParams();
  const canEdit = useWorkspace().canApp(ROLES_WRITE_RIGHT);
  const rights = useQuery(customRightsQuery(appId));
  const [editing, setEditing] = useState<CustomRight | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomRight | null>(null);
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Custom rights"
        description='Rights you define for this app, such as "approve invoices". Give them to roles or users, and test them in rules with "key" in user.rights.'
        actions={
          canEdit && (
            <Button leftSection={<Plus size={16} />} onClick={() => setEditing('new')}>
              Create right
            </Button>
          )
        }
      />
      {rights.isPending && <LoadingRows rows={3} />}
      <ApiErrorAlert error={rights.error} />
      {rights.data?.items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            This app has no custom rights yet. Create one when a rule should depend on something a person may
            do, for example approving invoices.
          </Text>
        </Card>
      )}
      {rights.data && rights.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Key</Table.Th>
                  <Table.Th>Description</Table.Th>
                  {canEdit && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rights.data.items.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {r.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>{r.key}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={r.description ? undefined : 'dimmed'}>
                        {r.description || 'No description.'}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td ta="right">
                        <RowMenu name={r.name}>
                          <EditDeleteItems onEdit={() => setEditing(r)} onDelete={() => setDeleting(r)} />
                        </RowMenu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" c="dimmed" ta="center">
            {shownCount(rights.data.items.length, 'custom right')}
          </Text>
        </>
      )}
      <RightFormModal
        appId={appId}
        right={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <DeleteRightModal appId={appId} right={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
