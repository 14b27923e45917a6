import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Building2 } from 'lucide-react';
import { myAppsQuery } from '../api/apps.js';
import { myCompaniesQuery } from '../api/companies.js';
import { useMe } from '../api/session.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { TextLink } from '../components/links.js';
import { LoadingRows, PageHeader } from '../components/page.js';
import { CreateCompanyForm } from './companies/create-company-form.js';

/** After signing in: the companies the person belongs to and the apps they use, or the first step. */
export function HomePage() {
  const me = useMe().data;
  const companies = useQuery(myCompaniesQuery);
  const apps = useQuery(myAppsQuery);
  const foreignApps = (apps.data?.items ?? []).filter(
    (a) => !companies.data?.some((c) => c.id === a.companyId),
  );
  return (
    <Stack gap="xl" maw={960}>
      <PageHeader
        title={`Welcome, ${me?.name ?? ''}`}
        description="Your companies and the applications you use."
      />
      <section aria-labelledby="companies-heading">
        <Text id="companies-heading" component="h2" fw={650} size="lg" mb="sm">
          Companies
        </Text>
        {companies.isPending && <LoadingRows rows={2} height={72} />}
        <ApiErrorAlert error={companies.error} />
        {companies.data?.length === 0 && (
          <Text c="dimmed" size="sm" mb="sm">
            You do not belong to a company yet. Create one to build applications, or accept an invitation from
            a colleague.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
          {companies.data?.map((c) => (
            <Card key={c.id} withBorder padding="md">
              <Group gap="sm" wrap="nowrap">
                <Building2 size={20} aria-hidden="true" />
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <TextLink to="/companies/$company" params={{ company: c.id }} fw={600} truncate>
                    {c.name}
                  </TextLink>
                  <Group gap={4}>
                    {c.isOwner ? (
                      <Badge variant="light">Owner</Badge>
                    ) : (
                      <Badge variant="light" color="gray">
                        Member
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
        {!companies.isError && <CreateCompanyForm />}
      </section>
      {foreignApps.length > 0 && (
        <section aria-labelledby="apps-heading">
          <Text id="apps-heading" component="h2" fw={650} size="lg" mb="sm">
            Applications you use
          </Text>
          <Stack gap="xs">
            {foreignApps.map((a) => (
              <TextLink key={a.id} to="/apps/$app" params={{ app: a.id }}>
                {a.name}
              </TextLink>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
