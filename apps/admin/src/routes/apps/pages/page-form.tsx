import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Menu,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Eye, History, Plus, Save, TriangleAlert } from 'lucide-react';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../api/client.js';
import type { Collection } from '../../../api/data-model.js';
import { type Page, type PageIssue, pageIssues, pagesKey, savePage } from '../../../api/pages.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { issuesUnder } from '../../../components/body-issues.js';
import type { CelVocabulary } from '../../../components/cel-editor/cel-editor.js';
import { notifyDone } from '../../../components/notify.js';
import { ViewAsModal, type ViewAsTarget } from '../../../components/view-as-modal.js';
import { useWorkspace } from '../../../shell/context.js';
import { PersonPicker, usePersonName } from '../explain/person-picker.js';
import { vocabularyOf } from '../rules/rule-values.js';
import { PageCheck, usePageCheck } from './page-check.js';
import {
  bodyOf,
  newSection,
  type PageValues,
  pageTree,
  SECTION_KINDS,
  slugify,
  subtreeOf,
} from './page-values.js';
import { PageVersions } from './page-versions.js';
import { type SectionContext, SectionEditor } from './section-editor.js';
import { VisibilityEditor } from './visibility-editor.js';

/** What the editor needs to know of the app: its pages, collections, roles and what conditions name. */
export interface PageFormContext {
  appId: string;
  pages: Page[];
  collections: Collection[];
  roles: { key: string; name: string }[];
  attributes: { name: string; type: string }[];
  rights: string[];
  canEdit: boolean;
}

/**
 * A page and its sections, edited as a whole and saved as a new version. Every change is checked
 * as it is typed (conditions type-checked, names resolved) and shows who would gain or lose the
 * page before it is saved.
 */
