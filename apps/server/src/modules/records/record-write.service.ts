// Creating, updating and deleting records: each in one transaction, rules checked in it.
import { sql } from 'kysely';
import { notFound } from '../../http/app-error.js';
import { listFieldRows } from '../collections/collections.repository.js';
import { fieldIdOfUniqueIndex } from '../collections/storage-names.js';
import { assertWritableValues, type RecordValues } from './record-input-check.js';
import { type RecordView, readRecord } from './record-read.js';
import type { RecordScope } from './record-scope.js';
import { kyselySql, replaceLinks, splitValues, tableSql } from './record-sql.js';
import { verifyRow } from './record-verify.js';
import { missingLinkTarget, readOnlyCollection, uniqueViolation, writeDenied } from './records.errors.js';

async function fieldRowsOf(scope: RecordScope) {
  if (!scope.collectionId || scope.collection === scope.policy.schema.schema.usersCollection) {
    throw readOnlyCollection();
  }
  return listFieldRows(scope.ctx.database.db, [scope.collectionId]);
}

/** Creates a record as the caller: only writable fields, the new row must pass the create rule. */
export async function createRecord(scope: RecordScope, values: RecordValues): Promise<RecordView> {
  const fieldRows = await fieldRowsOf(scope);
  const plan = scope.policy.engine.planAccess(scope.principal, 'create', scope.collection);
  if (plan.kind === 'deny') throw writeDenied('create');
  assertWritableValues(plan, fieldRows, values, 'create');
  const { columns, junctions } = splitValues(scope.def, values);
  const by = scope.principal.id;
  const names = [sql.ref('created_by'), sql.ref('updated_by'), ...columns.map((c) => sql.ref(c.column))];
  const bound = [sql`${by}::uuid`, sql`${by}::uuid`, ...columns.map((c) => c.value)];
  return mapUniqueViolation(scope, () =>
    scope.ctx.database.db.transaction().execute(async (trx) => {
      const inserted = await sql<{ id: string }>`
        insert into ${tableSql(scope.def)} (${sql.join(names)}) values (${sql.join(bound)})
        returning "id"`.execute(trx);
      const id = inserted.rows[0]!.id;
      for (const j of junctions) await replaceLinks(trx, j.field, id, j.ids);
      const verdict = await verifyRow(trx, scope, plan, { id, fields: Object.keys(values) });
      if (!verdict.found || verdict.denied.length > 0) throw writeDenied('create', verdict.denied);
      return (await readRecord(scope, id, trx)) ?? { id };
    }),
  );
}

/**
 * Updates a record: the row before must pass the update rule (locked, else 404), every written
 * field must be updatable on it, and the row after must pass too, or nothing is written.
 */
export async function updateRecord(
  scope: RecordScope,
  id: string,
  values: RecordValues,
): Promise<RecordView> {
  const fieldRows = await fieldRowsOf(scope);
  const plan = scope.policy.engine.planAccess(scope.principal, 'update', scope.collection);
  if (plan.kind === 'deny') throw notFound('record');
  assertWritableValues(plan, fieldRows, values, 'update');
  const { columns, junctions } = splitValues(scope.def, values);
  const sets = [
    sql`"updated_by" = ${scope.principal.id}::uuid`,
    sql`"updated_at" = now()`,
    ...columns.map((c) => sql`${sql.ref(c.column)} = ${c.value}`),
  ];
  return mapUniqueViolation(scope, () =>
    scope.ctx.database.db.transaction().execute(async (trx) => {
      const changed = Object.keys(values);
      const before = await verifyRow(trx, scope, plan, { id, fields: changed, lock: true });
      if (!before.found) throw notFound('record');
      if (before.denied.length > 0) throw writeDenied('update', before.denied);
      await sql`update ${tableSql(scope.def)} set ${sql.join(sets)} where "id" = ${id}::uuid`.execute(trx);
      for (const j of junctions) await replaceLinks(trx, j.field, id, j.ids);
      const after = await verifyRow(trx, scope, plan, { id, fields: [] });
      if (!after.found) throw writeDenied('update');
      return (await readRecord(scope, id, trx)) ?? { id };
    }),
  );
}

/** Deletes a record when the delete rule holds on it; otherwise the 404 of a missing record. */
export async function deleteRecord(scope: RecordScope, id: string): Promise<void> {
  if (!scope.collectionId) throw readOnlyCollection();
  await fieldRowsOf(scope);
  const where = scope.policy.engine.compileWhere(scope.principal, 'delete', scope.collection, {
    alias: 'r',
    now: scope.now,
  });
  const deleted = await scope.ctx.database.db
    .transaction()
    .execute(
      async (trx) =>
        await sql`delete from ${tableSql(scope.def)} as "r" where "r"."id" = ${id}::uuid and (${kyselySql(where)})`.execute(
          trx,
        ),
    );
  if (Number(deleted.numAffectedRows ?? 0) === 0) throw notFound('record');
}

// A unique index violation names its field; deferred checks surface at commit, so wrap the transaction.
async function mapUniqueViolation<T>(scope: RecordScope, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const e = error as { code?: string; constraint?: string };
    const fieldId = e.code === '23505' && e.constraint ? fieldIdOfUniqueIndex(e.constraint) : null;
    const field = fieldId ? scope.def.fields.find((f) => f.id === fieldId) : undefined;
    if (field) throw uniqueViolation(field.name);
    if (e.code === '23503') throw missingLinkTarget();
    throw error;
  }
}
