import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Navigate } from '@tanstack/react-router';
import Markdown from 'react-markdown';
import { isRecordPage, publicAppQuery, type UiPage, type UiSection, uiQuery } from '../api/end-user.js';
import { ButtonLink } from '../components/links.js';
import { CollectionView } from './collection-view.js';
import { RecordView } from './record-view.js';

const appRoute = getRouteApi('/a/$appSlug');
const pageRoute = getRouteApi('/a/$appSlug/end-user-signed-in/$pageSlug');

function useAppUi() {
  const { appSlug } = appRoute.useParams();
  const { data: app } = useSuspenseQuery(publicAppQuery(appSlug));
  const ui = useQuery(uiQuery(app.id));
  return { appSlug, app, ui };
}

/** The app's first page, or a word that there is none for this person yet. */
export function EndUserHome() {
  const { appSlug, app, ui } = useAppUi();
  if (!ui.data) return null;
  // A page that shows one record needs a record chosen: the app opens on a list instead.
  const first = ui.data.pages.find((p) => p.parent === null && !isRecordPage(p));
  if (first)
    return <Navigate to="/a/$appSlug/$pageSlug" params={{ appSlug, pageSlug: first.slug }} replace />;
  return (
    <Stack maw={560} gap="xs">
      <Title order={1} size="h3">
        {app.name}
      </Title>
      <Text c="dimmed">There is no page for you in this app yet.</Text>
    </Stack>
  );
}

/** One page: its sections, each showing only what the API gives this person. */
export function EndUserPage() {
  const { pageSlug } = pageRoute.useParams();
  const { record } = pageRoute.useSearch();
  const { appSlug, app, ui } = useAppUi();
  if (!ui.data) return null;
  const page = ui.data.pages.find((p) => p.slug === pageSlug);
  if (!page) {
    return (
      <Stack maw={560} gap="xs">
        <Title order={1} size="h3">
          Page not found
        </Title>
        <Text c="dimmed">There is no such page in {app.name}, or it is not shown to you.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} size="h2">
        {page.title}
      </Title>
      {page.sections.map((section) => (
        <Section
          key={section.id}
          appId={app.id}
          appSlug={appSlug}
          section={section}
          pages={ui.data.pages}
          recordId={record}
        />
      ))}
    </Stack>
  );
}

function Section({
  appId,
  appSlug,
  section,
  pages,
  recordId,
}: {
  appId: string;
  appSlug: string;
  section: UiSection;
  pages: UiPage[];
  recordId: string | undefined;
}) {
  const heading = section.title ? (
    <Title order={2} size="h4">
      {section.title}
    </Title>
  ) : null;
  switch (section.kind) {
    case 'text':
      return (
        <Stack gap="xs" component="section" aria-label={section.title || undefined}>
          {heading}
          {/* Markdown only: raw HTML in it is shown as text, never run. */}
          <div className="markdown">
            <Markdown>{section.markdown}</Markdown>
          </div>
        </Stack>
      );
    case 'links':
      return (
        <Stack gap="xs" component="section" aria-label={section.title || undefined}>
          {heading}
          <Group gap="sm">
            {section.links.map((link) => {
              const target = pages.find((p) => p.id === link.page);
              return target ? (
                <ButtonLink
                  key={link.page}
                  variant="light"
                  to="/a/$appSlug/$pageSlug"
                  params={{ appSlug, pageSlug: target.slug }}
                >
                  {link.label}
                </ButtonLink>
              ) : null;
            })}
          </Group>
        </Stack>
      );
    case 'collectionView':
      return (
        <CollectionView appId={appId} appSlug={appSlug} section={section} pages={pages} heading={heading} />
      );
    case 'recordView':
      return (
        <RecordView
          appId={appId}
          appSlug={appSlug}
          section={section}
          pages={pages}
          heading={heading}
          recordId={recordId}
        />
      );
  }
}
