// A stored rule as builders read it: conditions and field lists with the fields' current names.
import { indexSchema, type SchemaIndex, toDisplayCondition, tryCheckCondition } from '@charter/policy';
import type { Selectable } from 'kysely';
import type { DataRuleTable } from '../../db/schema.js';
import type { AppSchema } from '../data-model/app-schema.js';
import type { RuleView } from './rules.schema.js';

/** A data_rule row. */
export type RuleRow = Selectable<DataRuleTable>;

/** The API view of a rule; a rule the schema no longer supports keeps its stored text and is not valid. */
export function toRuleView(row: RuleRow, appSchema: AppSchema): RuleView {
  const index = indexSchema(appSchema.schema);
  const collection = appSchema.keyById.get(row.collection_id) ?? row.collection_id;
  const shown = displayCondition(row.condition, index, collection);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    collection,
    to: row.to,
    actions: row.actions,
    condition: shown.text,
    fields: displayFields(row.fields, index, collection),
    access: row.access,
    valid: shown.valid,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function displayCondition(stored: string | null, schema: SchemaIndex, collection: string) {
  if (stored === null) return { text: null, valid: true };
  const ctx = { schema, collection };
  if (!tryCheckCondition(stored, ctx).ok) return { text: stored, valid: false };
  return { text: toDisplayCondition(stored, ctx), valid: true };
}

function displayFields(
  fields: RuleRow['fields'],
  schema: SchemaIndex,
  collection: string,
): RuleView['fields'] {
  if (fields === null) return null;
  const byId = schema.collections.get(collection)?.byId;
  const names = (ids: readonly string[]) => ids.map((id) => byId?.get(id)?.name ?? id);
  if (Array.isArray(fields)) return names(fields);
  return Object.fromEntries(Object.entries(fields).map(([action, ids]) => [action, names(ids)]));
}
