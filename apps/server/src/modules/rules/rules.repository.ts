// Reading and writing data_rule rows of one app.
import type { Rule } from '@charter/policy';
import type { Insertable, Kysely } from 'kysely';
import type { DatabaseSchema, DataRuleTable } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
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
