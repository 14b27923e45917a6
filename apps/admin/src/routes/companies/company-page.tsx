import { Badge, Button, Card, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { companyAppsQuery, companyQuery } from '../../api/companies.js';
import { holdsCompanyRight } from '../../api/rights.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { TextLink } from '../../components/links.js';
import { LoadingRows, PageHeader } from '../../components/page.js';
import { CreateAppModal } from './create-app-modal.js';

const route = getRouteApi('/signed-in/companies/$company/');

/** A company's applications. Only those who manage the company's apps see and create them here. */
export function CompanyPage() {
  const { company: companyId } = route.useParams();
  const company = useQuery(companyQuery(companyId)).data;
  const managesApps = holdsCompanyRight(company?.me, 'company.apps.manage');
  const apps = useQuery({ ...companyAppsQuery(companyId), enabled: managesApps });
  const [creating, { open, close }] = useDisclosure();
  return (
    <Stack maw={1100}>
      <PageHeader
        title={company?.name ?? 'Company'}
        description="The applications this company owns."
        actions={
          managesApps && (
            <Button leftSection={<Plus size={16} />} onClick={open}>
              Create application
            </Button>
          )
        }
      />
      {!managesApps && company && (
        <Card withBorder>
          <Text size="sm">
            You are a member of {company.name}, without the right to manage its applications
            (company.apps.manage). The applications you use appear on your home page.
          </Text>
        </Card>
      )}
      {managesApps && apps.isPending && <LoadingRows rows={3} />}
      <ApiErrorAlert error={apps.error} />
      {apps.data?.items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            No applications yet. Create the first one: it comes with the roles Team Admin and User.
          </Text>
        </Card>
      )}
      {apps.data && apps.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Registration</Table.Th>
                <Table.Th>Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {apps.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <TextLink to="/apps/$app" params={{ app: a.id }} fw={600}>
                      {a.name}
                    </TextLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1}>
                      {a.description || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={a.registration === 'open' ? 'green' : 'gray'}>
                      {a.registration === 'open' ? 'Open' : 'Closed'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{new Date(a.createdAt).toLocaleDateString()}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateAppModal companyId={companyId} opened={creating} onClose={close} />
    </Stack>
  );
}
