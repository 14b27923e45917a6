import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type AuditEntry, type AuditFilters, fetchAuditPage, fetchMembersPage } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { LoadMore, useCursorList } from '../../components/cursor-list.js';
import { MemberSelect } from '../../components/member-select.js';
import { LoadingRows, PageHeader } from '../../components/page.js';
import { ACTION_FILTERS, describeAction } from './audit-actions.js';
import { RIGHT_LABELS } from './rights-picker.js';

const route = getRouteApi('/signed-in/companies/$company/audit');

/** A date picked in the form (YYYY-MM-DD) as the start of that day, local time, for the API. */
function startOf(day: string | undefined, plusDays = 0): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

/** The company's audit log, newest first, filtered by who, what and when (kept in the address). */
export function AuditPage() {
  const { company } = route.useParams();
  const filters = route.useSearch();
  const navigate = useNavigate({ from: '/companies/$company/audit' });
  // Names for the members the entries are about: one bounded page; past it, "a member".
  const members = useQuery({
    queryKey: ['companies', company, 'members', 'names'],
    queryFn: () => fetchMembersPage(company, undefined, { limit: 200 }),
  });
  const query = {
    actor: filters.actor,
    action: filters.action,
    from: startOf(filters.from),
    to: startOf(filters.to, 1),
  };
  const list = useCursorList(['companies', company, 'audit', query], (before) =>
    fetchAuditPage(company, query, before),
  );
  const setFilter = (patch: Partial<AuditFilters>) =>
    navigate({ search: (s: AuditFilters) => ({ ...s, ...patch }), replace: true });
  const names = new Map((members.data?.items ?? []).map((m) => [m.accountId, m.name]));
  const everyName = members.data?.next === null;
  const filtered = Boolean(filters.actor || filters.action || filters.from || filters.to);
  const forbidden = list.error && 'status' in list.error && list.error.status === 403;
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Audit log"
        description="Who changed what in this company, newest first: memberships, rights, invitations, settings and applications."
      />
      {!forbidden && (
        <Card
          withBorder
          component="form"
          aria-label="Filter the audit log"
          onSubmit={(e) => e.preventDefault()}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <MemberSelect
              companyId={company}
              by="accountId"
              label="Who"
              placeholder="Anyone"
              clearable
              value={filters.actor ?? null}
              onChange={(v) => setFilter({ actor: v ?? undefined })}
            />
            <Select
              label="What"
              placeholder="Every action"
              clearable
              data={ACTION_FILTERS}
              value={filters.action ?? null}
              onChange={(v) => setFilter({ action: v ?? undefined })}
            />
            <TextInput
              label="From"
              type="date"
              value={filters.from ?? ''}
              onChange={(e) => setFilter({ from: e.currentTarget.value || undefined })}
            />
            <TextInput
              label="Until"
              type="date"
              value={filters.to ?? ''}
              onChange={(e) => setFilter({ to: e.currentTarget.value || undefined })}
            />
          </SimpleGrid>
          {filtered && (
            <Group justify="flex-end" mt="sm">
              <Button
                variant="subtle"
                size="xs"
                onClick={() =>
                  navigate({
                    search: { actor: undefined, action: undefined, from: undefined, to: undefined },
                  })
                }
              >
                Clear filters
              </Button>
            </Group>
          )}
        </Card>
      )}
      {list.isPending && <LoadingRows rows={6} />}
      <ApiErrorAlert error={list.error} />
      {list.data && list.items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            {filtered
              ? 'Nothing matches these filters. Widen the dates or clear a filter.'
              : 'Nothing recorded yet.'}
          </Text>
        </Card>
      )}
      {list.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label="Audit log entries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>What happened</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} names={names} everyName={everyName} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore list={list} noun="entries" />
        </>
      )}
    </Stack>
  );
}

function who(entry: AuditEntry): string {
  if (entry.actor.email) return entry.actor.email;
  if (entry.actor.apiKeyId) return 'An API key';
  return 'Charter';
}

function rightsText(rights: unknown[]): string {
  return rights.length ? rights.map((r) => RIGHT_LABELS[String(r)] ?? String(r)).join(', ') : 'none';
}

/** The details worth reading: the address, rights before and after, the fields that changed. */
function summary(details: Record<string, unknown>): string {
  const parts: string[] = [];
  const after = details.after as Record<string, unknown> | undefined;
  const before = details.before as Record<string, unknown> | undefined;
  if (Array.isArray(after?.rights)) {
    const now = rightsText(after.rights);
    if (Array.isArray(before?.rights)) parts.push(`rights: ${rightsText(before.rights)} → ${now}`);
    else parts.push(`joined as: ${after.rights.length ? now : 'Editor'}`);
  }
  if (Array.isArray(details.rights)) {
    parts.push(`joins as: ${details.rights.length ? rightsText(details.rights) : 'Editor'}`);
  }
  for (const key of ['name', 'issuer', 'enabled', 'mfaRequired']) {
    if (key in details) parts.push(`${key}: ${String(details[key])}`);
  }
  return parts.join(' · ');
}

function AuditRow({
  entry,
  names,
  everyName,
}: {
  entry: AuditEntry;
  names: Map<string, string>;
  everyName: boolean;
}) {
  const when = new Date(entry.occurredAt);
  const fallback = everyName ? 'a former member' : 'a member';
  const member = entry.target?.type === 'account' ? (names.get(entry.target.id) ?? fallback) : null;
  const details = [member && `member: ${member}`, summary(entry.details)].filter(Boolean).join(' · ');
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{when.toLocaleDateString()}</Text>
        <Text size="xs" c="dimmed">
          {when.toLocaleTimeString()}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          <strong>{who(entry)}</strong> {describeAction(entry.action, entry.details)}
          {entry.outcome !== 'success' && (
            <Badge ml="xs" color="red" variant="light">
              {entry.outcome}
            </Badge>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {entry.action}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: 'break-word' }}>
          {details || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
