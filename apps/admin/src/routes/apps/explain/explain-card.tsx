import { Accordion, Alert, Badge, Card, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { CircleCheck, CircleX, Database, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Explained, Trace, UnitTrace } from '../../../api/access.js';
import { OutcomeBadge, RuleTraceView } from './rule-trace.js';

/** How the card names roles and collections: by their names where the screen knows them. */
export interface Names {
  person: string;
  /** The person's account id and name, to say whose id a folded condition holds. */
  personRef?: { id: string; name: string } | undefined;
  role: (key: string) => string;
  collection: string;
}

const VERB: Record<string, string> = { read: 'read', create: 'create', update: 'change', delete: 'delete' };

function unitName(unit: string, names: Names): string {
  const [kind, key = ''] = unit.split(':');
  return kind === 'role' ? names.role(key) : `Audience: ${key}`;
}

// The engine names a role by its key (`role:interviewer: grant …`); the card calls it by its name.
function readableReason(reason: string, names: Names): string {
  return reason.replace(/^role:([^:\s]+): /, (_, key: string) => `${names.role(key)}: `);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function verdict(explained: Explained, names: Names, list: boolean): { text: string; allowed: boolean } {
  const { trace, record } = explained;
  const verb = VERB[trace.action] ?? trace.action;
  if (record && !record.exists)
    return { text: `There is no such record in ${names.collection}`, allowed: false };
  if (list && explained.list?.includesRecord !== undefined) {
    const inList = explained.list.includesRecord;
    return {
      text: inList
        ? `This record is in ${names.person}’s list of ${names.collection}`
        : `This record is not in ${names.person}’s list of ${names.collection}`,
      allowed: inList,
    };
  }
  if (record) {
    return {
      text: record.allowed
        ? `${names.person} may ${verb} this record`
        : `${names.person} may not ${verb} this record`,
      allowed: record.allowed,
    };
  }
  const kind = trace.plan.kind;
  return {
    text:
      kind === 'allow'
        ? `${names.person} may ${verb} every record of ${names.collection}`
        : kind === 'deny'
          ? `${names.person} may not ${verb} any record of ${names.collection}`
          : `${names.person} may ${verb} the records of ${names.collection} where the grants hold`,
    allowed: kind !== 'deny',
  };
}

/** Whether the SQL the API runs gives the same answer as the engine's point check, in plain words. */
function SqlAgreement({ explained }: { explained: Explained }) {
  const { record } = explained;
  if (!record?.exists) return null;
  const answer = record.sqlAllowed ? 'allowed' : 'denied';
  if (record.agrees) {
    return (
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Database size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm">
          <strong>The SQL path agrees:</strong> the query the records API runs in the database also answers{' '}
          {answer} for this record.
        </Text>
      </Group>
    );
  }
  return (
    <Alert color="red" icon={<TriangleAlert size={18} />} title="The SQL path disagrees" role="alert">
      <Text size="sm">
        The database query answers {answer}, the engine’s check the opposite. Lists and single reads would
        differ for this person: please report this with the explanation.
      </Text>
    </Alert>
  );
}

function GateAndBypass({ trace, names }: { trace: Trace; names: Names }) {
  const lines: ReactNode[] = [];
  if (trace.gate) {
    lines.push(
      trace.gate.held
        ? `${names.person} holds ${trace.gate.right}, the data right every ${trace.action} needs.`
        : `${names.person} lacks ${trace.gate.right}: every ${trace.action} needs it before any rule applies.`,
    );
  }
  if (trace.bypass === 'allData') lines.push('Access All Data: the rules of this app do not apply to them.');
  if (trace.bypass === 'unrestricted')
    lines.push(
      `${names.collection} is not restricted: every user of the app may use its records; only field conditions close fields.`,
    );
  if (trace.principal.anonymous)
    lines.push('An anonymous visitor: only grants to the anonymous audience count.');
  if (lines.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines in a fixed order
        <List.Item key={i}>{line}</List.Item>
      ))}
    </List>
  );
}

