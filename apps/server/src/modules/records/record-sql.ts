// The SQL of record writes. Identifiers come from the schema (derived from ids); values are bound.
import {
  type CollectionDef,
  type FieldDef,
  quoteIdent,
  type Sql,
  sqlColumnType,
  toSqlTag,
} from '@charter/policy';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { qualifiedName } from '../data-model/storage-names.js';
import type { RecordValues } from './record-input-check.js';

type Db = Kysely<DatabaseSchema>;

/** The collection's table, quoted, as SQL. */
export function tableSql(def: CollectionDef): RawBuilder<unknown> {
  return sql.raw(qualifiedName(def.table.schema, def.table.name));
}

/** An engine fragment as Kysely SQL. */
export function kyselySql(fragment: Sql): RawBuilder<unknown> {
  return toSqlTag(fragment, sql);
}

function fieldOf(def: CollectionDef, name: string): FieldDef {
  const field = def.fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

// A bound value cast to the column's type; json goes as text, since drivers differ on objects.
function boundValue(field: FieldDef, value: unknown): RawBuilder<unknown> {
  const type = sqlColumnType(field) ?? 'text';
  const bound = field.type === 'json' && value !== null ? JSON.stringify(value) : value;
  return sql`cast(${bound} as ${sql.raw(type)})`;
}

/** Column assignments (name → SQL value) and many-to-many sets (field → ids) of a write. */
export function splitValues(def: CollectionDef, values: RecordValues) {
  const columns: { column: string; value: RawBuilder<unknown> }[] = [];
  const junctions: { field: FieldDef; ids: string[] }[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = fieldOf(def, name);
    if (field.junction) junctions.push({ field, ids: ((value as string[] | null) ?? []).map(lower) });
    else if (field.column) {
      const v = typeof value === 'string' && field.type.startsWith('link') ? lower(value) : value;
      columns.push({ column: field.column, value: boundValue(field, v) });
    }
  }
  return { columns, junctions };
}

/**
 * Per written field, SQL that is true when the value differs from the stored one (on alias "r"):
 * only fields that really change must be updatable, so a client may send back what it read.
 */
export function changeTests(def: CollectionDef, values: RecordValues): Map<string, RawBuilder<unknown>> {
  const tests = new Map<string, RawBuilder<unknown>>();
  for (const [name, value] of Object.entries(values)) {
    const field = fieldOf(def, name);
    if (field.junction) tests.set(name, linksDiffer(field, ((value as string[] | null) ?? []).map(lower)));
    else if (field.column) {
      const v = typeof value === 'string' && field.type.startsWith('link') ? lower(value) : value;
      tests.set(name, sql`("r".${sql.ref(field.column)} is distinct from ${boundValue(field, v)})`);
    }
  }
  return tests;
}

function linksDiffer(field: FieldDef, ids: readonly string[]): RawBuilder<unknown> {
  const junction = field.junction!;
  const table = sql.raw(qualifiedName(junction.table.schema, junction.table.name));
  const source = sql.raw(quoteIdent(junction.sourceColumn));
  const target = sql.raw(quoteIdent(junction.targetColumn));
  return sql`(array(select j.${target} from ${table} as j where j.${source} = "r"."id" order by 1)
    is distinct from array(select distinct u from unnest(cast(${[...ids]} as uuid[])) as u order by 1))`;
}

function lower(id: string): string {
  return id.toLowerCase();
}

/** Replaces the links of a many-to-many field of one record. */
export async function replaceLinks(db: Db, field: FieldDef, id: string, ids: readonly string[]) {
  const junction = field.junction!;
  const table = sql.raw(qualifiedName(junction.table.schema, junction.table.name));
  const source = sql.raw(quoteIdent(junction.sourceColumn));
  const target = sql.raw(quoteIdent(junction.targetColumn));
  await sql`delete from ${table} where ${source} = ${id}::uuid`.execute(db);
  for (const targetId of new Set(ids)) {
    await sql`insert into ${table} (${source}, ${target}) values (${id}::uuid, ${targetId}::uuid)`.execute(
      db,
    );
  }
}

/** Adds many-to-many links of new records, (source, target) pairs, in one statement. */
export async function insertLinks(db: Db, field: FieldDef, pairs: readonly [string, string][]) {
  if (pairs.length === 0) return;
  const junction = field.junction!;
  const table = sql.raw(qualifiedName(junction.table.schema, junction.table.name));
  const source = sql.raw(quoteIdent(junction.sourceColumn));
  const target = sql.raw(quoteIdent(junction.targetColumn));
  const sources = pairs.map(([s]) => s);
  const targets = pairs.map(([, t]) => lower(t));
  await sql`insert into ${table} (${source}, ${target})
    select * from unnest(cast(${sources} as uuid[]), cast(${targets} as uuid[]))`.execute(db);
}
