import { Alert, Text } from '@mantine/core';
import { History } from 'lucide-react';
import type { ReferenceAnswer } from '../../../api/access.js';
import type { Names } from './explain-card.js';

/** Who was refused what, and when: the request behind a decision reference. */
export function ReferenceSummary({
  answer,
  names,
}: {
  answer: Pick<
    ReferenceAnswer,
    | 'reference'
    | 'createdAt'
    | 'expiresAt'
    | 'user'
    | 'viewedAsBy'
    | 'method'
    | 'action'
    | 'collection'
    | 'recordId'
    | 'policyChanged'
  >;
  names: Names;
}) {
  const when = new Date(answer.createdAt).toLocaleString();
  const email = answer.user?.email;
  const who = !answer.user
    ? 'An anonymous visitor'
    : email && names.person !== email
      ? `${names.person} (${email})`
      : (email ?? names.person);
  return (
    <Alert color="blue" variant="light" icon={<History size={18} />} title={`Decision ${answer.reference}`}>
      <Text size="sm">
        {who} was refused {answer.method} ({answer.action}) on {names.collection || answer.collection}
        {answer.recordId ? `, record ${answer.recordId}` : ''}, on {when}.
        {answer.viewedAsBy && ` ${answer.viewedAsBy.email ?? 'A builder'} was viewing the app as them.`}
      </Text>
      {answer.policyChanged && (
        <Text size="sm" mt={4} fw={600}>
          The rules have changed since: the explanation below uses the current ones.
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        Kept until {new Date(answer.expiresAt).toLocaleString()}.
      </Text>
    </Alert>
  );
}
