import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { fetchAppUsersPage } from '../../../api/app-users.js';
import { api, unwrap } from '../../../api/client.js';
import { collectionsQuery, DATA_MODEL_EDIT } from '../../../api/data-model.js';
import { rightsCatalogueQuery } from '../../../api/rights.js';
import { attributesQuery, customRightsQuery, rolesQuery } from '../../../api/roles.js';
import { RULE_KINDS, type RulePreview, ruleQuery, rulesKey } from '../../../api/rules.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { ImpactPreview } from './impact-preview.js';
import { RuleForm, type RuleFormContext } from './rule-form.js';
import { emptyValues, type RuleValues, valuesOf } from './rule-values.js';

const newRoute = getRouteApi('/signed-in/apps/$app/rules/new');
const editRoute = getRouteApi('/signed-in/apps/$app/rules/$rule');

/** What the editor needs to know about the app: collections, attributes, roles, rights, people. */
function useFormContext(appId: string): { context: RuleFormContext | null; error: unknown } {
  const { canApp } = useWorkspace();
  const collections = useQuery(collectionsQuery(appId));
  const attributes = useQuery(attributesQuery(appId));
  const roles = useQuery(rolesQuery(appId));
  const rights = useQuery(customRightsQuery(appId));
  const catalogue = useQuery(rightsCatalogueQuery);
  // Names beside emails in the impact, for those who may list the app's users.
  const people = useQuery({
    queryKey: ['apps', appId, 'users', 'names'],
    queryFn: () => fetchAppUsersPage(appId, {}, undefined),
    enabled: canApp('company.users.manage'),
    retry: false,
  });
  const context = useMemo<RuleFormContext | null>(() => {
    if (!collections.data || !attributes.data || !roles.data || !rights.data) return null;
    return {
      appId,
      collections: collections.data.items,
      attributes: attributes.data.items,
      roles: roles.data.items.map((r) => ({ key: r.key, name: r.name, allData: r.allData })),
      // user.rights holds the app's backoffice rights and its custom rights.
      rights: [...(catalogue.data?.app ?? []).map((r) => r.key), ...rights.data.items.map((r) => r.key)],
      names: people.data ? new Map(people.data.items.map((u) => [u.accountId, u.name])) : undefined,
    };
  }, [appId, collections.data, attributes.data, roles.data, rights.data, catalogue.data, people.data]);
  return { context, error: collections.error ?? attributes.error ?? roles.error ?? rights.error };
}

function BackLink({ appId, collection }: { appId: string; collection?: string | undefined }) {
  return (
    <TextLink
      to="/apps/$app/rules"
      params={{ app: appId }}
      search={collection ? { collection } : {}}
      size="sm"
    >
      ← Rules
    </TextLink>
  );
}

/** A new rule, shaped by the address: `?collection=&kind=&role=&audience=&action=&template=`. */
export function NewRulePage() {
  const { app: appId } = newRoute.useParams();
  const search = newRoute.useSearch();
  const canEdit = useWorkspace().canApp(DATA_MODEL_EDIT);
  const { context, error } = useFormContext(appId);
  const initial: RuleValues = {
    ...emptyValues(search.collection ?? ''),
    ...(search.kind ? { kind: search.kind } : {}),
    ...(search.role ? { roles: [search.role] } : {}),
    ...(search.audience ? { audience: search.audience } : {}),
    ...(search.action ? { actions: [search.action] } : {}),
  };
  return (
    <Stack maw={1300}>
      <BackLink appId={appId} collection={search.collection} />
      <PageHeader
        title="New rule"
        description="Write the rule; Charter checks the condition and shows who gains and loses what before you save."
      />
      {!canEdit && (
        <Alert color="orange" title="You cannot create rules">
          <Text size="sm">Creating rules needs the right app.dataformats.edit.</Text>
        </Alert>
      )}
      <ApiErrorAlert error={error} />
      {!context && !error && <LoadingRows rows={6} />}
      {context && canEdit && (
        <RuleForm
          context={context}
          ruleId={null}
          initial={initial}
          canEdit
          initialTemplate={search.template}
        />
      )}
    </Stack>
  );
}

