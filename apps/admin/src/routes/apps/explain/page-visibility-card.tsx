import { Anchor, Badge, Button, Card, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { CircleCheck, CircleX, Eye, PencilRuler } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { appRolesQuery } from '../../../api/app-users.js';
import {
  type PageVisibility,
  pageVisibilityQuery,
  type SectionVisibility,
  type VisibilityCheck,
} from '../../../api/page-visibility.js';
import { pagesQuery } from '../../../api/pages.js';
import { useMe } from '../../../api/session.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';
import { LoadingRows } from '../../../components/page.js';
import { ViewAsModal, type ViewAsTarget } from '../../../components/view-as-modal.js';
import { pagePaths } from './page-picker.js';
import { peopleQuery } from './person-picker.js';

/** How the answer names things: the person, their roles, and a role key by its name. */
interface Words {
  person: string;
  /** The person's role keys, when the screen may list the app's users; undefined otherwise. */
  roles: string[] | undefined;
  role: (key: string) => string;
}

const KIND: Record<string, string> = {
  collectionView: 'Collection view',
  recordView: 'Record view',
  text: 'Text',
  links: 'Links',
};

/** Where a page's editor is. */
export function pageEditorHref(appId: string, pageId: string): string {
  return `/apps/${appId}/pages/${pageId}`;
}

function names(keys: string[], words: Words): string {
  return keys.map(words.role).join(', ');
}

/** Who the audience is, in the words of the page editor. */
function audienceText(check: VisibilityCheck, words: Words): string {
  switch (check.audience) {
    case 'everyone':
      return 'everyone in the app';
    case 'internal':
      return 'Team Members (internal users) only';
    case 'external':
      return 'clients (external users) only';
    case 'roles':
      if (check.roles.length === 0) return 'holders of a role, but none is chosen: nobody';
      return check.roles.length === 1
        ? `holders of the role ${words.role(check.roles[0]!)}`
        : `holders of any of the roles ${names(check.roles, words)}`;
  }
}

/** Why the person is, or is not, in the audience. */
function audienceWhy(check: VisibilityCheck, words: Words): string {
  const { person } = words;
  if (check.audience === 'everyone') return `${person} is a user of the app.`;
  if (check.audience === 'internal')
    return check.inAudience ? `${person} is a Team Member.` : `${person} is not a Team Member.`;
  if (check.audience === 'external')
    return check.inAudience ? `${person} is a client.` : `${person} is a Team Member, not a client.`;
  const held = words.roles?.filter((r) => check.roles.includes(r)) ?? [];
  if (check.inAudience)
    return held.length > 0 ? `${person} holds ${names(held, words)}.` : `${person} holds one.`;
  if (words.roles === undefined) return `${person} holds none of them.`;
  return words.roles.length > 0
    ? `${person} holds none of them: their roles are ${names(words.roles, words)}.`
    : `${person} holds no role.`;
}

// An icon beside text that wraps keeps its size and sits on the first line.
const ICON = { flexShrink: 0, marginTop: 3 };

function Mark({ held }: { held: boolean }) {
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      {held ? (
        <CircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden="true" />
      ) : (
        <CircleX size={18} color="var(--mantine-color-red-7)" aria-hidden="true" />
      )}
      <Badge variant="dot" color={held ? 'green' : 'red'} tt="none" miw={80}>
        {held ? 'Held' : 'Failed'}
      </Badge>
    </Group>
  );
}

function CheckLine({ held, label, children }: { held: boolean; label: string; children: ReactNode }) {
  return (
    <Group component="li" gap="sm" align="flex-start" aria-label={`${label}: ${held ? 'held' : 'failed'}`}>
      <Mark held={held} />
      {/* On a phone the text goes under the mark, to keep its full width. */}
      <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
        {children}
      </Stack>
    </Group>
  );
}

/** One visibility rule weighed: who the audience is and whether the person is in it, then the condition. */
function Checks({ check, words }: { check: VisibilityCheck; words: Words }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      <CheckLine held={check.inAudience} label="Audience">
        <Text size="sm">
          <strong>Audience:</strong> {audienceText(check, words)}
        </Text>
        <Text size="sm" c="dimmed">
          {audienceWhy(check, words)}
        </Text>
      </CheckLine>
      {check.condition ? (
        <CheckLine held={check.condition.holds} label="Condition">
          <Text size="sm">
            <strong>Condition:</strong>
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {check.condition.text}
          </Code>
          <Text size="sm" c="dimmed">
            {check.condition.holds
              ? `It holds for ${words.person}.`
              : `It does not hold for ${words.person} (an empty value counts as not holding).`}
          </Text>
        </CheckLine>
      ) : (
        <Text component="li" size="sm" c="dimmed">
          No condition: the audience alone decides.
        </Text>
      )}
    </Stack>
  );
}

