import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import type { Collection } from '../../../api/data-model.js';
import {
  ACTIONS,
  AUDIENCES,
  type Audience,
  type Impact,
  previewRule,
  RULE_KINDS,
  type RuleIssue,
  type RuleKind,
  type RulePreview,
  ruleIssues,
  rulesKey,
  saveRule,
} from '../../../api/rules.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import {
  applyChoice,
  CelEditor,
  type CelProblem,
  replaceableChoices,
} from '../../../components/cel-editor/cel-editor.js';
import { notifyDone } from '../../../components/notify.js';
import {
  CheckingBadge,
  CONFIRM_RECORDS,
  CONFIRM_RULE,
  confirmationReason,
  ImpactPreview,
} from './impact-preview.js';
import { bodyOf, FIELD_ACTIONS, type RuleValues, vocabularyOf } from './rule-values.js';
import { templatesFor } from './templates.js';

export interface RuleFormContext {
  appId: string;
  collections: Collection[];
  attributes: { name: string; type: string }[];
  roles: { key: string; name: string; allData: boolean }[];
  rights: string[];
  /** Names of the app's people by account id, when the caller may list them. */
  names?: Map<string, string> | undefined;
}

const ACTION_LABEL: Record<string, string> = {
  read: 'Read',
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
};

const CONDITION_HELP: Record<RuleKind, string> = {
  grant: 'Optional. The grant opens the records where this holds; without a condition, every record.',
  guard: 'The records stay open only where this holds, whatever the grants open.',
  fieldCondition: 'The fields stay open only on the records where this holds.',
};

/**
 * The rule editor: kind, whom it applies to, actions and fields, and the condition, type-checked
 * and measured by the API's dry run as you type; saving states the impact first.
 */
