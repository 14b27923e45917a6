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
  const selected = maskColumns(plan, input.fields, options, input.changes);
  const lock = input.lock ? sql` for update of "r"` : sql``;
  const result = await sql<Record<string, unknown>>`
    select ${selected} from ${tableSql(scope.def)} as "r"
    where "r"."id" = ${input.id}::uuid and (${kyselySql(compileWhere(plan, options))})${lock}`.execute(db);
  const row = result.rows[0];
  if (!row) return { found: false, denied: [] };
  return { found: true, denied: input.fields.filter((_, i) => row[`m${i}`] !== true) };
}

// One boolean column per field: whether the plan opens it on the row ("m0", "m1", …).
function maskColumns(
  plan: AccessPlan,
  fields: readonly string[],
  options: { alias: string; now: number },
  changes?: Map<string, RawBuilder<unknown>>,
): RawBuilder<unknown> {
  const masks = fields.map((name, i) => {
    const mask = sql`coalesce(${kyselySql(compileFieldMask(plan, name, options))}, false)`;
    const change = changes?.get(name);
    // A field written with the value it already holds does not change, so it need not be updatable.
    const open = change ? sql`(${mask} or not ${change})` : mask;
    return sql`${open} as ${sql.ref(`m${i}`)}`;
  });
  return masks.length > 0 ? sql.join(masks) : sql`true as ${sql.ref('m')}`;
}

/**
 * verifyRow for many new rows at once (an import's batch of creates): the same plan SQL, one
 * statement. A row absent from the answer fails the plan; `fields` are checked on every row, and
 * each caller keeps the verdicts of the fields it wrote.
 */
export async function verifyRows(
  db: Kysely<DatabaseSchema>,
  scope: RecordScope,
  plan: AccessPlan,
  input: { ids: readonly string[]; fields: readonly string[] },
): Promise<Map<string, { fieldOpen: (name: string) => boolean }>> {
  const options = { alias: 'r', now: scope.now };
  const selected = maskColumns(plan, input.fields, options);
  const result = await sql<Record<string, unknown>>`
    select "r"."id" as "$id", ${selected} from ${tableSql(scope.def)} as "r"
    where "r"."id" = any(cast(${[...input.ids]} as uuid[])) and (${kyselySql(compileWhere(plan, options))})`.execute(
    db,
  );
  const index = new Map(input.fields.map((name, i) => [name, `m${i}`]));
  return new Map(
    result.rows.map((row) => [
      String(row.$id),
      { fieldOpen: (name: string) => row[index.get(name) ?? ''] === true },
    ]),
  );
}
