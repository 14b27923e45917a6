// DDL on an app's record tables. It runs inside the caller's transaction (PostgreSQL DDL is
// transactional), so a refused or failed change leaves metadata and tables as they were.
import {
  type FieldType,
  isManyLink,
  isSingleLink,
  quoteIdent,
  sqlColumnType,
  type TableRef,
} from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { FieldRow } from '../data-model/data-model.repository.js';
import {
  JUNCTION_COLUMNS,
  linkIndexName,
  qualifiedName,
  uniqueIndexName,
} from '../data-model/storage-names.js';
import { defaultLiteral } from './default-literal.js';

type Db = Kysely<DatabaseSchema>;

/** Where a link points: a collection table, or the app's users (whose ids are account ids). */
export type LinkTarget = TableRef | 'users';

/** What the storage of one field is made from. */
export interface FieldStorage {
  id: string;
  type: FieldType;
  /** The column, or the junction table for links to many. */
  column: string;
  default?: unknown;
}

/** What a field's storage is made of: its column, or its junction table. */
export function storageOf(row: FieldRow): FieldStorage {
  const column = row.column_name ?? row.options.junction?.table;
  if (!column) throw new Error(`field ${row.id} has neither a column nor a junction table`);
  return { id: row.id, type: row.type, column, default: row.default_value };
}

/** Runs one statement built only from id-derived quoted names and escaped literals. */
export async function runDdl(db: Db, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

const q = (ref: TableRef) => qualifiedName(ref.schema, ref.name);
const targetOf = (target: LinkTarget) => (target === 'users' ? 'account' : q(target));
const LINK = 'deferrable initially deferred';
// "The records linked to me" is the commonest rule, and lists page by id: an index on (link, id)
// answers such a page by reading just its rows, where one on the link alone sorts them all first.
const IN_LIST_ORDER = (column: string) => `(${column}, "id")`;

/** A collection's table: the five system columns, ids as UUID v7, creators indexed. */
export async function createCollectionTable(db: Db, table: TableRef): Promise<void> {
  const user = `uuid references account (id) on delete set null`;
  await runDdl(
    db,
    `create table ${q(table)} ("id" uuid primary key default charter_uuid_v7(), "created_by" ${user}, ` +
      `"created_at" timestamptz not null default now(), "updated_by" ${user}, ` +
      `"updated_at" timestamptz not null default now())`,
  );
  for (const column of ['created_by', 'updated_by']) {
    await runDdl(
      db,
      `create index ${quoteIdent(`${table.name}_${column}`)} on ${q(table)} ${IN_LIST_ORDER(`"${column}"`)}`,
    );
  }
}

/** Drops a collection's table; its own junction tables must be gone first. */
export async function dropCollectionTable(db: Db, table: TableRef): Promise<void> {
  await runDdl(db, `drop table ${q(table)}`);
}

/** Adds a field's column (with its default, link foreign key and index) or its junction table. */
export async function addFieldStorage(
  db: Db,
  table: TableRef,
  field: FieldStorage,
  target?: LinkTarget,
): Promise<void> {
  const column = quoteIdent(field.column);
  if (isManyLink(field)) return createJunction(db, table, field, target);
  if (isSingleLink(field)) {
    if (!target) throw new Error('a link needs a target');
    const references = `references ${targetOf(target)} (id) on delete set null ${LINK}`;
    await runDdl(db, `alter table ${q(table)} add column ${column} uuid ${references}`);
    await runDdl(
      db,
      `create index ${quoteIdent(linkIndexName(field.id))} on ${q(table)} ${IN_LIST_ORDER(column)}`,
    );
    return;
  }
  const fallback = field.default == null ? '' : ` default ${defaultLiteral(field.type, field.default)}`;
  await runDdl(db, `alter table ${q(table)} add column ${column} ${sqlColumnType(field)}${fallback}`);
}

async function createJunction(db: Db, source: TableRef, field: FieldStorage, target?: LinkTarget) {
  if (!target) throw new Error('a link needs a target');
  const junction = { schema: source.schema, name: field.column };
  const { sourceColumn, targetColumn } = JUNCTION_COLUMNS;
  await runDdl(
    db,
    `create table ${q(junction)} (` +
      `"${sourceColumn}" uuid not null references ${q(source)} (id) on delete cascade ${LINK}, ` +
      `"${targetColumn}" uuid not null references ${targetOf(target)} (id) on delete cascade ${LINK}, ` +
      `primary key ("${sourceColumn}", "${targetColumn}"))`,
  );
  await runDdl(
    db,
    `create index ${quoteIdent(linkIndexName(field.id))} on ${q(junction)} ("${targetColumn}")`,
  );
}

/** Drops a field's column (its indexes and foreign key go with it) or its junction table. */
export async function dropFieldStorage(db: Db, table: TableRef, field: FieldStorage): Promise<void> {
  if (isManyLink(field)) await runDdl(db, `drop table ${q({ schema: table.schema, name: field.column })}`);
  else await runDdl(db, `alter table ${q(table)} drop column ${quoteIdent(field.column)}`);
}

/** Sets or removes a column default; existing rows keep their values. */
export async function setColumnDefault(db: Db, table: TableRef, field: FieldStorage): Promise<void> {
  const change =
    field.default == null ? 'drop default' : `set default ${defaultLiteral(field.type, field.default)}`;
  await runDdl(db, `alter table ${q(table)} alter column ${quoteIdent(field.column)} ${change}`);
}

/** NOT NULL on or off for a required field's column. */
export async function setNotNull(db: Db, table: TableRef, column: string, on: boolean): Promise<void> {
  const change = on ? 'set not null' : 'drop not null';
  await runDdl(db, `alter table ${q(table)} alter column ${quoteIdent(column)} ${change}`);
}

/** Creates or drops the unique index of a unique field. */
export async function setUniqueIndex(db: Db, table: TableRef, field: FieldStorage, on: boolean) {
  const index = uniqueIndexName(field.id);
  if (on) {
    await runDdl(db, `create unique index ${quoteIdent(index)} on ${q(table)} (${quoteIdent(field.column)})`);
  } else {
    await runDdl(db, `drop index ${qualifiedName(table.schema, index)}`);
  }
}
