import { Alert, Badge, Card, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportResult, PolicyRule } from '../../../api/policy.js';
import { TextLink } from '../../../components/links.js';
import { KindBadge, RuleLink } from './shared.js';

type Changes = Record<string, { before?: unknown; after?: unknown }>;

const AUDIENCE_WORDS: Record<string, string> = {
  everyone: 'every app user',
  internal: 'internal users',
  external: 'external users',
};

/** A page's or section's visibility as a builder says it: "roles interviewer, hiring_manager, when …". */
function visibilityWords(v: { audience: string; roles?: unknown; condition?: unknown }): string {
  const who =
    v.audience === 'roles' && Array.isArray(v.roles)
      ? `roles ${v.roles.join(', ')}`
      : (AUDIENCE_WORDS[v.audience] ?? v.audience);
  return typeof v.condition === 'string' && v.condition ? `${who}, when ${v.condition}` : who;
}

const isVisibility = (v: unknown): v is { audience: string } =>
  typeof v === 'object' && v !== null && typeof (v as { audience?: unknown }).audience === 'string';

function value(v: unknown): string {
  if (v === undefined || v === null) return '(none)';
  if (typeof v === 'string') return v === '' ? '(empty)' : v;
  if (isVisibility(v)) return visibilityWords(v);
  return JSON.stringify(v);
}

type Lists = Record<string, string[]>;

const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isLists = (v: unknown): v is Lists =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isList);

// Lists (rights, actions, field lists per action) read best as what was added and removed.
function listChange(before: string[], after: string[]): string {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return [...added.map((x) => `+${x}`), ...removed.map((x) => `−${x}`)].join(' ') || 'reordered';
}