function PageRule({
  label,
  page,
  check,
  words,
  appId,
}: {
  label: string;
  page: { id: string; title: string };
  check: VisibilityCheck;
  words: Words;
  appId: string;
}) {
  return (
    <Paper withBorder p="sm" component="article" aria-label={`${label}: ${page.title}`}>
      <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {label}: {page.title}
        </Text>
        <Anchor href={pageEditorHref(appId, page.id)} size="sm" aria-label={`Edit who sees ${page.title}`}>
          Edit who sees it
        </Anchor>
      </Group>
      <Checks check={check} words={words} />
    </Paper>
  );
}

/** Why a section is shown or not, in a line or two. */
function sectionWhy(section: SectionVisibility, pageShown: boolean, words: Words): string[] {
  const { check } = section;
  const why: string[] = [];
  if (!check.inAudience) why.push(`For ${audienceText(check, words)}: ${audienceWhy(check, words)}`);
  if (check.condition && !check.condition.holds)
    why.push(`Its condition does not hold: ${check.condition.text}`);
  if (why.length > 0) return why;
  if (!pageShown) return ['Hidden with the page.'];
  if (!section.visible && section.kind === 'links')
    return [`None of its links leads to a page ${words.person} sees, so the list is left out.`];
  const when = check.condition ? `, and its condition holds (${check.condition.text})` : '';
  return [`For ${audienceText(check, words)}${when}.`];
}

