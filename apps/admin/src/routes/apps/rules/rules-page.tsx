import { Badge, Card, Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { collectionsQuery, DATA_MODEL_EDIT } from '../../../api/data-model.js';
import { rolesQuery } from '../../../api/roles.js';
import { AUDIENCES, KIND_LABEL, type Rule, rulesQuery } from '../../../api/rules.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { ButtonLink, TextLink } from '../../../components/links.js';
import { LoadingRows, PageHeader, shownCount } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';

const route = getRouteApi('/signed-in/apps/$app/rules');

/** Whom a rule applies to, in words. */
export function appliesTo(rule: Rule, roleName: (key: string) => string): string {
  const audience = AUDIENCES.find((a) => a.value === rule.to.audience)?.label;
  const roles = (rule.to.roles ?? []).map(roleName);
  return [...roles, ...(audience ? [audience] : [])].join(', ') || 'Nobody';
}

/** What a rule covers: its actions, or a field condition's fields. */
export function covers(rule: Rule): string {
  if (rule.kind === 'fieldCondition') {
    const fields = Array.isArray(rule.fields) ? rule.fields.join(', ') : '';
    return `${rule.access === 'write' ? 'writing' : 'reading'} ${fields}`;
  }
  const lists = rule.fields && !Array.isArray(rule.fields) ? rule.fields : {};
  return rule.actions.map((a) => (lists[a] ? `${a} (${lists[a].join(', ')})` : a)).join(', ');
}

/** An app's data rules, optionally of one collection, each a link to its editor. */
export function RulesPage() {
  const { app: appId } = route.useParams();
  const { collection } = route.useSearch();
  const navigate = useNavigate();
  const canEdit = useWorkspace().canApp(DATA_MODEL_EDIT);
  const rules = useQuery(rulesQuery(appId));
  const collections = useQuery(collectionsQuery(appId));
  const roles = useQuery(rolesQuery(appId));
  const roleName = (key: string) => roles.data?.items.find((r) => r.key === key)?.name ?? key;
  const collectionName = (key: string) => collections.data?.items.find((c) => c.key === key)?.name ?? key;
  const items = (rules.data?.items ?? []).filter((r) => !collection || r.collection === collection);
  return (
    <Stack maw={1200}>
      <PageHeader
        title="Rules"
        description="Data rules decide who sees and changes which records and fields of restricted collections: grants open, guards close, field conditions hide fields on some records."
        actions={
          canEdit && (
            <ButtonLink
              to="/apps/$app/rules/new"
              params={{ app: appId }}
              search={collection ? { collection } : {}}
              leftSection={<Plus size={16} />}
            >
              New rule
            </ButtonLink>
          )
        }
      />
      {!canEdit && rules.data && (
        <Text size="sm" c="dimmed">
          You can read the rules. Changing them needs the right app.dataformats.edit.
        </Text>
      )}
      <Select
        label="Collection"
        placeholder="Every collection"
        clearable
        maw={320}
        value={collection ?? null}
        onChange={(c) =>
          navigate({ to: '/apps/$app/rules', params: { app: appId }, search: c ? { collection: c } : {} })
        }
        data={(collections.data?.items ?? []).map((c) => ({ value: c.key, label: c.name }))}
      />
      {rules.isPending && <LoadingRows rows={4} />}
      <ApiErrorAlert error={rules.error} />
      {rules.data && items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            {collection
              ? `${collectionName(collection)} has no rules yet.`
              : 'This app has no data rules yet.'}{' '}
            On a restricted collection that means only roles with Access All Data see its records.{' '}
            {canEdit ? 'Create a rule to open it to the people who need it.' : ''}
          </Text>
        </Card>
      )}
      {items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={760} type="native" tabIndex={0} role="region" aria-label="Rules">
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Rule</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Collection</Table.Th>
                  <Table.Th>Applies to</Table.Th>
                  <Table.Th>Covers</Table.Th>
                  <Table.Th miw={220}>Condition</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((rule) => (
                  <Table.Tr key={rule.id}>
                    <Table.Td>
                      <TextLink
                        to="/apps/$app/rules/$rule"
                        params={{ app: appId, rule: rule.id }}
                        fw={600}
                        size="sm"
                      >
                        {rule.name}
                      </TextLink>
                      {!rule.valid && (
                        <Badge color="red" variant="light" tt="none" ml="xs">
                          Broken: counts as false
                        </Badge>
                      )}
                      {rule.description && (
                        <Text size="xs" c="dimmed">
                          {rule.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {KIND_LABEL[rule.kind]}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{collectionName(rule.collection)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{appliesTo(rule, roleName)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{covers(rule)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {rule.condition ? (
                        <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                          {rule.condition}
                        </Code>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Every record
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="center">
            <Text size="sm" c="dimmed">
              {shownCount(items.length, 'rule')}
            </Text>
          </Group>
        </>
      )}
    </Stack>
  );
}
