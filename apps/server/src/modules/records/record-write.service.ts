// Creating, updating and deleting records: each in one transaction, rules checked in it.
import type { Transaction } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { fieldIdOfUniqueIndex } from '../data-model/storage-names.js';
import type { RecordValues } from './record-input-check.js';
import type { RecordView } from './record-read.js';
import type { RecordScope } from './record-scope.js';
import { createRecordWriter } from './record-writer.js';
import { missingLinkTarget, uniqueViolation } from './records.errors.js';

/** Creates a record as the caller: only writable fields, the new row must pass the create rule. */
export async function createRecord(scope: RecordScope, values: RecordValues): Promise<RecordView> {
  const writer = await createRecordWriter(scope);
  writer.checkCreate(values);
  return inTransaction(scope, (trx) => writer.create(trx, values));
}

/** Updates a record: before and after must pass the update rule, or nothing is written. */
export async function updateRecord(
  scope: RecordScope,
  id: string,
  values: RecordValues,
): Promise<RecordView> {
  const writer = await createRecordWriter(scope);
  writer.checkUpdate(values);
  return inTransaction(scope, (trx) => writer.update(trx, id, values));
}

/** Deletes a record when the delete rule holds on it; else 403, or 404 when the caller cannot read it. */
export async function deleteRecord(scope: RecordScope, id: string): Promise<void> {
  const writer = await createRecordWriter(scope);
  await inTransaction(scope, (trx) => writer.remove(trx, id));
}

/**
 * Runs writes in one transaction. A unique index violation names its field (409); a deferred
 * link check fails at commit, so the whole transaction is wrapped.
 */
export async function inTransaction<T>(
  scope: RecordScope,
  run: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  try {
    return await scope.ctx.database.db.transaction().execute(run);
  } catch (error) {
    throw writeErrorOf(scope, error);
  }
}

/** A database refusal of a write as the API names it: a taken unique value, a missing link target. */
export function writeErrorOf(scope: RecordScope, error: unknown): unknown {
  const e = error as { code?: string; constraint?: string };
  const fieldId = e.code === '23505' && e.constraint ? fieldIdOfUniqueIndex(e.constraint) : null;
  const field = fieldId ? scope.def.fields.find((f) => f.id === fieldId) : undefined;
  if (field) return uniqueViolation(field.name);
  if (e.code === '23503') return missingLinkTarget();
  return error;
}
