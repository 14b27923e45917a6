import { Alert, List, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { ApiError } from '../../../api/client.js';
import { usesOf } from '../../../api/data-model.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';

const USED_IN: Record<string, string> = {
  condition: 'in its condition',
  fields: 'in its field lists',
  collection: 'it is a rule of this collection',
};

/**
 * Why a delete was refused: for COLLECTION_IN_USE / FIELD_IN_USE, the rules (and links) that use
 * it, each a link to that rule; any other error as the API explains it.
 */
export function DeleteRefusal({ error, what }: { error: unknown; what: string }) {
  const { app } = useParams({ strict: false }) as { app?: string };
  if (!(error instanceof ApiError) || (error.code !== 'COLLECTION_IN_USE' && error.code !== 'FIELD_IN_USE')) {
    return <ApiErrorAlert error={error} title={`${what} was not deleted`} />;
  }
  const { rules, links } = usesOf(error.details);
  return (
    <Alert color="red" title={`${what} was not deleted: it is in use`}>
      {rules.length > 0 && (
        <>
          <Text size="sm">These rules use it. Change or delete them first, then delete it:</Text>
          <List size="sm" mt={4} aria-label="Rules that use it">
            {rules.map((r) => (
              <List.Item key={`${r.id}-${r.usedIn}`}>
                {app ? (
                  <TextLink to="/apps/$app/rules/$rule" params={{ app, rule: r.id }} size="sm" fw={600}>
                    {r.name}
                  </TextLink>
                ) : (
                  <Text span size="sm" fw={600}>
                    {r.name}
                  </Text>
                )}{' '}
                ({r.collection}, {USED_IN[r.usedIn] ?? r.usedIn})
              </List.Item>
            ))}
          </List>
        </>
      )}
      {links.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            These link fields point to it. Delete them first:
          </Text>
          <List size="sm" mt={4} aria-label="Links that point to it">
            {links.map((l) => (
              <List.Item key={`${l.collection}.${l.field}`}>
                {l.collection}.{l.field}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