/** One rule: edited by those who may change rules, read by the others; delete shows its impact. */
export function RulePage() {
  const { app: appId, rule: ruleId } = editRoute.useParams();
  const canEdit = useWorkspace().canApp(DATA_MODEL_EDIT);
  const rule = useQuery(ruleQuery(appId, ruleId));
  const { context, error } = useFormContext(appId);
  const [deleting, setDeleting] = useState(false);
  return (
    <Stack maw={1300}>
      <BackLink appId={appId} collection={rule.data?.collection} />
      <PageHeader
        title={rule.data?.name ?? 'Rule'}
        description={
          rule.data
            ? `${RULE_KINDS.find((k) => k.value === rule.data.kind)?.label} on ${rule.data.collection}. ${
                canEdit
                  ? 'Changes are checked and measured as you type; nothing applies until you save.'
                  : 'You can read this rule. Changing it needs the right app.dataformats.edit.'
              }`
            : undefined
        }
        actions={
          canEdit &&
          rule.data && (
            <Button
              color="red"
              variant="light"
              leftSection={<Trash2 size={16} />}
              onClick={() => setDeleting(true)}
            >
              Delete rule
            </Button>
          )
        }
      />
      {rule.data && !rule.data.valid && (
        <Alert color="red" title="This rule no longer checks">
          <Text size="sm">
            The data model changed under it, so it counts as false until it is fixed. The error below says
            where.
          </Text>
        </Alert>
      )}
      <ApiErrorAlert error={rule.error ?? error} />
      {(rule.isPending || (!context && !error)) && <LoadingRows rows={6} />}
      {rule.data && context && (
        <RuleForm
          key={rule.data.updatedAt.toString()}
          context={context}
          ruleId={ruleId}
          initial={valuesOf(rule.data)}
          canEdit={canEdit}
        />
      )}
      <Modal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={`Delete the rule ${rule.data?.name ?? ''}?`}
        size="lg"
      >
        {deleting && (
          <DeleteRule
            appId={appId}
            ruleId={ruleId}
            names={context?.names}
            onClose={() => setDeleting(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** Deleting a rule: its impact first (what it opened closes, what it closed opens), then the delete. */
function DeleteRule({
  appId,
  ruleId,
  names,
  onClose,
}: {
  appId: string;
  ruleId: string;
  names: Map<string, string> | undefined;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const preview = useQuery({
    queryKey: [...rulesKey(appId), ruleId, 'delete-preview'],
    queryFn: () =>
      unwrap(
        api.DELETE('/api/apps/{app}/rules/{rule}', {
          params: { path: { app: appId, rule: ruleId }, query: { dryRun: 'true' } },
        }),
      ) as unknown as Promise<RulePreview>,
    retry: false,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/apps/{app}/rules/{rule}', { params: { path: { app: appId, rule: ruleId } } })),
    onSuccess: async () => {
      onClose();
      await navigate({ to: '/apps/$app/rules', params: { app: appId } });
      queryClient.removeQueries({ queryKey: [...rulesKey(appId), ruleId] });
      await queryClient.invalidateQueries({ queryKey: rulesKey(appId) });
      notifyDone(
        'Rule deleted',
        'What it opened is closed, and what it closed is open, from the next request.',
      );
    },
  });
  return (
    <Stack gap="sm">
      {preview.isPending && <LoadingRows rows={2} />}
      <ApiErrorAlert error={preview.error} title="The impact could not be measured" />
      {preview.data && (
        <ImpactPreview impact={preview.data.impact} names={names} heading="Impact if you delete" />
      )}
      <ApiErrorAlert error={remove.error} title="The rule was not deleted" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
          Delete rule
        </Button>
      </Group>
    </Stack>
  );
}
