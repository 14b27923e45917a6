// One collection's writes for one caller, each run inside a transaction the caller opens: single
// writes and bulk writes share them, so both check exactly the same rules.
import { randomUUID } from 'node:crypto';
import type { AccessPlan } from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { type AppError, notFound } from '../../http/app-error.js';
import { type FieldRow, listFieldRows } from '../data-model/data-model.repository.js';
import { assertValidValues, type RecordValues, unwritableFields } from './record-input-check.js';
import { type RecordView, readRecord } from './record-read.js';
import type { RecordScope } from './record-scope.js';
import { changeTests, insertLinks, kyselySql, replaceLinks, splitValues, tableSql } from './record-sql.js';
import { verifyRow, verifyRows } from './record-verify.js';
import { fieldWriteDenied, readOnlyCollection, writeDenied } from './records.errors.js';

type Db = Kysely<DatabaseSchema>;

/** The writes of one caller on one collection; `check*` run before any SQL, the rest inside a transaction. */
export interface RecordWriter {
  checkCreate(values: RecordValues): void;
  checkUpdate(values: RecordValues): void;
  create(trx: Db, values: RecordValues): Promise<RecordView>;
  update(trx: Db, id: string, values: RecordValues): Promise<RecordView>;
  remove(trx: Db, id: string): Promise<void>;
  /**
   * Creates many records checked like `create`, in a few statements: one verdict per row, its new
   * id or the refusal `create` would have thrown. Rows it refuses stay written: the caller rolls
   * them back (an import does, to a savepoint). A database error (a taken unique value) fails the
   * whole call; the caller then writes those rows one at a time to name the row.
   */
  createMany(trx: Db, rows: readonly RecordValues[]): Promise<(string | AppError)[]>;
}

/** Loads the collection's fields and the caller's write plans once (outside any transaction). */
export async function createRecordWriter(scope: RecordScope): Promise<RecordWriter> {
  if (!scope.collectionId || scope.collection === scope.policy.schema.schema.usersCollection) {
    throw readOnlyCollection();
  }
  const fieldRows = await listFieldRows(scope.ctx.database.db, [scope.collectionId]);
  const planOf = (action: 'create' | 'update') =>
    scope.policy.engine.planAccess(scope.principal, action, scope.collection);
  const create = planOf('create');
  const update = planOf('update');
  return {
    checkCreate: (values) => checkValues(create, fieldRows, values, 'create'),
    checkUpdate: (values) => checkValues(update, fieldRows, values, 'update'),
    create: (trx, values) => insertRecord(trx, scope, create, values),
    update: (trx, id, values) => changeRecord(trx, scope, update, id, values),
    remove: (trx, id) => removeRecord(trx, scope, id),
    createMany: (trx, rows) => insertRecords(trx, scope, create, rows),
  };
}

// Input problems are 400s before any SQL. A create without any create grant, or naming a field no
// create grant opens, is refused here too; an update's refusals depend on the row (changeRecord).
function checkValues(
  plan: AccessPlan,
  rows: readonly FieldRow[],
  values: RecordValues,
  mode: 'create' | 'update',
) {
  if (mode === 'create' && plan.kind === 'deny') throw writeDenied('create');
  assertValidValues(plan, rows, values, mode);
  const unwritable = mode === 'create' ? unwritableFields(plan, values) : [];
  if (unwritable.length > 0) throw fieldWriteDenied('create', unwritable);
}

/**
 * The refusal of a write to a row the write rule does not admit: the 404 of a missing record when
 * the caller cannot read it either (nothing tells it from a missing id), else 403.
 */
async function refusal(trx: Db, scope: RecordScope, id: string, action: 'update' | 'delete') {
  const read = scope.policy.engine.planAccess(scope.principal, 'read', scope.collection);
  const readable = await verifyRow(trx, scope, read, { id, fields: [] });
  return readable.found ? writeDenied(action) : notFound('record');
}

async function insertRecord(trx: Db, scope: RecordScope, plan: AccessPlan, values: RecordValues) {
  const { columns, junctions } = splitValues(scope.def, values);
  const by = scope.principal.id;
  const names = [sql.ref('created_by'), sql.ref('updated_by'), ...columns.map((c) => sql.ref(c.column))];
  const bound = [sql`${by}::uuid`, sql`${by}::uuid`, ...columns.map((c) => c.value)];
  const inserted = await sql<{ id: string }>`
    insert into ${tableSql(scope.def)} (${sql.join(names)}) values (${sql.join(bound)})
    returning "id"`.execute(trx);
  const id = inserted.rows[0]!.id;
  for (const j of junctions) await replaceLinks(trx, j.field, id, j.ids);
  const verdict = await verifyRow(trx, scope, plan, { id, fields: Object.keys(values) });
  if (!verdict.found) throw writeDenied('create');
  if (verdict.denied.length > 0) throw fieldWriteDenied('create', verdict.denied);
  return (await readRecord(scope, id, trx)) ?? { id };
}

