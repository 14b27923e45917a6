// Per-field masks: which fields a row exposes (read) or accepts (create, update), per DESIGN.md §4.5.
import type { Expr } from '../check/ir.js';
import type { Action } from '../model/rule-set.js';
import type { FieldDef } from '../model/schema.js';
import type { CollectionIndex } from '../model/schema-index.js';
import type { FieldMask } from '../plan/access-plan.js';
import type { CompiledFieldCondition } from '../plan/compile-rules.js';
import { isConst, simplifyLogic, TRUE } from '../plan/fold.js';
import type { AppliedRule, ResolvedRules } from '../plan/resolve-rules.js';

/** The fields an action can touch: every field for read, non-system fields for writes, none for delete. */
export function candidateFields(collection: CollectionIndex, action: Action): readonly FieldDef[] {
  if (action === 'delete') return [];
  if (action === 'read') return collection.fields;
  return collection.fields.filter((f) => !f.system);
}

/** Every candidate field, always accessible: the allData bypass. */
export function allFieldMasks(collection: CollectionIndex, action: Action): Map<string, FieldMask> {
  return new Map(candidateFields(collection, action).map((field) => [field.name, { field, mask: TRUE }]));
}

/**
 * An unrestricted collection: every field on every row, except where a field condition on it
 * fails there (Ninox: "if you restrict any field … the new restriction is also valid").
 */
export function openFieldMasks(
  collection: CollectionIndex,
  action: Action,
  fieldConditions: readonly AppliedRule<CompiledFieldCondition>[],
): Map<string, FieldMask> {
  const masks = new Map<string, FieldMask>();
  for (const field of candidateFields(collection, action)) {
    const mask = alwaysReadableId(action, field) ?? simplifyLogic('and', closing(field, fieldConditions));
    if (!isConst(mask, false) && !isConst(mask, null)) masks.set(field.name, { field, mask });
  }
  return masks;
}

/**
 * A field is accessible on a row when some unit whose grants hold there lists it, and every field
 * condition on it holds. Masks are evaluated only on rows that pass the plan, so a field that every
 * granting unit lists needs no grant condition at all.
 */
export function computeFieldMasks(
  collection: CollectionIndex,
  action: Action,
  resolved: ResolvedRules,
): Map<string, FieldMask> {
  const masks = new Map<string, FieldMask>();
  const units = resolved.unitGrants.filter(
    (u) => !isConst(u.condition, false) && !isConst(u.condition, null),
  );
  for (const field of candidateFields(collection, action)) {
    const id = alwaysReadableId(action, field);
    if (id) {
      masks.set(field.name, { field, mask: id });
      continue;
    }
    const holders = units.filter((u) => u.fields === null || u.fields.has(field));
    if (holders.length === 0) continue;
    const grantPart =
      holders.length === units.length
        ? TRUE
        : simplifyLogic(
            'or',
            holders.map((h) => h.condition),
          );
    const mask = simplifyLogic('and', [grantPart, ...closing(field, resolved.fieldConditions)]);
    if (isConst(mask, false) || isConst(mask, null)) continue;
    masks.set(field.name, { field, mask });
  }
  return masks;
}

/** A row's id is readable wherever the row is: it is how the row is named. */
function alwaysReadableId(action: Action, field: FieldDef): Expr | null {
  return action === 'read' && field.id === 'id' ? TRUE : null;
}

/** The conditions of the field conditions on a field; each must hold for it to be accessible. */
function closing(field: FieldDef, fieldConditions: readonly AppliedRule<CompiledFieldCondition>[]): Expr[] {
  return fieldConditions.filter((fc) => fc.compiled.fields.has(field)).map((fc) => fc.condition);
}
