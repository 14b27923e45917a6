// The rule table: reading and writing data_rule rows of one app, and the app's rule set as the
// engine takes it (its roles, collection switches, data rules and data gate).
import { ACTIONS, type Action, type DataGate, type Rule, type RuleSet } from '@charter/policy';
import type { Insertable, Kysely } from 'kysely';
import type { DatabaseSchema, DataRuleTable } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { DATA_EDIT_RIGHT, DATA_READ_RIGHT } from '../rights/catalogue.js';
import { roleRights } from '../tenancy/effective-permissions.js';
import { toRoleGrant } from '../tenancy/role-grant.js';
import type { RuleDraft } from './rule-shape.js';
import type { RuleRow } from './rule-view.js';

type Db = Kysely<DatabaseSchema>;

/** The app's rules in creation order, optionally of one collection. */
export async function listRuleRows(db: Db, appId: string, collectionId?: string): Promise<RuleRow[]> {
  let query = db.selectFrom('data_rule').selectAll().where('app_id', '=', appId);
  if (collectionId) query = query.where('collection_id', '=', collectionId);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** One rule of the app; 404 when it has none such (ids of other apps included). `lock` takes a row lock. */
export async function findRuleRow(db: Db, appId: string, ruleId: string, lock = false): Promise<RuleRow> {
  if (!isUuid(ruleId)) throw notFound('rule');
  let query = db.selectFrom('data_rule').selectAll().where('app_id', '=', appId).where('id', '=', ruleId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('rule');
  return row;
}

/** What a rule row holds besides its id, app and timestamps. */
export type RuleColumns = Omit<Insertable<DataRuleTable>, 'id' | 'app_id' | 'created_at' | 'updated_at'>;

/** The columns of a resolved rule (condition in stored form, field ids). */
export function ruleColumns(rule: Rule, collectionId: string): RuleColumns {
  const fields = rule.kind === 'guard' ? undefined : rule.fields;
  return {
    collection_id: collectionId,
    kind: rule.kind,
    name: rule.name,
    description: rule.description ?? '',
    to: JSON.stringify(rule.to),
    actions: rule.kind === 'fieldCondition' ? [] : [...rule.actions],
    condition: rule.condition ?? null,
    fields: fields === undefined ? null : JSON.stringify(fields),
    access: rule.kind === 'fieldCondition' ? rule.access : null,
  };
}

/** A stored rule as a draft (stored condition and field ids, which resolving accepts too). */
export function draftOf(row: RuleRow, collection: string): RuleDraft {
  return {
    kind: row.kind,
    name: row.name,
    description: row.description,
    collection,
    to: row.to,
    actions: row.actions as RuleDraft['actions'],
    ...(row.condition === null ? {} : { condition: row.condition }),
    ...(row.fields === null ? {} : { fields: row.fields }),
    ...(row.access === null ? {} : { access: row.access }),
  };
}

/** Stores a new rule of the app. */
export function insertRuleRow(db: Db, appId: string, id: string, columns: RuleColumns): Promise<RuleRow> {
  return db
    .insertInto('data_rule')
    .values({ id, app_id: appId, ...columns })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces a rule's columns; the caller found (and locked) the row in the app. */
export function updateRuleRow(db: Db, id: string, columns: RuleColumns, now: Date): Promise<RuleRow> {
  return db
    .updateTable('data_rule')
    .set({ ...columns, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes a rule; the caller found (and locked) the row in the app. */
export async function deleteRuleRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('data_rule').where('id', '=', id).execute();
}

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
      .select(['key', 'name', 'internal', 'builder', 'all_data', 'force_mfa', 'rights'])
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
    roles: roles.map((row) => {
      const grant = toRoleGrant(row);
      const { internal, builder, allData } = grant;
      return { key: grant.key, name: row.name, internal, builder, allData, rights: roleRights(grant) };
    }),
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