// insertRecord for many rows: ids chosen here, so each verdict finds its row without relying on the
// order of RETURNING; a column a row leaves out takes its DEFAULT, as in a single insert.
async function insertRecords(trx: Db, scope: RecordScope, plan: AccessPlan, rows: readonly RecordValues[]) {
  if (rows.length === 0) return [];
  const split = rows.map((values) => ({ id: randomUUID(), ...splitValues(scope.def, values) }));
  const columns = [...new Set(split.flatMap((s) => s.columns.map((c) => c.column)))];
  const by = scope.principal.id;
  const names = [
    sql.ref('id'),
    sql.ref('created_by'),
    sql.ref('updated_by'),
    ...columns.map((c) => sql.ref(c)),
  ];
  const tuples = split.map((s) => {
    const byColumn = new Map(s.columns.map((c) => [c.column, c.value]));
    const values = columns.map((c) => byColumn.get(c) ?? sql`default`);
    return sql`(${sql.join([sql`${s.id}::uuid`, sql`${by}::uuid`, sql`${by}::uuid`, ...values])})`;
  });
  await sql`insert into ${tableSql(scope.def)} (${sql.join(names)}) values ${sql.join(tuples)}`.execute(trx);
  for (const field of new Set(split.flatMap((s) => s.junctions.map((j) => j.field)))) {
    const pairs = split.flatMap((s) =>
      s.junctions.filter((j) => j.field === field).flatMap((j) => [...new Set(j.ids)].map((t) => [s.id, t])),
    );
    await insertLinks(trx, field, pairs as [string, string][]);
  }
  const written = [...new Set(rows.flatMap((values) => Object.keys(values)))];
  const verdicts = await verifyRows(trx, scope, plan, { ids: split.map((s) => s.id), fields: written });
  return split.map((s, i) => {
    const verdict = verdicts.get(s.id);
    if (!verdict) return writeDenied('create');
    const denied = Object.keys(rows[i]!).filter((name) => !verdict.fieldOpen(name));
    return denied.length > 0 ? fieldWriteDenied('create', denied) : s.id;
  });
}

// Before (locked) and after must pass the update rule; changed fields must be updatable before. A
// field no update grant opens reads as never updatable, so it is named like a row-dependent one.
async function changeRecord(trx: Db, scope: RecordScope, plan: AccessPlan, id: string, values: RecordValues) {
  const { columns, junctions } = splitValues(scope.def, values);
  const changes = changeTests(scope.def, values);
  const before = await verifyRow(trx, scope, plan, { id, fields: Object.keys(values), lock: true, changes });
  if (!before.found) throw await refusal(trx, scope, id, 'update');
  if (before.denied.length > 0) throw fieldWriteDenied('update', before.denied);
  const sets = [
    sql`"updated_by" = ${scope.principal.id}::uuid`,
    sql`"updated_at" = now()`,
    ...columns.map((c) => sql`${sql.ref(c.column)} = ${c.value}`),
  ];
  await sql`update ${tableSql(scope.def)} set ${sql.join(sets)} where "id" = ${id}::uuid`.execute(trx);
  for (const j of junctions) await replaceLinks(trx, j.field, id, j.ids);
  const after = await verifyRow(trx, scope, plan, { id, fields: [] });
  if (!after.found) throw writeDenied('update');
  return (await readRecord(scope, id, trx)) ?? { id };
}

// `WHERE id = $1 AND <delete rule>`: nothing matched is a 404 or, on a readable record, a 403.
async function removeRecord(trx: Db, scope: RecordScope, id: string): Promise<void> {
  const options = { alias: 'r', now: scope.now };
  const where = scope.policy.engine.compileWhere(scope.principal, 'delete', scope.collection, options);
  const deleted = await sql`
    delete from ${tableSql(scope.def)} as "r" where "r"."id" = ${id}::uuid and (${kyselySql(where)})`.execute(
    trx,
  );
  if (Number(deleted.numAffectedRows ?? 0) === 0) throw await refusal(trx, scope, id, 'delete');
}
