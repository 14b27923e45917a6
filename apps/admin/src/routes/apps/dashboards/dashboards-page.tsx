import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { DASHBOARDS_EDIT, dashboardsQuery } from '../../../api/dashboards.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { ButtonLink, TextLink } from '../../../components/links.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { WIDGET_LABEL } from './widget-editor.js';

const route = getRouteApi('/signed-in/apps/$app/dashboards');

/** The app's dashboards: each computed for whoever opens it, under their own data rules. */
export function DashboardsPage() {
  const { app: appId } = route.useParams();
  const canEdit = useWorkspace().canApp(DASHBOARDS_EDIT);
  const dashboards = useQuery(dashboardsQuery(appId));
  const items = dashboards.data?.items ?? [];
  return (
    <Stack maw={1200}>
      <PageHeader
        title="Dashboards"
        description="Figures and charts over the app's records. Each person sees them computed from the records and fields their own data rules let them read."
        actions={
          canEdit && (
            <ButtonLink
              to="/apps/$app/dashboards/new"
              params={{ app: appId }}
              leftSection={<Plus size={16} />}
            >
              New dashboard
            </ButtonLink>
          )
        }
      />
      <ApiErrorAlert error={dashboards.error} />
      {dashboards.isPending && <LoadingRows />}
      {dashboards.data && items.length === 0 && (
        <Card withBorder>
          <Text size="sm" c="dimmed">
            This app has no dashboard yet.{canEdit ? ' Create one: a count, a chart by status, a table.' : ''}
          </Text>
        </Card>
      )}
      <SimpleGrid
        cols={{ base: 1, sm: 2, md: 3 }}
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {items.map((d) => (
          <Card key={d.id} withBorder component="li">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap">
                <TextLink
                  to="/apps/$app/dashboards/$dashboard"
                  params={{ app: appId, dashboard: d.id }}
                  fw={700}
                >
                  {d.title}
                </TextLink>
                <Text size="xs" c="dimmed">
                  version {d.version}
                </Text>
              </Group>
              {d.description && (
                <Text size="sm" lineClamp={2}>
                  {d.description}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {d.widgets.length === 0
                  ? 'No widget yet'
                  : d.widgets.map((w) => w.title || WIDGET_LABEL[w.kind]).join(', ')}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
