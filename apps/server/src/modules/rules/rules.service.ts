import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, recordAppChange } from '../app-change/app-change.js';
import type { PreviewChange } from '../app-change/change-preview.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { resolveRule } from './rule-resolution.js';
import type { RuleDraft } from './rule-shape.js';
import { type RuleRow, toRuleView } from './rule-view.js';
import {
  deleteRuleRow,
  draftOf,
  findRuleRow,
  insertRuleRow,
  listRuleRows,
  type RuleColumns,
  ruleColumns,
  updateRuleRow,
} from './rules.repository.js';
import type { CreateRuleInput, RulePreview, RuleView, SavedRule, UpdateRuleInput } from './rules.schema.js';
import { loadStoredPolicy } from './stored-policy.js';

type Trx = Transaction<DatabaseSchema>;
const target = (id: string) => ({ type: 'data_rule', id });

/** The app's rules (optionally of one collection, by key), with current field names. */
export async function listRules(ctx: AppContext, appId: string, collection?: string): Promise<RuleView[]> {
  const appSchema = await loadAppSchema(ctx.database.db, appId);
  const entry = [...appSchema.keyById].find(([, key]) => key === collection);
  if (collection !== undefined && !entry) throw notFound('collection');
  const rows = await listRuleRows(ctx.database.db, appId, entry?.[0]);
  return rows.map((row) => toRuleView(row, appSchema));
}

/** One rule, with current field names. */
export async function getRule(ctx: AppContext, appId: string, ruleId: string): Promise<RuleView> {
  const row = await findRuleRow(ctx.database.db, appId, ruleId);
  return toRuleView(row, await loadAppSchema(ctx.database.db, appId));
}

/** Checks and stores a new rule; in force on the next request (the policy version moves with it). */
export async function createRule(
  ctx: AppContext,
  actor: AppActor,
  input: CreateRuleInput,
): Promise<SavedRule> {
  const id = randomUUID();
  const attempt = { action: 'app.rule.created', target: target(id) };
  return changeApp(ctx, actor, attempt, creation(ctx, actor, id, input));
}

/** Changes a rule (not its kind) and checks it again as a whole. `null` removes a grant's condition or fields. */
export async function updateRule(
  ctx: AppContext,
  actor: AppActor,
  ruleId: string,
  patch: UpdateRuleInput,
): Promise<SavedRule> {
  const attempt = { action: 'app.rule.updated', target: target(ruleId) };
  return changeApp(ctx, actor, attempt, update(ctx, actor, ruleId, patch));
}

/** Deletes a rule; what it granted is closed on the next request. */
export async function deleteRule(ctx: AppContext, actor: AppActor, ruleId: string): Promise<void> {
  const attempt = { action: 'app.rule.deleted', target: target(ruleId) };
  await changeApp(ctx, actor, attempt, deletion(ctx, actor, ruleId));
}

/**
 * A dry run of a create, update or delete: the same checks and errors as the real change, and
 * who would gain or lose what; nothing is saved and the policy version stays.
 */
export async function previewRuleChange(
  ctx: AppContext,
  actor: AppActor,
  change:
    | { kind: 'create'; input: CreateRuleInput }
    | { kind: 'update'; ruleId: string; patch: UpdateRuleInput }
    | { kind: 'delete'; ruleId: string },
  previewChange: PreviewChange,
): Promise<RulePreview> {
  const work =
    change.kind === 'create'
      ? creation(ctx, actor, randomUUID(), change.input)
      : change.kind === 'update'
        ? update(ctx, actor, change.ruleId, change.patch)
        : async (trx: Trx) => deletion(ctx, actor, change.ruleId)(trx).then(() => ({}));
  const { result, impact, pageWarnings } = await previewChange(actor.access.appId, work);
  const warnings = [...((result as Partial<SavedRule>).warnings ?? []), ...pageWarnings];
  // A deletion answers no warnings of its own; it lists the pages it would leave empty, if any.
  return {
    dryRun: true,
    impact,
    ...result,
    ...(warnings.length > 0 || 'rule' in result ? { warnings } : {}),
  };
}

function creation(ctx: AppContext, actor: AppActor, id: string, input: CreateRuleInput) {
  return async (trx: Trx): Promise<SavedRule> => {
    const saved = await saveDraft(trx, actor.access.appId, id, input, (columns) =>
      insertRuleRow(trx, actor.access.appId, id, columns),
    );
    await recordAppChange(
      ctx,
      actor,
      { action: 'app.rule.created', target: target(id), after: saved.rule },
      trx,
    );
    return saved;
  };
}

function update(ctx: AppContext, actor: AppActor, ruleId: string, patch: UpdateRuleInput) {
  const appId = actor.access.appId;
  return async (trx: Trx): Promise<SavedRule> => {
    const row = await findRuleRow(trx, appId, ruleId, true);
    const appSchema = await loadAppSchema(trx, appId);
    const before = toRuleView(row, appSchema);
    const draft = mergePatch(draftOf(row, before.collection), patch);
    const saved = await saveDraft(trx, appId, row.id, draft, (columns) =>
      updateRuleRow(trx, row.id, columns, ctx.clock.now()),
    );
    const change = { action: 'app.rule.updated', target: target(row.id), before, after: saved.rule };
    await recordAppChange(ctx, actor, change, trx);
    return saved;
  };
}

function deletion(ctx: AppContext, actor: AppActor, ruleId: string) {
  const appId = actor.access.appId;
  return async (trx: Trx): Promise<void> => {
    const row = await findRuleRow(trx, appId, ruleId, true);
    const before = toRuleView(row, await loadAppSchema(trx, appId));
    await deleteRuleRow(trx, row.id);
    await recordAppChange(ctx, actor, { action: 'app.rule.deleted', target: target(row.id), before }, trx);
  };
}

// Resolves the draft against the model as it is inside the change's lock, then writes it.
async function saveDraft(
  trx: Trx,
  appId: string,
  id: string,
  draft: RuleDraft,
  write: (columns: RuleColumns) => Promise<RuleRow>,
): Promise<SavedRule> {
  const { schema: appSchema, ruleSet } = await loadStoredPolicy(trx, appId);
  const { rule, collectionId, warnings } = resolveRule(id, draft, appSchema, ruleSet);
  const row = await write(ruleColumns(rule, collectionId));
  return { rule: toRuleView(row, appSchema), warnings };
}

function mergePatch(draft: RuleDraft, patch: UpdateRuleInput): RuleDraft {
  const { condition, fields, ...rest } = patch;
  const merged: RuleDraft = { ...draft, ...withoutUndefined(rest) };
  if (condition === null) delete merged.condition;
  else if (condition !== undefined) merged.condition = condition;
  if (fields === null) delete merged.fields;
  else if (fields !== undefined) merged.fields = fields;
  return merged;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
