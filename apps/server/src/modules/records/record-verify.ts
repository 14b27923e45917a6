// Evaluates a write plan on a stored row, inside the write's transaction, with the same SQL the
// lists use: conditions that read through relations see the related rows as they now are.
import { type AccessPlan, compileFieldMask, compileWhere } from '@charter/policy';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { RecordScope } from './record-scope.js';
import { kyselySql, tableSql } from './record-sql.js';

/** Whether the row passes the plan, and which of `fields` the plan does not open on it. */
export interface RowVerdict {
  found: boolean;
  denied: string[];
}

/** Checks one row against a plan; `lock` takes the row lock the update then relies on. */
export async function verifyRow(
  db: Kysely<DatabaseSchema>,
  scope: RecordScope,
  plan: AccessPlan,
  input: {
    id: string;
    fields: readonly string[];
    lock?: boolean;
    changes?: Map<string, RawBuilder<unknown>>;
  },
): Promise<RowVerdict> {
  const options = { alias: 'r', now: scope.now };
  const masks = input.fields.map((name, i) => {
    const mask = sql`coalesce(${kyselySql(compileFieldMask(plan, name, options))}, false)`;
    const change = input.changes?.get(name);
    // A field written with the value it already holds does not change, so it need not be updatable.
    const open = change ? sql`(${mask} or not ${change})` : mask;
    return sql`${open} as ${sql.ref(`m${i}`)}`;
  });
  const selected = masks.length > 0 ? sql.join(masks) : sql`true as ${sql.ref('m')}`;
  const lock = input.lock ? sql` for update of "r"` : sql``;
  const result = await sql<Record<string, unknown>>`
    select ${selected} from ${tableSql(scope.def)} as "r"
    where "r"."id" = ${input.id}::uuid and (${kyselySql(compileWhere(plan, options))})${lock}`.execute(db);
  const row = result.rows[0];
  if (!row) return { found: false, denied: [] };
  return { found: true, denied: input.fields.filter((_, i) => row[`m${i}`] !== true) };
}
