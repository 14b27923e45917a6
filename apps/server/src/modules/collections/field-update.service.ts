import { isManyLink } from '@charter/policy';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { validationError } from '../../http/app-error.js';
import type { AppActor } from '../app-change/app-actor.js';
import { recordAppChange } from '../app-change/app-change.js';
import {
  type CollectionRow,
  type FieldRow,
  findFieldRow,
  tableOf,
} from '../data-model/data-model.repository.js';
import type { FieldView } from './collections.schema.js';
import { changeDataModel } from './data-model-change.js';
import { applyConstraints, assertChoicesUnused } from './field-constraints.js';
import { fieldSpecIssues } from './field-spec.js';
import type { UpdateFieldInput } from './fields.schema.js';
import { assertNameFree, editableCollection, fieldView } from './fields.service.js';
import { setColumnDefault, storageOf } from './storage-ddl.js';

type Trx = Transaction<DatabaseSchema>;

/**
 * Renames a field (metadata only: the column and stored rules use its id), relabels it, changes its
 * required / unique / default constraints or a select's choices. Type and link target stay.
 */
export async function updateField(
  ctx: AppContext,
  actor: AppActor,
  collectionRef: string,
  fieldRef: string,
  patch: UpdateFieldInput,
): Promise<FieldView> {
  const appId = actor.access.appId;
  return changeDataModel(ctx, actor, async (trx) => {
    const collection = await editableCollection(trx, appId, collectionRef);
    const before = await findFieldRow(trx, collection.id, fieldRef, true);
    await checkPatch(trx, collection, before, patch);
    const beforeView = await fieldView(trx, appId, before);
    const after = await writePatch(ctx, trx, before, patch);
    const table = tableOf(collection);
    if (patch.default !== undefined && !isManyLink(after))
      await setColumnDefault(trx, table, storageOf(after));
    await applyConstraints(trx, table, after, { required: before.required, unique: before.is_unique });
    const view = await fieldView(trx, appId, after);
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.field.updated',
        target: { type: 'collection_field', id: after.id },
        before: beforeView,
        after: view,
        details: { collection: collection.key },
      },
      trx,
    );
    return view;
  });
}

/** The field's constraints after the patch. */
function patched(before: FieldRow, patch: UpdateFieldInput) {
  return {
    type: before.type,
    choices: patch.options ?? before.options.choices,
    default: patch.default !== undefined ? patch.default : before.default_value,
    unique: patch.unique ?? before.is_unique,
  };
}

// Refusals come before any write: a taken name, a spec that does not fit, choices still held.
async function checkPatch(trx: Trx, collection: CollectionRow, before: FieldRow, patch: UpdateFieldInput) {
  if (patch.name !== undefined && patch.name !== before.name)
    await assertNameFree(trx, collection.id, patch.name);
  const issues = fieldSpecIssues(patched(before, patch));
  if (issues.length > 0) throw validationError(issues);
  if (patch.options) {
    const dropped = (before.options.choices ?? []).filter((c) => !patch.options?.includes(c));
    await assertChoicesUnused(trx, tableOf(collection), before, dropped);
  }
}

async function writePatch(ctx: AppContext, trx: Trx, before: FieldRow, patch: UpdateFieldInput) {
  const next = patched(before, patch);
  return trx
    .updateTable('collection_field')
    .set({
      name: patch.name ?? before.name,
      label: patch.label ?? before.label,
      required: patch.required ?? before.required,
      is_unique: next.unique,
      default_value: next.default == null ? null : JSON.stringify(next.default),
      options: JSON.stringify({ ...before.options, ...(next.choices ? { choices: next.choices } : {}) }),
      updated_at: ctx.clock.now(),
    })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
