import { Anchor, Badge, Code, Group, Stack, Text } from '@mantine/core';
import type { Outcome, RuleTrace } from '../../../api/access.js';

const OUTCOME: Record<Outcome, { label: string; color: string }> = {
  true: { label: 'held', color: 'green' },
  false: { label: 'did not hold', color: 'red' },
  unknown: { label: 'did not hold (empty value)', color: 'orange' },
  error: { label: 'error: counted as not holding', color: 'red' },
};

/** A condition's result on the record, as a badge; nothing when no record was asked about. */
export function OutcomeBadge({ result }: { result: Outcome | undefined }) {
  if (!result) return null;
  const { label, color } = OUTCOME[result];
  return (
    <Badge variant="dot" color={color} tt="none">
      {label}
    </Badge>
  );
}

/**
 * A condition with the part that failed marked. The engine names the failing sub-expression in
 * the same printed form as the folded condition, so it is found inside it; when it is not (a note
 * on empty user values, or the condition as written), it is shown on its own line instead.
 */
export function MarkedCondition({ text, failedAt }: { text: string; failedAt?: string | undefined }) {
  const at = failedAt ? text.indexOf(failedAt) : -1;
  if (!failedAt || at < 0) return <Code block>{text}</Code>;
  return (
    <Code block>
      {text.slice(0, at)}
      <mark>{failedAt}</mark>
      {text.slice(at + failedAt.length)}
    </Code>
  );
}

/** Where a rule's editor is: each rule named in an explanation links to it. */
export function ruleHref(appId: string, ruleId: string): string {
  return `/apps/${appId}/rules/${ruleId}`;
}

function fieldsText(fields: RuleTrace['fields']): string | null {
  if (fields === undefined) return null;
  if (fields === 'all') return 'all fields';
  return fields.length === 0 ? 'no fields' : fields.join(', ');
}

/** One grant, guard or field condition: its name (a link to edit it), its condition and its result. */
export function RuleTraceView({
  appId,
  rule,
  person,
}: {
  appId: string;
  rule: RuleTrace;
  /** Who the values folded in are: their id appears in the folded condition, the name says whose it is. */
  person?: { id: string; name: string } | undefined;
}) {
  const fields = fieldsText(rule.fields);
  const failed = rule.result !== undefined && rule.result !== 'true';
  const written = rule.condition ?? 'no condition: always holds';
  return (
    <Stack gap={4} component="li" style={{ listStyle: 'none' }}>
      <Group gap="xs" wrap="wrap">
        <Anchor href={ruleHref(appId, rule.ruleId)} size="sm" fw={600}>
          {rule.name}
        </Anchor>
        <OutcomeBadge result={rule.result} />
        {!rule.compiles && (
          <Badge color="red" variant="light" tt="none">
            does not compile
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        As written: <Code>{written}</Code>
        {fields && ` · fields: ${fields}`}
      </Text>
      {rule.condition !== null && (
        <>
          <Text size="xs" c="dimmed">
            With the person’s values folded in{failed && rule.failedAt ? ', the part that failed marked' : ''}
            :
          </Text>
          <MarkedCondition text={rule.folded} failedAt={failed ? rule.failedAt : undefined} />
          {person && rule.folded.includes(`"${person.id}"`) && (
            <Text size="xs" c="dimmed">
              "{person.id}" is {person.name}’s id.
            </Text>
          )}
        </>
      )}
      {failed && rule.failedAt && (
        <Text size="sm">
          Failed condition: <Code>{rule.failedAt}</Code>
        </Text>
      )}
      {rule.error && (
        <Text size="sm" c="red">
          {rule.error.message}
        </Text>
      )}
    </Stack>
  );
}