function changeLines(property: string, before: unknown, after: unknown): [string, string][] {
  if ((isList(before) || before == null) && (isList(after) || after == null) && (before || after))
    return [[property, listChange(before ?? [], after ?? [])]];
  if ((isLists(before) || before == null) && (isLists(after) || after == null) && (before || after)) {
    const b = before ?? {};
    const a = after ?? {};
    return [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
      .map((k) =>
        b[k] && a[k]
          ? [`${property}.${k}`, listChange(b[k], a[k])]
          : [`${property}.${k}`, `${value(b[k] ?? 'every field')} → ${value(a[k] ?? 'every field')}`],
      );
  }
  return [[property, `${value(before)} → ${value(after)}`]];
}

function ChangeList({ changes }: { changes: Changes }) {
  const lines = Object.entries(changes).flatMap(([property, c]) => changeLines(property, c.before, c.after));
  return (
    <List size="sm" withPadding>
      {lines.map(([property, text]) => (
        <List.Item key={property}>
          <Code>{property}</Code>: {text}
        </List.Item>
      ))}
    </List>
  );
}

function Mark({ kind }: { kind: 'added' | 'removed' | 'changed' }) {
  const look = {
    added: { color: 'teal', label: 'Added' },
    removed: { color: 'red', label: 'Removed' },
    changed: { color: 'blue', label: 'Changed' },
  }[kind];
  return (
    <Badge color={look.color} c={`${look.color}.9`} variant="outline" size="sm" miw={90}>
      {look.label}
    </Badge>
  );
}

/** What an import would change (or changed): roles, rights, collections, pages, rules, and who gains or loses. */
export function ImportDiff({
  appId,
  result,
  rules,
  pages,
}: {
  appId: string;
  result: ImportResult;
  rules: readonly PolicyRule[];
  /** The app's pages now, to link a changed page to its editor. */
  pages: readonly { id: string; slug: string }[];
}) {
  const { changes, impact, warnings } = result;
  const ruleId = (collection: string, name: string) =>
    rules.find((r) => r.collection === collection && r.name === name)?.id;
  const structural = [
    ...changes.roles.added.map((r) => ({
      key: `role+${r.key}`,
      kind: 'added' as const,
      what: (
        <>
          role <Code>{r.key}</Code> {r.name}
        </>
      ),
    })),
    ...changes.roles.removed.map((r) => ({
      key: `role-${r.key}`,
      kind: 'removed' as const,
      what: (
        <>
          role <Code>{r.key}</Code> {r.name}
          {r.users > 0 && ` (held by ${r.users} ${r.users === 1 ? 'user' : 'users'})`}
        </>
      ),
    })),
    ...changes.roles.changed.map((r) => ({
      key: `role~${r.key}`,
      kind: 'changed' as const,
      what: (
        <>
          role{' '}
          <TextLink to="/apps/$app/roles" params={{ app: appId }} size="sm">
            {r.key}
          </TextLink>
          <ChangeList changes={r.changes as Changes} />
        </>
      ),
    })),
    ...changes.customRights.added.map((r) => ({
      key: `right+${r.key}`,
      kind: 'added' as const,
      what: (
        <>
          custom right <Code>{r.key}</Code> {r.name}
        </>
      ),
    })),
    ...changes.customRights.removed.map((r) => ({
      key: `right-${r.key}`,
      kind: 'removed' as const,
      what: (
        <>
          custom right <Code>{r.key}</Code> {r.name}
          {r.users > 0 && ` (held directly by ${r.users})`}
        </>
      ),
    })),
    ...changes.customRights.changed.map((r) => ({
      key: `right~${r.key}`,
      kind: 'changed' as const,
      what: (
        <>
          custom right <Code>{r.key}</Code>
          <ChangeList changes={r.changes as Changes} />
        </>
      ),
    })),
    ...changes.collections.changed.map((c) => ({
      key: `collection~${c.collection}`,
      kind: 'changed' as const,
      what: (
        <>
          collection{' '}
          <TextLink
            to="/apps/$app/data-model/$collection"
            params={{ app: appId, collection: c.collection }}
            size="sm"
          >
            {c.collection}
          </TextLink>
          <ChangeList changes={c.changes as Changes} />
        </>
      ),
    })),
    ...(['added', 'removed', 'changed'] as const).flatMap((kind) =>
      changes.pages[kind].map((p) => {
        const id = kind === 'added' ? undefined : pages.find((x) => x.slug === p.slug)?.id;
        return {
          key: `page${kind}${p.slug}`,
          kind,
          what: (
            <>
              page{' '}
              {id ? (
                <TextLink to="/apps/$app/pages/$page" params={{ app: appId, page: id }} size="sm">
                  {p.title}
                </TextLink>
              ) : (
                <Text span fw={600} size="sm">
                  {p.title}
                </Text>
              )}{' '}
              <Code>/{p.slug}</Code>
              {'changes' in p && <ChangeList changes={p.changes as Changes} />}
            </>
          ),
        };
      }),
    ),
    ...(['added', 'removed', 'changed'] as const).flatMap((kind) =>
      changes.rules[kind].map((r) => {
        const id = kind === 'added' ? undefined : ruleId(r.collection, r.name);
        return {
          key: `rule${kind}${r.collection}.${r.name}`,
          kind,
          what: (
            <>
              <KindBadge kind={r.kind} />{' '}
              {id ? (
                <RuleLink app={appId} ruleId={id} name={r.name} />
              ) : (
                <Text span fw={600} size="sm">
                  {r.name}
                </Text>
              )}{' '}
              on {r.collection}
              {'changes' in r && <ChangeList changes={r.changes as Changes} />}
            </>
          ),
        };
      }),
    ),
  ];
  return (
    <Stack gap="sm">
      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          What changes
        </Title>
        {result.unchanged || structural.length === 0 ? (
          <Text size="sm">The file matches the app's policy: nothing to change.</Text>
        ) : (
          <Table verticalSpacing={6} aria-label="Policy changes">
            <Table.Tbody>
              {structural.map((s) => (
                <Table.Tr key={s.key}>
                  <Table.Td w={110} miw={104} style={{ verticalAlign: 'top' }}>
                    <Mark kind={s.kind} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" component="div">
                      {s.what}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {warnings.length > 0 && (
        <Alert color="yellow" title="Valid, but with no effect">
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={`${w.field}:${w.code}`}>
                <Code>{w.field}</Code> {w.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          Who gains and who loses
        </Title>
        {impact.users.length === 0 ? (
          <Text size="sm">Nobody gains or loses access to any record or field.</Text>
        ) : (
          <Table.ScrollContainer
            minWidth={520}
            type="native"
            tabIndex={0}
            role="region"
            aria-label="Who gains and who loses"
          >
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Gains</Table.Th>
                  <Table.Th>Loses</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {impact.users.map((u) => (
                  <Table.Tr key={u.userId}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {u.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Lines items={u.gains} color="teal.9" />
                    </Table.Td>
                    <Table.Td>
                      <Lines items={u.losses} color="red.9" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {result.pageImpact.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            Who starts and stops seeing pages
          </Title>
          <List size="sm" spacing={4} aria-label="Who starts and stops seeing pages">
            {result.pageImpact.flatMap((change) =>
              [
                { label: `the page ${change.page.title}`, people: change },
                ...change.sections.map((s) => ({
                  label: `the section ${s.title || s.kind} of ${change.page.title}`,
                  people: s,
                })),
              ].flatMap(({ label, people }) =>
                (['gains', 'losses'] as const)
                  .filter((direction) => people[direction].count > 0)
                  .map((direction) => (
                    <List.Item key={`${change.page.slug}${label}${direction}`}>
                      {people[direction].count} {direction === 'gains' ? 'start seeing' : 'stop seeing'}{' '}
                      {label}: {people[direction].users.map((u) => u.name || u.email).join(', ')}
                      {people[direction].count > people[direction].users.length ? ' and others' : ''}
                    </List.Item>
                  )),
              ),
            )}
          </List>
        </Card>
      )}
    </Stack>
  );
}

function Lines({ items, color }: { items: readonly string[]; color: string }) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        nothing
      </Text>
    );
  return (
    <Stack gap={2}>
      {items.map((item) => (
        <Group key={item} gap={4} wrap="nowrap">
          <Text size="sm" c={color}>
            {item}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
