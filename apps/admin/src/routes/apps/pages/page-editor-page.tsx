import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { collectionsQuery } from '../../../api/data-model.js';
import {
  deletePage,
  type Page,
  pageQuery,
  pagesKey,
  pagesQuery,
  TEMPLATES_EDIT,
} from '../../../api/pages.js';
import { rightsCatalogueQuery } from '../../../api/rights.js';
import { attributesQuery, customRightsQuery, rolesQuery } from '../../../api/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { DeleteModal } from '../../../components/delete-modal.js';
import { TextLink } from '../../../components/links.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { PageForm, type PageFormContext } from './page-form.js';
import { valuesOf } from './page-values.js';

const newRoute = getRouteApi('/signed-in/apps/$app/pages/new');
const editRoute = getRouteApi('/signed-in/apps/$app/pages/$page');

/**
 * What the editor needs of the app. Pickers list collections, roles and attributes when the
 * builder may read them; without, the API still checks every name on save.
 */
function usePageFormContext(appId: string): { context: PageFormContext | null; error: unknown } {
  const canEdit = useWorkspace().canApp(TEMPLATES_EDIT);
  const pages = useQuery(pagesQuery(appId));
  const collections = useQuery({ ...collectionsQuery(appId), retry: false });
  const roles = useQuery({ ...rolesQuery(appId), retry: false });
  const attributes = useQuery({ ...attributesQuery(appId), retry: false });
  const rights = useQuery({ ...customRightsQuery(appId), retry: false });
  const catalogue = useQuery(rightsCatalogueQuery);
  const settled = !collections.isPending && !roles.isPending && !attributes.isPending && !rights.isPending;
  const context = useMemo<PageFormContext | null>(() => {
    if (!pages.data || !settled) return null;
    return {
      appId,
      pages: pages.data.items,
      collections: collections.data?.items ?? [],
      roles: (roles.data?.items ?? []).map((r) => ({ key: r.key, name: r.name })),
      attributes: attributes.data?.items ?? [],
      rights: [
        ...(catalogue.data?.app ?? []).map((r) => r.key),
        ...(rights.data?.items ?? []).map((r) => r.key),
      ],
      canEdit,
    };
  }, [
    appId,
    pages.data,
    settled,
    collections.data,
    roles.data,
    attributes.data,
    rights.data,
    catalogue.data,
    canEdit,
  ]);
  return { context, error: pages.error };
}

function BackLink({ appId }: { appId: string }) {
  return (
    <TextLink to="/apps/$app/pages" params={{ app: appId }} size="sm">
      ← Pages
    </TextLink>
  );
}

/** A new page; `?parent=` puts it under another. */
export function NewPagePage() {
  const { app: appId } = newRoute.useParams();
  const { parent } = newRoute.useSearch();
  const { context, error } = usePageFormContext(appId);
  return (
    <Stack maw={1400}>
      <BackLink appId={appId} />
      <PageHeader
        title="New page"
        description="Give it a title, choose who sees it, and add sections; Charter checks every condition as you type."
      />
      {context && !context.canEdit && (
        <Alert color="orange" title="You cannot create pages">
          <Text size="sm">Creating pages needs the right app.templates.edit.</Text>
        </Alert>
      )}
      <ApiErrorAlert error={error} />
      {!context && !error && <LoadingRows rows={6} />}
      {context && <PageForm context={context} page={null} initial={valuesOf(null, parent ?? null)} />}
    </Stack>
  );
}

/** One page in the editor, by id. */
export function PageEditorPage() {
  const { app: appId, page: pageId } = editRoute.useParams();
  const { context, error } = usePageFormContext(appId);
  // An edit in progress is not swapped for a refetched page behind the builder's back.
  const page = useQuery({ ...pageQuery(appId, pageId), refetchOnWindowFocus: false });
  const [deleting, setDeleting] = useState(false);
  return (
    <Stack maw={1400}>
      <BackLink appId={appId} />
      <PageHeader
        title={page.data?.title ?? 'Page'}
        description="What this page shows and to whom. Saving makes a new version; older ones can be compared and restored."
        actions={
          context?.canEdit &&
          page.data && (
            <Button
              variant="default"
              color="red"
              leftSection={<Trash2 size={16} />}
              onClick={() => setDeleting(true)}
            >
              Delete page
            </Button>
          )
        }
      />
      <ApiErrorAlert error={error ?? page.error} />
      {(!context || !page.data) && !error && !page.error && <LoadingRows rows={6} />}
      {context && page.data && (
        <PageForm
          key={`${page.data.id}-${page.data.version}`}
          context={context}
          page={page.data}
          initial={valuesOf(page.data)}
        />
      )}
      {page.data && (
        <DeletePageModal
          appId={appId}
          page={page.data}
          opened={deleting}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}

function DeletePageModal({
  appId,
  page,
  opened,
  onClose,
}: {
  appId: string;
  page: Page;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <DeleteModal
      title={`Delete ${page.title}?`}
      consequence="The page and its versions are deleted, and its users no longer find it in the app. Links to it from other pages are left out of their menus."
      action="Delete page"
      opened={opened}
      onClose={onClose}
      onDelete={() => deletePage(appId, page.id)}
      onDeleted={async () => {
        await navigate({ to: '/apps/$app/pages', params: { app: appId } });
        await queryClient.invalidateQueries({ queryKey: pagesKey(appId) });
        notifyDone('Page deleted', `${page.title} is no longer in the app.`);
      }}
    />
  );
}
