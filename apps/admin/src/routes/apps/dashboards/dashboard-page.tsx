import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Pencil } from 'lucide-react';
import { DASHBOARDS_EDIT, dashboardDataQuery } from '../../../api/dashboards.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { ButtonLink, TextLink } from '../../../components/links.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { WidgetView } from '../../../components/widget-view.js';
import { useWorkspace } from '../../../shell/context.js';

const route = getRouteApi('/signed-in/apps/$app/dashboards/$dashboard');

/** A dashboard as the signed-in person sees it: computed under their own data rules. */
export function DashboardPage() {
  const { app: appId, dashboard: id } = route.useParams();
  const canEdit = useWorkspace().canApp(DASHBOARDS_EDIT);
  const data = useQuery(dashboardDataQuery(appId, id));
  return (
    <Stack maw={1400}>
      <TextLink to="/apps/$app/dashboards" params={{ app: appId }} size="sm">
        ← Dashboards
      </TextLink>
      <PageHeader
        title={data.data?.dashboard.title ?? 'Dashboard'}
        description={
          data.data
            ? `Computed for you (${data.data.user.email}) at ${new Date(data.data.computedAt).toLocaleTimeString()}, from what your data rules let you read.`
            : undefined
        }
        actions={
          canEdit && (
            <ButtonLink
              variant="default"
              to="/apps/$app/dashboards/$dashboard/edit"
              params={{ app: appId, dashboard: id }}
              leftSection={<Pencil size={16} />}
            >
              Edit dashboard
            </ButtonLink>
          )
        }
      />
      <ApiErrorAlert error={data.error} />
      {data.isPending && <LoadingRows rows={4} height={120} />}
      {data.data && data.data.widgets.length === 0 && (
        <Alert color="gray">
          <Text size="sm">This dashboard has no widget yet.</Text>
        </Alert>
      )}
      {data.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} style={{ alignItems: 'start' }}>
          {data.data.widgets.map((w) => (
            <WidgetView key={w.id} widget={w} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
