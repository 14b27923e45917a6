import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  Loader,
  Menu,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { History, Plus, Save, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../api/client.js';
import {
  DASHBOARDS_EDIT,
  type Dashboard,
  type DashboardBody,
  dashboardIssues,
  dashboardQuery,
  dashboardsKey,
  deleteDashboard,
  fetchDashboardDiff,
  fetchDashboardVersions,
  previewDashboard,
  restoreDashboardVersion,
  saveDashboard,
  type Widget,
} from '../../../api/dashboards.js';
import { collectionsQuery } from '../../../api/data-model.js';
import { rightsCatalogueQuery } from '../../../api/rights.js';
import { attributesQuery, customRightsQuery, rolesQuery } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { DeleteModal } from '../../../components/delete-modal.js';
import { TextLink } from '../../../components/links.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { VersionsDrawer } from '../../../components/versions-drawer.js';
import { WidgetView } from '../../../components/widget-view.js';
import { useWorkspace } from '../../../shell/context.js';
import { PersonPicker } from '../explain/person-picker.js';
import { vocabularyOf } from '../rules/rule-values.js';
import { newWidget, WIDGET_KINDS, WidgetEditor } from './widget-editor.js';

const newRoute = getRouteApi('/signed-in/apps/$app/dashboards/new');
const editRoute = getRouteApi('/signed-in/apps/$app/dashboards/$dashboard/edit');

interface EditedWidget {
  key: string;
  widget: Widget;
}

let counter = 0;
const keyed = (widget: Widget): EditedWidget => ({ key: widget.id ?? `new-${++counter}`, widget });

/** What conditions may name in this app, for the filter boxes' completion. */
function useVocabulary(appId: string) {
  const collections = useQuery(collectionsQuery(appId));
  const roles = useQuery({ ...rolesQuery(appId), retry: false });
  const attributes = useQuery({ ...attributesQuery(appId), retry: false });
  const rights = useQuery({ ...customRightsQuery(appId), retry: false });
  const catalogue = useQuery(rightsCatalogueQuery);
  const all = collections.data?.items ?? [];
  const vocabulary = (collection: string) =>
    vocabularyOf(
      collection,
      all,
      attributes.data?.items ?? [],
      (roles.data?.items ?? []).map((r) => r.key),
      [...(catalogue.data?.app ?? []).map((r) => r.key), ...(rights.data?.items ?? []).map((r) => r.key)],
    );
  return { collections, vocabulary };
}

export function NewDashboardPage() {
  const { app: appId } = newRoute.useParams();
  return (
    <Stack maw={1500}>
      <TextLink to="/apps/$app/dashboards" params={{ app: appId }} size="sm">
        ← Dashboards
      </TextLink>
      <PageHeader
        title="New dashboard"
        description="Add widgets; the preview beside them is computed as the person you choose sees it."
      />
      <DashboardForm appId={appId} dashboard={null} />
    </Stack>
  );
}

export function DashboardEditorPage() {
  const { app: appId, dashboard: id } = editRoute.useParams();
  const dashboard = useQuery({ ...dashboardQuery(appId, id), refetchOnWindowFocus: false });
  const canEdit = useWorkspace().canApp(DASHBOARDS_EDIT);
  const [deleting, setDeleting] = useState(false);
  return (
    <Stack maw={1500}>
      <TextLink to="/apps/$app/dashboards/$dashboard" params={{ app: appId, dashboard: id }} size="sm">
        ← {dashboard.data?.title ?? 'Dashboard'}
      </TextLink>
      <PageHeader
        title={`Edit ${dashboard.data?.title ?? 'dashboard'}`}
        description="Saving makes a new version; older ones can be compared and restored."
        actions={
          canEdit &&
          dashboard.data && (
            <Button
              variant="default"
              color="red"
              leftSection={<Trash2 size={16} />}
              onClick={() => setDeleting(true)}
            >
              Delete dashboard
            </Button>
          )
        }
      />
      <ApiErrorAlert error={dashboard.error} />
      {dashboard.isPending && <LoadingRows rows={6} />}
      {dashboard.data && (
        <DashboardForm
          key={`${dashboard.data.id}-${dashboard.data.version}`}
          appId={appId}
          dashboard={dashboard.data}
        />
      )}
      {dashboard.data && (
        <DeleteDashboardModal
          appId={appId}
          dashboard={dashboard.data}
          opened={deleting}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}

function bodyOf(title: string, description: string, widgets: EditedWidget[]): DashboardBody {
  return { title, description, widgets: widgets.map((w) => w.widget) };
}

function DashboardForm({ appId, dashboard }: { appId: string; dashboard: Dashboard | null }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const canEdit = useWorkspace().canApp(DASHBOARDS_EDIT);
  const readOnly = !canEdit;
  const { collections, vocabulary } = useVocabulary(appId);
  const all = (collections.data?.items ?? []).filter((c) => c.system !== 'users');
  const [title, setTitle] = useState(dashboard?.title ?? '');
  const [description, setDescription] = useState(dashboard?.description ?? '');
  const [widgets, setWidgets] = useState<EditedWidget[]>(() => (dashboard?.widgets ?? []).map(keyed));
  const [person, setPerson] = useState('');
  const [versionsOpen, setVersionsOpen] = useState(false);

  const body = useMemo(() => bodyOf(title, description, widgets), [title, description, widgets]);
  const saved = useMemo(
    () =>
      JSON.stringify(
        dashboard ? bodyOf(dashboard.title, dashboard.description, dashboard.widgets.map(keyed)) : null,
      ),
    [dashboard],
  );
  const changed = JSON.stringify(body) !== saved;
  const as = person.includes('@') ? person.trim() : undefined;
  const [checked] = useDebouncedValue({ body, as }, 600);
  const preview = useQuery({
    queryKey: [...dashboardsKey(appId), 'preview', JSON.stringify(checked)],
    queryFn: () => previewDashboard(appId, checked.body, checked.as),
    enabled: canEdit && checked.body.title.trim() !== '',
    placeholderData: keepPreviousData,
    retry: false,
  });
  const current = JSON.stringify(checked) === JSON.stringify({ body, as });

  const save = useMutation({
    mutationFn: () => saveDashboard(appId, dashboard?.id ?? null, body, dashboard?.version),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: dashboardsKey(appId) });
      notifyDone(
        dashboard ? 'Dashboard saved' : 'Dashboard created',
        `${result.title} is at version ${result.version}.`,
      );
      if (!dashboard)
        await navigate({
          to: '/apps/$app/dashboards/$dashboard/edit',
          params: { app: appId, dashboard: result.id },
        });
    },
  });
  const issues = save.error ? dashboardIssues(save.error) : current ? dashboardIssues(preview.error) : [];
  const conflict = save.error instanceof ApiError && save.error.code === 'DASHBOARD_VERSION_CONFLICT';
  const setWidget = (i: number, widget: Widget) =>
    setWidgets((ws) => ws.map((w, j) => (j === i ? { ...w, widget } : w)));
  const move = (i: number, by: -1 | 1) =>
    setWidgets((ws) => {
      const next = [...ws];
      const [moved] = next.splice(i, 1);
      if (moved) next.splice(i + by, 0, moved);
      return next;
    });

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="md">
          <Card withBorder component="section" aria-label="Dashboard">
            <Stack gap="sm">
              <TextInput
                label="Title"
                withAsterisk
                value={title}
                readOnly={readOnly}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={issues.find((i) => i.field === 'title')?.message}
              />
              <Textarea
                label="Description"
                autosize
                minRows={2}
                value={description}
                readOnly={readOnly}
                onChange={(e) => setDescription(e.currentTarget.value)}
              />
            </Stack>
          </Card>
          <Group justify="space-between">
            <Title order={2} size="h4">
              Widgets
            </Title>
            {!readOnly && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="light" leftSection={<Plus size={16} />} disabled={all.length === 0}>
                    Add a widget
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {WIDGET_KINDS.map((kind) => (
                    <Menu.Item
                      key={kind.value}
                      onClick={() =>
                        setWidgets((ws) => [...ws, keyed(newWidget(kind.value, all[0]?.key ?? ''))])
                      }
                    >
                      <Text size="sm" fw={500}>
                        {kind.label}
                      </Text>
                      <Text size="xs" c="dimmed" maw={280}>
                        {kind.help}
                      </Text>
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
          {collections.error ? (
            <ApiErrorAlert error={collections.error} title="The collections cannot be listed for you" />
          ) : null}
          {widgets.length === 0 && (
            <Text size="sm" c="dimmed">
              No widget yet: add a number, a chart or a table.
            </Text>
          )}
          {widgets.map((w, i) => (
            <WidgetEditor
              key={w.key}
              index={i}
              count={widgets.length}
              widget={w.widget}
              onChange={(widget) => setWidget(i, widget)}
              onMove={(by) => move(i, by)}
              onRemove={() => setWidgets((ws) => ws.filter((_, j) => j !== i))}
              collections={all}
              vocabulary={vocabulary}
              issues={issues}
              readOnly={readOnly}
            />
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md">
          <Card withBorder component="section" aria-label="Save">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={600}>{dashboard ? `Version ${dashboard.version}` : 'Not saved yet'}</Text>
                {changed && (
                  <Badge color="blue" variant="light">
                    Unsaved changes
                  </Badge>
                )}
              </Group>
              {conflict ? (
                <Alert color="orange" title="Someone else saved this dashboard">
                  <Text size="sm">{(save.error as ApiError).message}</Text>
                </Alert>
              ) : (
                dashboardIssues(save.error).length === 0 && (
                  <ApiErrorAlert error={save.error} title="Not saved" />
                )
              )}
              {issues.length > 0 && (
                <List size="sm" spacing={4} aria-label="Problems">
                  {issues.map((i) => (
                    <List.Item key={`${i.field}-${i.code}-${i.message}`}>
                      <Text span fw={500} size="sm">
                        {i.field.replace(/^widgets\.(\d+)/, (_, n) => `Widget ${Number(n) + 1}`)}:
                      </Text>{' '}
                      {i.message}
                    </List.Item>
                  ))}
                </List>
              )}
              {canEdit && (
                <Group>
                  <Button
                    leftSection={<Save size={16} />}
                    onClick={() => save.mutate()}
                    loading={save.isPending}
                    disabled={!changed}
                  >
                    {dashboard ? 'Save dashboard' : 'Create dashboard'}
                  </Button>
                  {dashboard && (
                    <Button
                      variant="default"
                      leftSection={<History size={16} />}
                      onClick={() => setVersionsOpen(true)}
                    >
                      Versions
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Card>
          {canEdit && (
            <Card withBorder component="section" aria-label="Preview">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Text fw={600}>Preview</Text>
                  {preview.isFetching && <Loader size="xs" aria-label="Computing" />}
                </Group>
                <Text size="sm" c="dimmed">
                  Computed as this dashboard would be saved, for {as ? 'the person you chose' : 'you'}, under
                  their data rules: what they may not read counts as absent.
                </Text>
                {/* The picker grows along a row; here it sits in a column, so it gets a box of its own. */}
                <div>
                  <PersonPicker appId={appId} value={person} onChange={setPerson} />
                </div>
                {preview.error && dashboardIssues(preview.error).length === 0 && (
                  <ApiErrorAlert error={preview.error} title="No preview" />
                )}
                {preview.data && (
                  <Text size="sm">
                    For <b>{preview.data.user.email}</b>
                  </Text>
                )}
                {preview.data?.widgets.map((w) => (
                  <WidgetView key={w.id} widget={w} />
                ))}
              </Stack>
            </Card>
          )}
        </Stack>
      </Grid.Col>
      {dashboard && (
        <VersionsDrawer
          source={{
            title: dashboard.title,
            version: dashboard.version,
            key: [...dashboardsKey(appId), dashboard.id],
            versions: () => fetchDashboardVersions(appId, dashboard.id),
            diff: (version) => fetchDashboardDiff(appId, dashboard.id, version),
            restore: (version) => restoreDashboardVersion(appId, dashboard.id, version),
            invalidates: dashboardsKey(appId),
          }}
          opened={versionsOpen}
          onClose={() => setVersionsOpen(false)}
          canEdit={canEdit}
        />
      )}
    </Grid>
  );
}

function DeleteDashboardModal({
  appId,
  dashboard,
  opened,
  onClose,
}: {
  appId: string;
  dashboard: Dashboard;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <DeleteModal
      title={`Delete ${dashboard.title}?`}
      consequence="The dashboard and its versions are deleted."
      action="Delete dashboard"
      opened={opened}
      onClose={onClose}
      onDelete={() => deleteDashboard(appId, dashboard.id)}
      onDeleted={async () => {
        await navigate({ to: '/apps/$app/dashboards', params: { app: appId } });
        await queryClient.invalidateQueries({ queryKey: dashboardsKey(appId) });
        notifyDone('Dashboard deleted', `${dashboard.title} is gone, with its versions.`);
      }}
    />
  );
}