function Units({ appId, units, names }: { appId: string; units: UnitTrace[]; names: Names }) {
  return (
    <Stack gap="sm">
      {units.map((u) => (
        <Card key={u.unit} withBorder padding="sm" component="article" aria-label={unitName(u.unit, names)}>
          <Group gap="xs" mb={6}>
            <Text fw={600} size="sm">
              {unitName(u.unit, names)}
            </Text>
            <OutcomeBadge result={u.result} />
            <Text size="xs" c="dimmed">
              {u.grants.length > 1 ? `${u.grants.length} grants, all must hold` : '1 grant'} · fields:{' '}
              {u.fields === 'all' ? 'all' : u.fields.join(', ') || 'none'}
            </Text>
          </Group>
          <Stack gap="sm" component="ul" p={0} m={0}>
            {u.grants.map((g) => (
              <RuleTraceView key={g.ruleId} appId={appId} rule={g} person={names.personRef} />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The engine's trace as a card: the answer, why, the roles and rules behind it, and the fields. */
export function ExplainCard({
  appId,
  explained,
  names,
  list = false,
  actions,
}: {
  appId: string;
  explained: Explained;
  names: Names;
  list?: boolean;
  actions?: ReactNode;
}) {
  const { trace, record } = explained;
  const { text, allowed } = verdict(explained, names, list);
  const reasons = record?.reasons ?? [];
  const hidden = trace.record?.hiddenFields ?? [];
  return (
    <Card withBorder padding="lg" component="article" aria-label="Explanation">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {allowed ? (
              <CircleCheck size={22} color="var(--mantine-color-green-7)" aria-hidden="true" />
            ) : (
              <CircleX size={22} color="var(--mantine-color-red-7)" aria-hidden="true" />
            )}
            <Title order={2} size="h4">
              {text}
            </Title>
          </Group>
          {actions}
        </Group>
        <Group gap={6}>
          <Badge variant="outline" color="gray" tt="none">
            {trace.action}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {names.collection}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            policy version {trace.version}
          </Badge>
        </Group>
        {reasons.length > 0 && (
          <Section title="Why">
            <List size="sm" spacing={4}>
              {reasons.map((r) => (
                <List.Item key={r}>{readableReason(r, names)}</List.Item>
              ))}
            </List>
          </Section>
        )}
        <SqlAgreement explained={explained} />
        <Section title="Roles considered">
          <Group gap={6}>
            {trace.principal.roles.map((r) => (
              <Badge key={r} variant="light" tt="none">
                {names.role(r)}
              </Badge>
            ))}
            {trace.principal.audiences.map((a) => (
              <Badge key={a} variant="light" color="gray" tt="none">
                audience: {a}
              </Badge>
            ))}
            {trace.principal.allData && (
              <Badge color="grape" variant="light" tt="none">
                Access All Data
              </Badge>
            )}
          </Group>
          {trace.principal.ignoredRoles.length > 0 && (
            <Text size="xs" c="dimmed">
              Roles the rules do not know, so they count for nothing:{' '}
              {trace.principal.ignoredRoles.join(', ')}
            </Text>
          )}
          <GateAndBypass trace={trace} names={names} />
        </Section>
        <Section title="Grants">
          <Text size="xs" c="dimmed">
            Within a role its grants’ conditions must all hold (AND) and their fields add up; across roles one
            is enough (OR).
          </Text>
          {trace.units.length > 0 && <Units appId={appId} units={trace.units} names={names} />}
          {trace.units.length === 0 && trace.bypass === null && (
            <Text size="sm">
              No role of {names.person} has a grant for {trace.action} on {names.collection}: closed by
              default.
            </Text>
          )}
          {trace.units.length === 0 && trace.bypass !== null && (
            <Text size="sm">
              {trace.bypass === 'allData'
                ? 'None needed: Access All Data opens every record.'
                : 'None needed: the collection is not restricted.'}
            </Text>
          )}
          {trace.unitsWithoutGrants.length > 0 && (
            <Text size="sm" c="dimmed">
              No grant for {trace.action} here:{' '}
              {trace.unitsWithoutGrants.map((u) => unitName(u, names)).join(', ')}
            </Text>
          )}
        </Section>
        {trace.guards.length > 0 && (
          <Section title="Guards (each must hold)">
            <Stack gap="sm" component="ul" p={0} m={0}>
              {trace.guards.map((g) => (
                <RuleTraceView key={g.ruleId} appId={appId} rule={g} person={names.personRef} />
              ))}
            </Stack>
          </Section>
        )}
        {trace.fieldConditions.length > 0 && (
          <Section title="Field conditions">
            <Stack gap="sm" component="ul" p={0} m={0}>
              {trace.fieldConditions.map((f) => (
                <RuleTraceView key={f.ruleId} appId={appId} rule={f} person={names.personRef} />
              ))}
            </Stack>
          </Section>
        )}
        {trace.record?.allowed && (
          <Section title="Fields">
            <Text size="sm">
              {trace.action === 'read' ? 'Readable' : 'Writable'} on this record:{' '}
              {trace.record.fields.length > 0 ? trace.record.fields.join(', ') : 'none'}
            </Text>
            {hidden.length > 0 && (
              <Table.ScrollContainer minWidth={360}>
                <Table aria-label="Hidden fields">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Hidden field</Table.Th>
                      <Table.Th>Why</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {hidden.map((h) => (
                      <Table.Tr key={h.field}>
                        <Table.Td>
                          <Code>{h.field}</Code>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{h.reason}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {(record?.notes ?? []).map((n) => (
              <Text key={n} size="sm" c="dimmed">
                {n}
              </Text>
            ))}
          </Section>
        )}
        <Accordion variant="contained">
          <Accordion.Item value="plan">
            <Accordion.Control>The access plan the API runs</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm">
                {trace.plan.kind === 'where'
                  ? 'Records where this holds:'
                  : trace.plan.kind === 'allow'
                    ? 'Every record.'
                    : 'No record.'}
              </Text>
              {trace.plan.kind === 'where' && <Code block>{trace.plan.condition}</Code>}
            </Accordion.Panel>
          </Accordion.Item>
          {explained.list && (
            <Accordion.Item value="sql">
              <Accordion.Control>The list’s SQL</Accordion.Control>
              <Accordion.Panel>
                <Code block style={{ whiteSpace: 'pre-wrap' }}>
                  {explained.list.sql}
                </Code>
              </Accordion.Panel>
            </Accordion.Item>
          )}
        </Accordion>
      </Stack>
    </Card>
  );
}