function Sections({ answer, words }: { answer: PageVisibility; words: Words }) {
  if (answer.sections.length === 0) return <Text size="sm">The page has no sections.</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {answer.sections.map((s) => (
        <Paper
          key={s.id}
          withBorder
          p="sm"
          component="li"
          aria-label={`${s.title}: ${s.visible ? 'shown' : 'hidden'}`}
        >
          <Group gap="xs" wrap="wrap" mb={4}>
            {s.visible ? (
              <CircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden="true" />
            ) : (
              <CircleX size={18} color="var(--mantine-color-red-7)" aria-hidden="true" />
            )}
            <Text fw={600} size="sm">
              {s.title || 'Untitled section'}
            </Text>
            <Badge variant="outline" color="gray" tt="none">
              {KIND[s.kind] ?? s.kind}
            </Badge>
            <Badge variant="dot" color={s.visible ? 'green' : 'red'} tt="none">
              {s.visible ? 'Shown' : 'Hidden'}
            </Badge>
          </Group>
          {sectionWhy(s, answer.visible, words).map((line) => (
            <Text key={line} size="sm" c="dimmed">
              {line}
            </Text>
          ))}
        </Paper>
      ))}
    </Stack>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** What a builder can do about it: where each failed rule is changed; null when nothing failed. */
function NextSteps({ appId, answer, words }: { appId: string; answer: PageVisibility; words: Words }) {
  const rules = [
    { id: answer.page.id, title: answer.page.title, check: answer.own },
    ...answer.above.map((p) => ({ id: p.id, title: p.title, check: p.check })),
  ];
  const outOfAudience = rules.some((r) => !r.check.inAudience);
  const conditions = rules.filter((r) => r.check.condition && !r.check.condition.holds);
  if (!outOfAudience && conditions.length === 0) return null;
  return (
    <Part title="What you can do">
      <List size="sm" spacing={4}>
        {outOfAudience && (
          <List.Item>
            <TextLink to="/apps/$app/users" params={{ app: appId }} search={{ search: answer.user.email }}>
              Change {words.person}’s roles
            </TextLink>{' '}
            (a Team Member holds a role marked internal), or widen the audience in the page editor.
          </List.Item>
        )}
        {conditions.map((r) => (
          <List.Item key={r.id}>
            <Anchor href={pageEditorHref(appId, r.id)}>Change the condition of {r.title}</Anchor>, or the
            person’s attributes it reads.
          </List.Item>
        ))}
      </List>
    </Part>
  );
}

/** The answer as a card: shown or not, each rule weighed (the page's, those above it), each section. */
export function PageVisibilityCard({
  appId,
  answer,
  path,
  words,
  actions,
}: {
  appId: string;
  answer: PageVisibility;
  path: string;
  words: Words;
  actions?: ReactNode;
}) {
  const failing = [
    ...(answer.own.visible ? [] : [`its own visibility (${audienceText(answer.own, words)})`]),
    ...answer.above.filter((p) => !p.check.visible).map((p) => `the page above it, ${p.title}`),
  ];
  return (
    <Card withBorder padding="lg" component="article" aria-label="Explanation">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {answer.visible ? (
              <CircleCheck size={22} color="var(--mantine-color-green-7)" aria-hidden="true" style={ICON} />
            ) : (
              <CircleX size={22} color="var(--mantine-color-red-7)" aria-hidden="true" style={ICON} />
            )}
            <Title order={2} size="h4">
              {answer.visible
                ? `${words.person} sees the page ${path}`
                : `${words.person} does not see the page ${path}`}
            </Title>
          </Group>
          {actions}
        </Group>
        <Group gap={6}>
          <Badge variant="outline" color="gray" tt="none">
            /{answer.page.slug}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {answer.user.email}
          </Badge>
        </Group>
        {!answer.visible && (
          <Part title="Why">
            <Text size="sm">
              A page is shown when its own visibility holds and every page above it is shown. For{' '}
              {words.person}, {failing.join(' and ')} did not hold.
            </Text>
          </Part>
        )}
        <Part title="Checks">
          <PageRule label="This page" page={answer.page} check={answer.own} words={words} appId={appId} />
          {answer.above.map((p) => (
            <PageRule key={p.id} label="Page above" page={p} check={p.check} words={words} appId={appId} />
          ))}
        </Part>
        <Part title="Sections">
          <Sections answer={answer} words={words} />
        </Part>
        <NextSteps appId={appId} answer={answer} words={words} />
        <Text size="xs" c="dimmed">
          Visibility decides what the end-user app shows, not what the person may read: the records under a
          visible section still go through the data rules.
        </Text>
      </Stack>
    </Card>
  );
}

/** "Why can't they see this page?": asks the API, and shows its answer in builders' words. */
export function PageVisibilityAnswer({
  appId,
  page,
  person,
}: {
  appId: string;
  page: string;
  person: string;
}) {
  const answer = useQuery(pageVisibilityQuery(appId, page, person));
  const pages = useQuery(pagesQuery(appId));
  const roles = useQuery(appRolesQuery(appId));
  const email = answer.data?.user.email;
  const people = useQuery({ ...peopleQuery(appId, email ?? ''), enabled: Boolean(email) });
  const me = useMe().data;
  const [viewing, setViewing] = useState<ViewAsTarget | null>(null);
  if (answer.isPending) return <LoadingRows rows={4} height={60} />;
  if (answer.error) return <ApiErrorAlert error={answer.error} title="No explanation" />;
  const { data } = answer;
  const user = people.data?.items.find((u) => u.email === data.user.email);
  const words: Words = {
    person: user?.name ?? data.user.email,
    roles: user?.roles,
    role: (key) => roles.data?.items.find((r) => r.key === key)?.name ?? key,
  };
  const path = pagePaths(pages.data?.items ?? []).find((p) => p.id === data.page.id)?.path ?? data.page.title;
  return (
    <>
      <PageVisibilityCard
        appId={appId}
        answer={data}
        path={path}
        words={words}
        actions={
          <Group gap="xs">
            {/* Nobody views the app as themselves. */}
            {data.user.id !== me?.id && (
              <Button
                variant="light"
                leftSection={<Eye size={16} />}
                onClick={() => setViewing({ user: data.user.email, name: words.person })}
              >
                View the app as {words.person}
              </Button>
            )}
            <Button
              component="a"
              href={pageEditorHref(appId, data.page.id)}
              variant="default"
              leftSection={<PencilRuler size={16} />}
            >
              Open in the page editor
            </Button>
          </Group>
        }
      />
      <ViewAsModal
        appId={appId}
        target={viewing}
        onClose={() => setViewing(null)}
        // On the page itself when they see it; otherwise where the app opens for them.
        page={data.visible ? data.page.slug : undefined}
      />
    </>
  );
}
