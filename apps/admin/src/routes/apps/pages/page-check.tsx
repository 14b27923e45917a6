import { Alert, Badge, Card, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CircleCheck, TrendingDown, TrendingUp } from 'lucide-react';
import {
  type PageBody,
  type PageIssue,
  type PagePreview,
  pageIssues,
  pagesKey,
  previewPage,
  type SectionKind,
} from '../../../api/pages.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { KIND_LABEL } from './page-values.js';

const PART_LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Address',
  parent: 'Sits under',
  position: 'Order',
  icon: 'Icon',
  visibility: 'Who sees it',
  audience: 'Audience',
  roles: 'Roles',
  condition: 'Condition',
  collection: 'Collection',
  fields: 'Fields',
  sort: 'Sort',
  filter: 'Collection filter',
  links: 'Buttons',
  markdown: 'Text',
  mode: 'Shows',
  layout: 'Layout',
};

/** Where a problem is, in the editor's words: `sections.1.filter` is "Section 2 · Collection filter". */
export function whereIs(field: string, body: PageBody): string {
  const parts = field.split('.');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part === 'sections' && /^\d+$/.test(parts[i + 1] ?? '')) {
      const n = Number(parts[i + 1]);
      const title = body.sections?.[n]?.title;
      words.push(title ? `Section ${n + 1} (${title})` : `Section ${n + 1}`);
      i++;
    } else if (/^\d+$/.test(part)) {
      words.push(`#${Number(part) + 1}`);
    } else {
      words.push(PART_LABELS[part] ?? part);
    }
  }
  return words.join(' · ');
}

export interface PageCheckState {
  /** The problems found in the text as it is now; none while it is being checked. */
  issues: PageIssue[];
  checking: boolean;
  preview: PagePreview | undefined;
  /** The check answered for the body as it is now. */
  current: boolean;
  /** Nothing to check yet: the page has no title or address. */
  idle: boolean;
  /** The check itself failed (not the page): nothing is known. */
  failure: unknown;
  body: PageBody;
}

/**
 * Checks the page as it is typed, half a second after the last key: conditions type-checked,
 * collections, fields and roles resolved, and who would gain or lose seeing it.
 */
export function usePageCheck(
  app: string,
  page: string | null,
  body: PageBody,
  enabled: boolean,
): PageCheckState {
  const [checked] = useDebouncedValue(body, 500);
  const key = JSON.stringify(checked);
  const ready = checked.title.trim() !== '' && checked.slug !== '';
  const query = useQuery({
    queryKey: [...pagesKey(app), 'preview', page ?? 'new', key],
    queryFn: () => previewPage(app, page, checked),
    enabled: enabled && ready,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
  const current = key === JSON.stringify(body);
  // Positions only make sense on the text they were found in.
  const issues = current ? pageIssues(query.error) : [];
  const invalid = pageIssues(query.error).length > 0;
  return {
    issues,
    idle: !enabled || !ready,
    failure: query.error && !invalid ? query.error : null,
    checking: query.isFetching || !current,
    preview: query.error ? undefined : query.data,
    current,
    body,
  };
}

/** Names a person in a list of who gains or loses a page. */
function person(u: { email: string; name: string }) {
  return u.name ? `${u.name} (${u.email})` : u.email;
}

/** The live check: problems, lint doubts, and who would gain or lose seeing the page. */
export function PageCheck({
  check,
  issues,
  changed,
}: {
  check: PageCheckState;
  issues: PageIssue[];
  changed: boolean;
}) {
  const preview = check.preview;
  return (
    <Card withBorder component="section" aria-label="Check">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>Check</Text>
          {check.failure ? null : check.idle && issues.length === 0 ? (
            <Text size="sm" c="dimmed">
              Give the page a title and an address
            </Text>
          ) : check.checking ? (
            <Group gap={6}>
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                Checking…
              </Text>
            </Group>
          ) : issues.length > 0 ? (
            <Badge color="red" variant="light">
              {issues.length === 1 ? '1 problem' : `${issues.length} problems`}
            </Badge>
          ) : (
            <Group gap={6}>
              <CircleCheck size={16} color="var(--mantine-color-green-8)" aria-hidden />
              <Text size="sm">No problem</Text>
            </Group>
          )}
        </Group>
        {Boolean(check.failure) && (
          <ApiErrorAlert error={check.failure} title="The page could not be checked" />
        )}
        {issues.length > 0 && (
          <List size="sm" spacing={4} aria-label="Problems">
            {issues.map((i) => (
              <List.Item key={`${i.field}-${i.code}-${i.message}`}>
                <Text span fw={500} size="sm">
                  {whereIs(i.field, check.body)}:
                </Text>{' '}
                {i.message}
              </List.Item>
            ))}
          </List>
        )}
        {preview && preview.warnings.length > 0 && (
          <Alert color="yellow" variant="light" title="Charter has doubts about this page" p="xs">
            <List size="sm" spacing={4}>
              {preview.warnings.map((w) => (
                <List.Item key={`${w.code}-${w.message}`}>{w.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {preview && changed && <WhoChanges preview={preview} />}
      </Stack>
    </Card>
  );
}

function WhoChanges({ preview }: { preview: PagePreview }) {
  const changes = [preview.page, ...preview.pagesBelow];
  const lines = changes.flatMap((change) => [
    { label: change === preview.page ? 'the page' : `the page ${change.page.title}`, change },
    ...change.sections.map((s) => ({
      label: `the section ${s.title || KIND_LABEL[s.kind as SectionKind]}`,
      change: s,
    })),
  ]);
  const moving = lines.filter((l) => l.change.gains.count > 0 || l.change.losses.count > 0);
  if (moving.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody starts or stops seeing this page or any of its sections with this change.
      </Text>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-label="Who gains and loses">
      <Text size="sm" fw={500}>
        If you save
      </Text>
      {moving.map(({ label, change }) => (
        <Changes key={label} label={label} change={change} />
      ))}
    </Stack>
  );
}

type PeopleChange = Pick<PagePreview['page'], 'gains' | 'losses'>;

const DIRECTIONS = [
  { key: 'gains', one: 'person starts', many: 'people start', Icon: TrendingUp, color: 'green' },
  { key: 'losses', one: 'person stops', many: 'people stop', Icon: TrendingDown, color: 'red' },
] as const;

function Changes({ label, change }: { label: string; change: PeopleChange }) {
  return DIRECTIONS.map(({ key, one, many, Icon, color }) => {
    const { count, users } = change[key];
    if (count === 0) return null;
    return (
      <Text key={key} size="sm">
        <Icon size={14} color={`var(--mantine-color-${color}-8)`} aria-hidden /> {count}{' '}
        {count === 1 ? one : many} seeing {label}: {users.map(person).join(', ')}
        {count > users.length ? ' and others' : ''}
      </Text>
    );
  });
}