export function PageForm({
  context,
  page,
  initial,
}: {
  context: PageFormContext;
  page: Page | null;
  initial: PageValues;
}) {
  const { appId, collections, canEdit } = context;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const appSlug = useWorkspace().app?.slug;
  const [values, setValues] = useState<PageValues>(initial);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const set = (patch: Partial<PageValues>) => setValues((v) => ({ ...v, ...patch }));
  const readOnly = !canEdit;

  const body = useMemo(() => bodyOf(values), [values]);
  const saved = useMemo(() => JSON.stringify(bodyOf(initial)), [initial]);
  const changed = JSON.stringify(body) !== saved;
  const check = usePageCheck(appId, page?.id ?? null, body, canEdit);

  const save = useMutation({
    mutationFn: () => savePage(appId, page?.id ?? null, body, page?.version),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: pagesKey(appId) });
      notifyDone(page ? 'Page saved' : 'Page created', `${result.title} is at version ${result.version}.`);
      if (!page) await navigate({ to: '/apps/$app/pages/$page', params: { app: appId, page: result.id } });
    },
  });
  // What the last save attempt refused outweighs a check of older text.
  const issues: PageIssue[] = save.error ? pageIssues(save.error) : check.issues;
  const conflict = save.error instanceof ApiError && save.error.code === 'PAGE_VERSION_CONFLICT';

  const roleKeys = useMemo(() => context.roles.map((r) => r.key), [context.roles]);
  const usersCollection = collections.find((c) => c.system === 'users')?.key ?? 'users';
  const personVocabulary: CelVocabulary = useMemo(
    () => ({
      ...vocabularyOf(usersCollection, collections, context.attributes, roleKeys, context.rights),
      personOnly: true,
    }),
    [usersCollection, collections, context.attributes, roleKeys, context.rights],
  );
  const tree = pageTree(context.pages);
  const excluded = page ? subtreeOf(context.pages, page.id) : new Set<string>();
  const sectionContext: SectionContext = {
    collections: collections.filter((c) => c.system !== 'users'),
    pages: tree
      .filter((t) => t.page.id !== page?.id)
      .map((t) => ({ id: t.page.id, label: t.path.join(' › ') })),
    roles: context.roles,
    recordVocabulary: (collection) =>
      vocabularyOf(collection, collections, context.attributes, roleKeys, context.rights),
    personVocabulary,
    readOnly,
  };
  const setSection = (index: number, section: Page['sections'][number]) =>
    set({ sections: values.sections.map((s, i) => (i === index ? { ...s, section } : s)) });
  const moveSection = (index: number, by: -1 | 1) => {
    const sections = [...values.sections];
    const [moved] = sections.splice(index, 1);
    if (moved) sections.splice(index + by, 0, moved);
    set({ sections });
  };
  const errorAt = (field: string) =>
    issuesUnder(issues, field)
      .map((i) => i.message)
      .join(' ') || undefined;
  const firstCollection = sectionContext.collections[0]?.key ?? '';

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <Card withBorder component="section" aria-label="Page">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Page
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label="Title"
                  withAsterisk
                  value={values.title}
                  readOnly={readOnly}
                  onChange={(e) => {
                    const title = e.currentTarget.value;
                    set(values.slugTouched ? { title } : { title, slug: slugify(title) });
                  }}
                  error={errorAt('title')}
                />
                <TextInput
                  label="Address"
                  description={appSlug ? `/a/${appSlug}/${values.slug || '…'}` : undefined}
                  withAsterisk
                  value={values.slug}
                  readOnly={readOnly}
                  onChange={(e) => set({ slug: e.currentTarget.value, slugTouched: true })}
                  error={errorAt('slug')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select
                  label="Sits under"
                  placeholder="The top of the menu"
                  data={tree
                    .filter((t) => !excluded.has(t.page.id))
                    .map((t) => ({ value: t.page.id, label: t.path.join(' › ') }))}
                  value={values.parent}
                  clearable
                  readOnly={readOnly}
                  onChange={(parent) => set({ parent })}
                  error={errorAt('parent')}
                />
                <NumberInput
                  label="Order"
                  description="Lower comes first among its siblings"
                  min={0}
                  max={10_000}
                  value={values.position}
                  readOnly={readOnly}
                  onChange={(v) => set({ position: typeof v === 'number' ? v : 0 })}
                  error={errorAt('position')}
                />
                <TextInput
                  label="Icon"
                  description="Optional: an icon name"
                  value={values.icon}
                  readOnly={readOnly}
                  onChange={(e) => set({ icon: e.currentTarget.value })}
                  error={errorAt('icon')}
                />
              </SimpleGrid>
              <VisibilityEditor
                label="Who sees this page"
                value={values.visibility}
                onChange={(visibility) => set({ visibility })}
                roles={context.roles}
                vocabulary={personVocabulary}
                issues={issues}
                field="visibility"
                readOnly={readOnly}
              />
              <Text size="xs" c="dimmed">
                Hiding a page or a section is convenience, not security: the records it shows still go through
                the data rules, and a hidden section’s records are not thereby readable.
              </Text>
            </Stack>
          </Card>

          <Group justify="space-between">
            <Title order={2} size="h4">
              Sections
            </Title>
            {!readOnly && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="light" leftSection={<Plus size={16} />}>
                    Add a section
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {SECTION_KINDS.map((kind) => (
                    <Menu.Item
                      key={kind.value}
                      onClick={() =>
                        set({ sections: [...values.sections, newSection(kind.value, firstCollection)] })
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
          {values.sections.length === 0 && (
            <Text c="dimmed" size="sm">
              This page has no section yet: add a collection view, a record form, text or links.
            </Text>
          )}
          {values.sections.map((s, index) => (
            <SectionEditor
              key={s.key}
              index={index}
              count={values.sections.length}
              section={s.section}
              onChange={(section) => setSection(index, section)}
              onMove={(by) => moveSection(index, by)}
              onRemove={() => set({ sections: values.sections.filter((_, i) => i !== index) })}
              issues={issues}
              context={sectionContext}
            />
          ))}
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack
          gap="md"
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 0px) + 16px)' }}
        >
          <Card withBorder component="section" aria-label="Save">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={600}>{page ? `Version ${page.version}` : 'Not saved yet'}</Text>
                {changed ? (
                  <Badge color="blue" variant="light">
                    Unsaved changes
                  </Badge>
                ) : (
                  page && (
                    <Badge color="gray" variant="light">
                      Saved
                    </Badge>
                  )
                )}
              </Group>
              {conflict ? (
                <Alert color="orange" title="Someone else saved this page">
                  <Stack gap="xs">
                    <Text size="sm">{(save.error as ApiError).message}</Text>
                    <Group>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={async () => {
                          save.reset();
                          await queryClient.invalidateQueries({ queryKey: pagesKey(appId) });
                        }}
                      >
                        Load the latest version
                      </Button>
                    </Group>
                  </Stack>
                </Alert>
              ) : (
                pageIssues(save.error).length === 0 && <ApiErrorAlert error={save.error} title="Not saved" />
              )}
              {canEdit && (
                <Group>
                  <Button
                    leftSection={<Save size={16} />}
                    onClick={() => save.mutate()}
                    loading={save.isPending}
                    disabled={!changed}
                  >
                    {page ? 'Save page' : 'Create page'}
                  </Button>
                  {page && (
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
          {canEdit && <PageCheck check={check} issues={issues} changed={changed} />}
          {page && <PreviewAs appId={appId} page={page} changed={changed} />}
        </Stack>
      </Grid.Col>
      {page && (
        <PageVersions
          appId={appId}
          page={page}
          opened={versionsOpen}
          onClose={() => setVersionsOpen(false)}
          canEdit={canEdit}
        />
      )}
    </Grid>
  );
}

/** Opens the end-user app on this page as a chosen person: view-as under the hood. */
function PreviewAs({ appId, page, changed }: { appId: string; page: Page; changed: boolean }) {
  const [person, setPerson] = useState('');
  const [target, setTarget] = useState<ViewAsTarget | null>(null);
  const name = usePersonName(appId, person.includes('@') ? person.trim() : undefined);
  return (
    <Card withBorder component="section" aria-label="Preview as a person">
      <Stack gap="sm">
        <Text fw={600}>Preview as a person</Text>
        <Text size="sm" c="dimmed">
          Opens the app on this page as they see it, under the view-as banner: their pages, their sections,
          their records.
        </Text>
        {/* The picker grows along a row; here it sits in a column, so it gets a box of its own. */}
        <div>
          <PersonPicker appId={appId} value={person} onChange={setPerson} />
        </div>
        {changed && (
          <Text size="sm">
            <TriangleAlert size={14} color="var(--mantine-color-orange-8)" aria-hidden /> The preview shows
            the saved page: save first to see your changes.
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            leftSection={<Eye size={16} />}
            disabled={!person.includes('@')}
            onClick={() => setTarget({ user: person.trim(), name: name ?? person.trim() })}
          >
            {name ? `Preview as ${name}` : 'Preview'}
          </Button>
        </Group>
      </Stack>
      <ViewAsModal appId={appId} target={target} onClose={() => setTarget(null)} page={page.slug} />
    </Card>
  );
}