export function RuleForm({
  context,
  ruleId,
  initial,
  canEdit,
  initialTemplate,
}: {
  context: RuleFormContext;
  ruleId: string | null;
  initial: RuleValues;
  canEdit: boolean;
  initialTemplate?: string | undefined;
}) {
  const { appId, collections } = context;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<RuleValues>(() => withTemplate(initial, initialTemplate, context));
  const [template, setTemplate] = useState<string | null>(
    () => findTemplate(initial.collection, initialTemplate, context)?.id ?? null,
  );
  const [confirming, setConfirming] = useState<Impact | null>(null);
  const set = (patch: Partial<RuleValues>) => setValues((v) => ({ ...v, ...patch }));
  const collection = collections.find((c) => c.key === values.collection);
  const fieldChoices = (collection?.fields ?? []).map((f) => ({ value: f.name, label: f.label || f.name }));

  const body = useMemo(() => bodyOf(values, true), [values]);
  // An edit that changes nothing yet has no impact to show; it is still checked (a stored rule may have broken).
  const untouched = ruleId !== null && JSON.stringify(body) === JSON.stringify(bodyOf(initial, true));
  const [checked] = useDebouncedValue(body, 500);
  const previewKey = JSON.stringify(checked);
  const preview = useQuery({
    queryKey: [...rulesKey(appId), 'preview', ruleId ?? 'new', previewKey],
    queryFn: () => previewRule(appId, ruleId, checked),
    enabled: canEdit && Boolean(checked.collection),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
  const current = JSON.stringify(body) === previewKey;
  const issues = ruleIssues(preview.error);
  const conditionIssues = issues.filter((i) => i.field === 'condition');
  const otherIssues = issues.filter((i) => i.field !== 'condition');
  // Positions are only meaningful on the text they were found in.
  const problems: CelProblem[] =
    checked.condition === body.condition
      ? conditionIssues
          .filter((i): i is RuleIssue & { position: { start: number; end: number } } => Boolean(i.position))
          .map((i) => ({
            from: i.position.start,
            to: i.position.end,
            message: i.message,
            expected: i.expected,
          }))
      : [];

  const vocabulary = useMemo(
    () =>
      vocabularyOf(
        values.collection,
        collections,
        context.attributes,
        context.roles.map((r) => r.key),
        context.rights,
      ),
    [values.collection, collections, context.attributes, context.roles, context.rights],
  );
  const templates = templatesFor(collection, collections, context.attributes);

  const save = useMutation({
    mutationFn: () => saveRule(appId, ruleId, bodyOf(values)),
    onSuccess: async (saved) => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: rulesKey(appId) });
      notifyDone(ruleId ? 'Rule saved' : 'Rule created', `${saved.rule.name} applies from the next request.`);
      if (saved.warnings.length > 0) {
        notifications.show({
          color: 'yellow',
          autoClose: false,
          title: 'Charter has doubts about this rule',
          message: saved.warnings.map((w) => w.message).join(' '),
        });
      }
      if (!ruleId)
        await navigate({ to: '/apps/$app/rules/$rule', params: { app: appId, rule: saved.rule.id } });
    },
  });

  /** Saves, asking first when the change is large; the impact is measured again if it is stale. */
  const requestSave = async () => {
    let impact = current ? preview.data?.impact : undefined;
    if (!impact) {
      try {
        const fresh: RulePreview = await queryClient.fetchQuery({
          queryKey: [...rulesKey(appId), 'preview', ruleId ?? 'new', JSON.stringify(body)],
          queryFn: () => previewRule(appId, ruleId, body),
          retry: false,
        });
        impact = fresh.impact;
      } catch {
        // The save itself reports what is wrong.
      }
    }
    if (impact && confirmationReason(impact)) setConfirming(impact);
    else save.mutate();
  };

  const applyTemplate = (id: string | null) => {
    setTemplate(id);
    setValues((v) => withTemplate(v, id ?? undefined, context));
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          {!ruleId && canEdit && (
            <Select
              label="Start from a template"
              description="Fills the form with the usual shape of this rule for the chosen collection."
              placeholder={collection ? 'Pick a template' : 'Choose a collection first'}
              disabled={!collection}
              clearable
              value={template}
              onChange={applyTemplate}
              data={templates.map((t) => ({
                value: t.id,
                label: t.unavailable ? `${t.label} (${t.unavailable})` : t.label,
                disabled: Boolean(t.unavailable),
              }))}
            />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="rule-kind-label">
              Kind
            </Text>
            <SegmentedControl
              aria-labelledby="rule-kind-label"
              value={values.kind}
              disabled={!canEdit || Boolean(ruleId)}
              onChange={(kind) => set({ kind: kind as RuleKind })}
              data={RULE_KINDS.map((k) => ({ value: k.value, label: k.label }))}
            />
            <Text size="xs" c="dimmed">
              {RULE_KINDS.find((k) => k.value === values.kind)?.help}
              {ruleId && ' A saved rule keeps its kind.'}
            </Text>
          </Stack>
          <Select
            label="Collection"
            required
            allowDeselect={false}
            readOnly={!canEdit}
            value={values.collection || null}
            onChange={(c) => set({ collection: c ?? '', fields: {}, closedFields: [] })}
            data={collections.map((c) => ({ value: c.key, label: c.name }))}
          />
          <Checkbox.Group
            label="Roles"
            description="Whom it applies to: these roles, an audience below, or both. Roles with Access All Data bypass every rule."
            value={values.roles}
            onChange={(roles) => set({ roles })}
          >
            <Group mt={6}>
              {context.roles.map((r) => (
                <Checkbox
                  key={r.key}
                  value={r.key}
                  label={r.allData ? `${r.name} (Access All Data)` : r.name}
                  disabled={!canEdit || (r.allData && !values.roles.includes(r.key))}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <Select
            label="Audience"
            description="Everyone signed in, internal or external users, or visitors not signed in."
            placeholder="No audience"
            clearable={canEdit}
            readOnly={!canEdit}
            value={values.audience}
            onChange={(a) => set({ audience: (a as Audience | null) ?? null })}
            data={AUDIENCES.map((a) => ({ value: a.value, label: a.label }))}
            maw={360}
          />
          {values.kind !== 'fieldCondition' ? (
            <Checkbox.Group
              label="Actions"
              value={values.actions}
              onChange={(a) => set({ actions: ACTIONS.filter((x) => a.includes(x)) })}
            >
              <Group mt={6}>
                {ACTIONS.map((a) => (
                  <Checkbox key={a} value={a} label={ACTION_LABEL[a]} disabled={!canEdit} />
                ))}
              </Group>
            </Checkbox.Group>
          ) : (
            <FieldConditionFields values={values} set={set} choices={fieldChoices} canEdit={canEdit} />
          )}
          {values.kind === 'grant' &&
            FIELD_ACTIONS.filter((a) => values.actions.includes(a)).map((action) => (
              <GrantFieldList
                key={action}
                action={action}
                list={values.fields[action]}
                choices={fieldChoices}
                canEdit={canEdit}
                onChange={(list) => {
                  const fields = { ...values.fields };
                  if (list) fields[action] = list;
                  else delete fields[action];
                  set({ fields });
                }}
              />
            ))}
          <Stack gap={4}>
            <CelEditor
              label="Condition"
              description={`${CONDITION_HELP[values.kind]} Type record., user. or a function name for suggestions (Ctrl+Space).`}
              value={values.condition}
              onChange={(condition) => set({ condition })}
              vocabulary={vocabulary}
              problems={problems}
              readOnly={!canEdit}
              placeholder={values.kind === 'grant' ? 'Every record' : 'record.createdBy == user.id'}
            />
            {checked.condition === body.condition &&
              conditionIssues.map((issue) => (
                <ConditionIssue
                  key={`${issue.code}-${issue.position?.start ?? ''}`}
                  issue={issue}
                  marked={
                    issue.position ? values.condition.slice(issue.position.start, issue.position.end) : ''
                  }
                  onChoose={(choice) => {
                    if (!issue.position) return;
                    set({
                      condition: applyChoice(
                        values.condition,
                        { from: issue.position.start, to: issue.position.end, message: issue.message },
                        choice,
                      ),
                    });
                  }}
                />
              ))}
          </Stack>
          <TextInput
            label="Name"
            required
            readOnly={!canEdit}
            value={values.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            readOnly={!canEdit}
            value={values.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
          />
          {otherIssues.length > 0 && (
            <Alert color="red" title="Not ready to save" role="status">
              <List size="sm">
                {otherIssues.map((i) => (
                  <List.Item key={`${i.field}-${i.message}`}>
                    {fieldLabel(i.field)}: {i.message}
                    {i.expected && i.expected.length > 0 && ` (valid: ${i.expected.join(', ')})`}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {preview.error && issues.length === 0 && (
            <ApiErrorAlert error={preview.error} title="The rule could not be checked" />
          )}
          {canEdit && (
            <>
              <ApiErrorAlert error={save.error && ruleIssues(save.error).length === 0 ? save.error : null} />
              {save.error && ruleIssues(save.error).length > 0 && (
                <Alert color="red" title="The rule was not saved" role="alert">
                  <List size="sm">
                    {ruleIssues(save.error).map((i) => (
                      <List.Item key={`${i.field}-${i.message}`}>
                        {fieldLabel(i.field)}: {i.message}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              <Group justify="flex-end">
                <Button
                  onClick={requestSave}
                  loading={save.isPending}
                  disabled={!values.name.trim() || !values.collection}
                >
                  {ruleId ? 'Save rule' : 'Create rule'}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        {canEdit && (
          <Paper withBorder p="md" style={{ position: 'sticky', top: 'var(--app-shell-header-height, 0px)' }}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  Measured on the app’s users and records as they are now.
                </Text>
                <CheckingBadge checking={!untouched && (preview.isFetching || !current)} />
              </Group>
              {!values.collection && <Text size="sm">Choose a collection to see who this rule affects.</Text>}
              {untouched && (
                <Text size="sm">Change the rule to see who would gain or lose what before you save it.</Text>
              )}
              {preview.data && !preview.error && (preview.data.warnings ?? []).length > 0 && (
                <Alert color="orange" title="Charter has doubts about this rule" role="status">
                  <List size="sm">
                    {(preview.data.warnings ?? []).map((w) => (
                      <List.Item key={`${w.code}-${w.message}`}>{w.message}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {!untouched && preview.data && !preview.error && (
                <ImpactPreview impact={preview.data.impact} names={context.names} />
              )}
              {!untouched && preview.error && (
                <Text size="sm" c="dimmed">
                  The impact shows once the rule checks.
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {CONFIRM_RULE}
              </Text>
            </Stack>
          </Paper>
        )}
      </Grid.Col>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={ruleId ? 'Save this change?' : 'Create this rule?'}
        size="lg"
      >
        {confirming && (
          <Stack gap="sm">
            <Text size="sm">
              Someone loses a field, or gains or loses read access to more than {CONFIRM_RECORDS} records.
              Read what changes, then confirm.
            </Text>
            <ImpactPreview
              impact={confirming}
              names={context.names}
              heading="What changes when you confirm"
            />
            <ApiErrorAlert error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                Keep editing
              </Button>
              <Button color="red" onClick={() => save.mutate()} loading={save.isPending}>
                {ruleId ? 'Confirm and save' : 'Confirm and create'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Grid>
  );
}

const FIELD_LABELS: Record<string, string> = {
  to: 'Roles or audience',
  'to.roles': 'Roles',
  'to.audience': 'Audience',
  actions: 'Actions',
  fields: 'Fields',
  access: 'Access',
  name: 'Name',
  collection: 'Collection',
  condition: 'Condition',
};

function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? (field.startsWith('fields') ? `Fields (${field.slice(7) || 'all'})` : field);
}

/** A type error in the condition, with the valid choices as one-click fixes. */
function ConditionIssue({
  issue,
  marked,
  onChoose,
}: {
  issue: RuleIssue;
  marked: string;
  onChoose: (choice: string) => void;
}) {
  const problem = { from: 0, to: 0, message: issue.message, expected: issue.expected };
  const choices = issue.position ? replaceableChoices(problem, marked) : [];
  return (
    <Alert color="red" variant="light" p="xs" role="alert" aria-label="Condition error">
      <Text size="sm">{issue.message}</Text>
      {choices.length > 0 && (
        <Group gap={6} mt={6}>
          <Text size="xs" c="dimmed">
            Valid here:
          </Text>
          {choices.map((choice) => (
            <Button
              key={choice}
              size="compact-xs"
              variant="default"
              onClick={() => onChoose(choice)}
              aria-label={`Use ${choice}`}
            >
              {choice}
            </Button>
          ))}
        </Group>
      )}
    </Alert>
  );
}

/** One action's field list in a grant: every field, or only those ticked. */
function GrantFieldList({
  action,
  list,
  choices,
  canEdit,
  onChange,
}: {
  action: string;
  list: string[] | undefined;
  choices: { value: string; label: string }[];
  canEdit: boolean;
  onChange: (list: string[] | undefined) => void;
}) {
  const verb = ACTION_LABEL[action]?.toLowerCase() ?? action;
  return (
    <Stack gap={6}>
      <Checkbox
        label={`Every field to ${verb}`}
        description={list ? 'Only the fields ticked below.' : 'Untick to open only some fields.'}
        checked={!list}
        disabled={!canEdit}
        onChange={(e) => onChange(e.currentTarget.checked ? undefined : choices.map((c) => c.value))}
      />
      {list && (
        <Checkbox.Group label={`Fields to ${verb}`} value={list} onChange={onChange} pl="lg">
          <Group mt={4} gap="sm">
            {choices.map((c) => (
              <Checkbox key={c.value} value={c.value} label={c.label} disabled={!canEdit} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    </Stack>
  );
}

/** A field condition's fields and whether it closes reading or writing them. */
function FieldConditionFields({
  values,
  set,
  choices,
  canEdit,
}: {
  values: RuleValues;
  set: (patch: Partial<RuleValues>) => void;
  choices: { value: string; label: string }[];
  canEdit: boolean;
}) {
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="rule-access-label">
          The fields are
        </Text>
        <SegmentedControl
          aria-labelledby="rule-access-label"
          value={values.access}
          disabled={!canEdit}
          onChange={(access) => set({ access: access as 'read' | 'write' })}
          data={[
            { value: 'read', label: 'Readable only where' },
            { value: 'write', label: 'Writable only where' },
          ]}
        />
      </Stack>
      <Checkbox.Group
        label="Fields it closes"
        value={values.closedFields}
        onChange={(closedFields) => set({ closedFields })}
      >
        <Group mt={4} gap="sm">
          {choices.map((c) => (
            <Checkbox key={c.value} value={c.value} label={c.label} disabled={!canEdit} />
          ))}
        </Group>
      </Checkbox.Group>
    </>
  );
}

/** A template by id; `linked-to-me` alone means the first link to users. */
function findTemplate(collectionKey: string, id: string | undefined, context: RuleFormContext) {
  if (!id) return undefined;
  const collection = context.collections.find((c) => c.key === collectionKey);
  return templatesFor(collection, context.collections, context.attributes).find(
    (t) => !t.unavailable && (t.id === id || t.id.startsWith(`${id}:`)),
  );
}

/** The form with a template's shape filled in; whom it applies to stays unless the template says. */
function withTemplate(values: RuleValues, id: string | undefined, context: RuleFormContext): RuleValues {
  const template = findTemplate(values.collection, id, context);
  if (!template?.fill) return values;
  const { fill } = template;
  return {
    ...values,
    kind: fill.kind,
    name: fill.name,
    description: fill.description,
    actions: fill.actions,
    condition: fill.condition,
    fields: {},
    ...(fill.audience && values.roles.length === 0 ? { audience: fill.audience } : {}),
  };
}
