// `?meta=can`: what the caller may do with each record it reads, from the same plans the writes use.
import { compileFieldMask, compileWhere } from '@charter/policy';
import { sql } from 'kysely';
import type { RecordView } from './record-read.js';
import type { RecordScope } from './record-scope.js';
import { kyselySql, tableSql } from './record-sql.js';

/** A record with `_can` (update, delete) and `_fields` (readable, updatable) added. */
export type RecordWithMeta = RecordView & {
  _can: { update: boolean; delete: boolean };
  _fields: { readable: string[]; updatable: string[] };
};

/** One extra query for the page: each row's update and delete verdicts and updatable fields. */
export async function withMeta(scope: RecordScope, items: RecordView[]): Promise<RecordWithMeta[]> {
  if (items.length === 0) return [];
  const { engine } = scope.policy;
  const options = { alias: 'r', now: scope.now };
  const update = engine.planAccess(scope.principal, 'update', scope.collection);
  const remove = engine.planAccess(scope.principal, 'delete', scope.collection);
  const names = [...update.fields.keys()];
  const bool = (fragment: Parameters<typeof kyselySql>[0], alias: string) =>
    sql`coalesce(${kyselySql(fragment)}, false) as ${sql.ref(alias)}`;
  const columns = [
    sql`"r"."id"::text as "id"`,
    bool(compileWhere(update, options), 'u'),
    bool(compileWhere(remove, options), 'd'),
    ...names.map((name, i) => bool(compileFieldMask(update, name, options), `f${i}`)),
  ];
  const ids = items.map((item) => String(item.id));
  const rows = await sql<Record<string, unknown>>`
    select ${sql.join(columns)} from ${tableSql(scope.def)} as "r"
    where "r"."id" = any(cast(${ids} as uuid[]))`.execute(scope.ctx.database.db);
  const byId = new Map(rows.rows.map((row) => [row.id, row]));
  return items.map((item) => {
    const row = byId.get(String(item.id)) ?? {};
    const canUpdate = row.u === true;
    const updatable = canUpdate ? names.filter((_, i) => row[`f${i}`] === true) : [];
    return {
      ...item,
      _can: { update: canUpdate, delete: row.d === true },
      _fields: { readable: Object.keys(item), updatable },
    };
  });
}
