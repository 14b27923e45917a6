import { Alert, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { TrendingDown, TrendingUp } from 'lucide-react';
import type { Impact, ImpactCounts } from '../../../api/rules.js';

/** More records than this gained or lost by one person, or any field lost, asks to confirm. */
export const CONFIRM_RECORDS = 10;

/** The one line that says when saving asks for confirmation. */
export const CONFIRM_RULE = `Saving asks you to confirm when one person gains or loses read access to more than ${CONFIRM_RECORDS} records, or loses any field.`;

/** Why this impact needs a confirmation, in words, or null when it does not. */
export function confirmationReason(impact: Impact): string | null {
  const reasons: string[] = [];
  for (const person of impact.users) {
    for (const c of person.changes) {
      if (c.action !== 'read') continue;
      if (c.field !== undefined && c.lost > 0) {
        reasons.push(`${person.email} loses read of ${c.collection}.${c.field} on ${records(c.lost)}`);
      } else if (c.field === undefined && Math.max(c.gained, c.lost) > CONFIRM_RECORDS) {
        const verb = c.gained > CONFIRM_RECORDS ? 'gains' : 'loses';
        reasons.push(
          `${person.email} ${verb} read on ${records(Math.max(c.gained, c.lost))} of ${c.collection}`,
        );
      }
    }
  }
  return reasons.length > 0 ? reasons.join('; ') : null;
}

const ACTION_VERB: Record<string, string> = {
  read: 'read',
  create: 'create',
  update: 'change',
  delete: 'delete',
};

function people(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

function records(n: number): string {
  return n === 1 ? '1 record' : `${n} records`;
}

/**
 * The impact of a rule change as a person reads it: who gains and who loses what, by person,
 * then the totals per collection and action.
 */
export function ImpactPreview({
  impact,
  names,
  heading = 'Impact if you save',
  warnLarge = true,
}: {
  impact: Impact;
  names?: Map<string, string> | undefined;
  heading?: string;
  /** Whether to say that saving will ask for confirmation (not inside that confirmation). */
  warnLarge?: boolean;
}) {
  const changed = impact.collections.filter(
    (c) => c.usersGaining + c.usersLosing > 0 || c.fields.some((f) => f.usersGaining + f.usersLosing > 0),
  );
  return (
    <Stack gap="sm" component="section" aria-label={heading}>
      <Title order={2} size="h4">
        {heading}
      </Title>
      {impact.unchanged && (
        <Text size="sm">
          Nobody gains or loses anything today: no current user of the app sees or changes a different record
          or field. A rule for a role nobody holds yet, or for data that does not exist yet, changes nothing
          now.
        </Text>
      )}
      {impact.users.map((person) => {
        const name = names?.get(person.userId);
        return (
          <Card
            key={person.userId}
            withBorder
            padding="sm"
            component="article"
            aria-label={name ?? person.email}
          >
            <Group gap="xs" mb={4}>
              <Text fw={600} size="sm">
                {name ?? person.email}
              </Text>
              {name && (
                <Text size="xs" c="dimmed">
                  {person.email}
                </Text>
              )}
            </Group>
            <List size="sm" spacing={2} center>
              {person.losses.map((s) => (
                <List.Item
                  key={`l-${s}`}
                  icon={<TrendingDown size={14} color="var(--mantine-color-red-8)" />}
                >
                  <Text span size="sm" c="red.9">
                    {capitalise(s)}
                  </Text>
                </List.Item>
              ))}
              {person.gains.map((s) => (
                <List.Item
                  key={`g-${s}`}
                  icon={<TrendingUp size={14} color="var(--mantine-color-green-8)" />}
                >
                  <Text span size="sm">
                    {capitalise(s)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Card>
        );
      })}
      {changed.length > 0 && (
        <Table.ScrollContainer
          minWidth={300}
          type="native"
          tabIndex={0}
          role="region"
          aria-label="Totals per collection and action"
        >
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>What</Table.Th>
                <Table.Th>Gain</Table.Th>
                <Table.Th>Lose</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changed.flatMap((c) => [
                <Table.Tr key={`${c.collection}-${c.action}`}>
                  <Table.Td>
                    {ACTION_VERB[c.action]} {c.collection}
                  </Table.Td>
                  <Table.Td>
                    {c.usersGaining > 0 ? `${people(c.usersGaining)}, ${records(c.recordsGaining)}` : '—'}
                  </Table.Td>
                  <Table.Td>
                    {c.usersLosing > 0 ? `${people(c.usersLosing)}, ${records(c.recordsLosing)}` : '—'}
                  </Table.Td>
                </Table.Tr>,
                // A field gained or lost with its records is already said by the record row.
                ...c.fields
                  .filter((f) => f.usersGaining + f.usersLosing > 0 && !sameCounts(f, c))
                  .map((f) => (
                    <Table.Tr key={`${c.collection}-${c.action}-${f.field}`}>
                      <Table.Td pl="lg">
                        {f.access === 'read' ? 'read' : 'change'} the field {f.field}
                      </Table.Td>
                      <Table.Td>
                        {f.usersGaining > 0
                          ? `${people(f.usersGaining)}, on ${records(f.recordsGaining)}`
                          : '—'}
                      </Table.Td>
                      <Table.Td>
                        {f.usersLosing > 0 ? `${people(f.usersLosing)}, on ${records(f.recordsLosing)}` : '—'}
                      </Table.Td>
                    </Table.Tr>
                  )),
              ])}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {warnLarge && confirmationReason(impact) && (
        <Alert color="orange" variant="light" title="Saving will ask you to confirm">
          <Text size="sm">{CONFIRM_RULE}</Text>
        </Alert>
      )}
    </Stack>
  );
}

function sameCounts(a: ImpactCounts, b: ImpactCounts): boolean {
  return (
    a.usersGaining === b.usersGaining &&
    a.usersLosing === b.usersLosing &&
    a.recordsGaining === b.recordsGaining &&
    a.recordsLosing === b.recordsLosing
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A small badge saying whether the preview is still being measured. */
export function CheckingBadge({ checking }: { checking: boolean }) {
  return checking ? (
    <Badge variant="light" color="gray" tt="none">
      Checking…
    </Badge>
  ) : null;
}
