import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ExternalLink, Plus } from 'lucide-react';
import { pagesQuery, TEMPLATES_EDIT } from '../../../api/pages.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { ButtonLink, TextLink } from '../../../components/links.js';
import { LoadingRows, PageHeader, shownCount } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { AUDIENCE_LABELS, KIND_LABEL, pageTree } from './page-values.js';

const route = getRouteApi('/signed-in/apps/$app/pages');

/** The app's pages as its users' menu shows them: a tree, each with who sees it and what it shows. */
export function PagesPage() {
  const { app: appId } = route.useParams();
  const { canApp, app } = useWorkspace();
  const canEdit = canApp(TEMPLATES_EDIT);
  const pages = useQuery(pagesQuery(appId));
  const tree = pageTree(pages.data?.items ?? []);
  return (
    <Stack maw={1200}>
      <PageHeader
        title="Pages"
        description="What the app’s users see when they sign in: pages in a menu, each with sections bound to the data. Who sees a page is convenience; what its sections show still goes through the data rules."
        actions={
          <>
            {app?.slug && (
              <ButtonLink
                variant="default"
                to="/a/$appSlug"
                params={{ appSlug: app.slug }}
                target="_blank"
                leftSection={<ExternalLink size={16} />}
              >
                Open the app
              </ButtonLink>
            )}
            {canEdit && (
              <ButtonLink to="/apps/$app/pages/new" params={{ app: appId }} leftSection={<Plus size={16} />}>
                New page
              </ButtonLink>
            )}
          </>
        }
      />
      <ApiErrorAlert error={pages.error} />
      {pages.isPending && <LoadingRows />}
      {pages.data && tree.length === 0 && (
        <Card withBorder>
          <Text c="dimmed" size="sm">
            This app has no page yet, so its users see an empty app after they sign in.
            {canEdit ? ' Create the first one: a list of records, a form, or a welcome text.' : ''}
          </Text>
        </Card>
      )}
      {tree.length > 0 && (
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover aria-label="Pages">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Page</Table.Th>
                  <Table.Th>Address</Table.Th>
                  <Table.Th>Who sees it</Table.Th>
                  <Table.Th>Sections</Table.Th>
                  <Table.Th>Version</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tree.map(({ page, depth }) => (
                  <Table.Tr key={page.id}>
                    <Table.Td style={{ paddingLeft: `calc(var(--mantine-spacing-sm) + ${depth * 1.5}rem)` }}>
                      {depth > 0 && (
                        <Text span c="dimmed" mr={6} aria-hidden>
                          └
                        </Text>
                      )}
                      <TextLink to="/apps/$app/pages/$page" params={{ app: appId, page: page.id }} fw={500}>
                        {page.title}
                      </TextLink>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        /{page.slug}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Text size="sm">
                          {page.visibility.audience === 'roles'
                            ? `Roles: ${page.visibility.roles.join(', ')}`
                            : AUDIENCE_LABELS[page.visibility.audience]}
                        </Text>
                        {page.visibility.condition && (
                          <Badge variant="light" color="grape" title={page.visibility.condition}>
                            with a condition
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {page.sections.length === 0
                          ? 'None'
                          : page.sections.map((s) => s.title || KIND_LABEL[s.kind]).join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{page.version}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {pages.data && tree.length > 0 && (
        <Text size="sm" c="dimmed">
          {shownCount(tree.length, 'page')}
        </Text>
      )}
    </Stack>
  );
}
