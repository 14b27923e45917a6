// Required and unique on a field's storage: checked against the rows already there, then enforced
// by NOT NULL and a unique index. A refusal (409) names the field and how many rows are in the way.
import { isManyLink, quoteIdent, type TableRef } from '@charter/policy';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { FieldRow } from '../data-model/data-model.repository.js';
import { JUNCTION_COLUMNS, qualifiedName } from '../data-model/storage-names.js';
import { fieldHasDuplicates, fieldHasEmptyValues, optionsInUse } from './collections.errors.js';
import { setNotNull, setUniqueIndex, storageOf } from './storage-ddl.js';

type Db = Kysely<DatabaseSchema>;
const TEXT_TYPES = new Set(['text', 'longText', 'email', 'url', 'singleSelect']);

/** Brings the storage from the `before` constraints to the field's; 409 when existing rows are in the way. */
export async function applyConstraints(
  db: Db,
  table: TableRef,
  field: FieldRow,
  before: { required: boolean; unique: boolean },
): Promise<void> {
  const storage = storageOf(field);
  if (field.required !== before.required) {
    if (field.required) {
      const empty = await countEmpty(db, table, field);
      if (empty > 0) throw fieldHasEmptyValues(field.name, empty);
    }
    if (!isManyLink(field)) await setNotNull(db, table, storage.column, field.required);
  }
  if (field.is_unique !== before.unique) {
    if (field.is_unique) {
      const duplicates = await countDuplicates(db, table, storage.column);
      if (duplicates > 0) throw fieldHasDuplicates(field.name, duplicates);
    }
    await setUniqueIndex(db, table, storage, field.is_unique);
  }
}

/** Refuses to drop choices that records still hold, with a count per choice. */
export async function assertChoicesUnused(db: Db, table: TableRef, field: FieldRow, dropped: string[]) {
  const column = quoteIdent(storageOf(field).column);
  const held: { option: string; count: number }[] = [];
  for (const option of dropped) {
    const test =
      field.type === 'multiSelect'
        ? sql`${option}::text = any(${sql.raw(column)})`
        : sql`${sql.raw(column)} = ${option}::text`;
    const count = await countWhere(db, table, test);
    if (count > 0) held.push({ option, count });
  }
  if (held.length > 0) throw optionsInUse(field.name, held);
}

async function countEmpty(db: Db, table: TableRef, field: FieldRow): Promise<number> {
  const storage = storageOf(field);
  if (isManyLink(field)) {
    const junction = sql.raw(qualifiedName(table.schema, storage.column));
    const source = sql.raw(quoteIdent(JUNCTION_COLUMNS.sourceColumn));
    return countWhere(db, table, sql`not exists (select 1 from ${junction} j where j.${source} = t.id)`);
  }
  const column = sql.raw(quoteIdent(storage.column));
  if (TEXT_TYPES.has(field.type)) return countWhere(db, table, sql`${column} is null or ${column} = ''`);
  if (field.type === 'multiSelect')
    return countWhere(db, table, sql`${column} is null or cardinality(${column}) = 0`);
  return countWhere(db, table, sql`${column} is null`);
}

async function countDuplicates(db: Db, table: TableRef, column: string): Promise<number> {
  const c = sql.raw(quoteIdent(column));
  const result = await sql<{ n: string }>`
    select count(*) as n from (
      select ${c} from ${sql.raw(qualifiedName(table.schema, table.name))}
      where ${c} is not null group by ${c} having count(*) > 1
    ) d`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

async function countWhere(db: Db, table: TableRef, condition: RawBuilder<unknown>): Promise<number> {
  const from = sql.raw(qualifiedName(table.schema, table.name));
  const result = await sql<{ n: string }>`select count(*) as n from ${from} t where ${condition}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
