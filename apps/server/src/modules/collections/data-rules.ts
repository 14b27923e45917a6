// The app's rule set as the engine takes it, read from data_rule and app_role.
import { ACTIONS, type Action, type DataGate, type Rule, type RuleSet } from '@charter/policy';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, DataRuleTable } from '../../db/schema.js';
import { DATA_EDIT_RIGHT, DATA_READ_RIGHT } from '../rights/catalogue.js';
import { roleRights } from '../tenancy/effective-permissions.js';
import type { AppSchema } from './app-schema.js';

type RuleRow = Selectable<DataRuleTable>;

// The coarse gate in front of the rules (DESIGN.md §3): no records read without app.data.read,
// no write without app.data.edit.
const DATA_GATE: DataGate = { read: DATA_READ_RIGHT, write: DATA_EDIT_RIGHT };

/**
 * The app's roles (with the rights their flags imply), collection switches, data rules and the
 * data gate; versioned by the app's policy version.
 */
export async function loadAppRuleSet(
  db: Kysely<DatabaseSchema>,
  appId: string,
  appSchema: AppSchema,
): Promise<RuleSet> {
  const [roles, rules] = await Promise.all([
    db
      .selectFrom('app_role')
      .select(['key', 'name', 'internal', 'builder', 'all_data', 'rights'])
      .where('app_id', '=', appId)
      .orderBy('key')
      .execute(),
    db
      .selectFrom('data_rule')
      .selectAll()
      .where('app_id', '=', appId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    version: String(appSchema.policyVersion),
    roles: roles.map((r) => ({
      key: r.key,
      name: r.name,
      internal: r.internal,
      builder: r.builder,
      allData: r.all_data,
      rights: roleRights({ rights: r.rights, builder: r.builder, allData: r.all_data }),
    })),
    collections: appSchema.collections,
    rules: rules.map((r) => toRule(r, appSchema.keyById)),
    gate: DATA_GATE,
  };
}

/** A stored rule as the engine's Rule; its collection by key. */
export function toRule(row: RuleRow, keyById: ReadonlyMap<string, string>): Rule {
  const base = {
    id: row.id,
    name: row.name,
    description: row.description,
    collection: keyById.get(row.collection_id) ?? row.collection_id,
    to: row.to,
  };
  const actions = row.actions.filter((a): a is Action => (ACTIONS as readonly string[]).includes(a));
  // A guard or field condition without a condition denies: fail closed.
  const condition = row.condition ?? 'false';
  switch (row.kind) {
    case 'grant': {
      const fields = row.fields && !Array.isArray(row.fields) ? { fields: row.fields } : {};
      return { ...base, kind: 'grant', actions, ...(row.condition ? { condition } : {}), ...fields };
    }
    case 'guard':
      return { ...base, kind: 'guard', actions, condition };
    case 'fieldCondition': {
      const fields = Array.isArray(row.fields) ? row.fields : [];
      return { ...base, kind: 'fieldCondition', fields, access: row.access ?? 'read', condition };
    }
  }
}
