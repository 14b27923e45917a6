import { isManyLink } from '@charter/policy';
import type { AppContext } from '../../context.js';
import { validationError } from '../../http/app-error.js';
import type { AppActor } from '../apps/app-actor.js';
import { recordAppChange } from '../apps/app-audit.js';
import { findFieldRow, storageOf, tableOf } from './collections.repository.js';
import type { FieldView } from './collections.schema.js';
import { changeDataModel } from './data-model-change.js';
import { applyConstraints, assertChoicesUnused } from './field-constraints.js';
import { fieldSpecIssues } from './field-spec.js';
import type { UpdateFieldInput } from './fields.schema.js';
import { assertNameFree, editableCollection, fieldView } from './fields.service.js';
import { setColumnDefault } from './storage-ddl.js';

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
    if (patch.name !== undefined && patch.name !== before.name)
      await assertNameFree(trx, collection.id, patch.name);
    const choices = patch.options ?? before.options.choices;
    const fallback = patch.default !== undefined ? patch.default : before.default_value;
    const unique = patch.unique ?? before.is_unique;
    const issues = fieldSpecIssues({ type: before.type, unique, default: fallback, choices });
    if (issues.length > 0) throw validationError(issues);
    const table = tableOf(collection);
    if (patch.options) {
      const dropped = (before.options.choices ?? []).filter((c) => !patch.options?.includes(c));
      await assertChoicesUnused(trx, table, before, dropped);
    }
    const beforeView = await fieldView(trx, appId, before);
    const after = await trx
      .updateTable('collection_field')
      .set({
        name: patch.name ?? before.name,
        label: patch.label ?? before.label,
        required: patch.required ?? before.required,
        is_unique: unique,
        default_value: fallback == null ? null : JSON.stringify(fallback),
        options: JSON.stringify({ ...before.options, ...(patch.options ? { choices: patch.options } : {}) }),
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
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
