// Writes a checked fixture into the app's real tables, inside the run's transaction (which is
// always rolled back): accounts, app users with their roles, and records with their links.
import type { CollectionDef } from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { fieldIdOfUniqueIndex } from '../data-model/storage-names.js';
import { replaceLinks, splitValues, tableSql } from '../records/record-sql.js';
import type { SeedPlan } from './fixture-check.js';
import { type FixtureIssue, fixtureInvalid, fixtureIssue } from './policy-tests.errors.js';

type Db = Kysely<DatabaseSchema>;

/** Inserts the fixture's users and records; a clash with stored data is a fixture problem. */
export async function seedFixture(
  trx: Db,
  appId: string,
  plan: SeedPlan,
  collections: Readonly<Record<string, CollectionDef>>,
): Promise<void> {
  await refuseTakenEmails(trx, plan);
  const roles = await trx.selectFrom('app_role').select(['id', 'key']).where('app_id', '=', appId).execute();
  for (const user of plan.users) {
    await trx.insertInto('account').values({ id: user.id, name: user.name, email: user.email }).execute();
    await trx
      .insertInto('app_user')
      .values({
        app_id: appId,
        account_id: user.id,
        direct_rights: user.rights,
        attributes: JSON.stringify(user.attributes),
      })
      .execute();
    for (const key of new Set(user.roles)) {
      const role = roles.find((r) => r.key === key)!;
      await trx
        .insertInto('app_user_role')
        .values({ app_id: appId, account_id: user.id, role_id: role.id })
        .execute();
    }
  }
  for (const record of plan.records) {
    const def = collections[record.collection]!;
    try {
      await insertRow(trx, def, record.id, record.values, record.createdBy);
    } catch (error) {
      throw clashOf(error, def, ['records', record.collection, record.name]) ?? error;
    }
  }
}

async function refuseTakenEmails(trx: Db, plan: SeedPlan): Promise<void> {
  if (plan.users.length === 0) return;
  const taken = await trx
    .selectFrom('account')
    .select('email')
    .where(
      'email',
      'in',
      plan.users.map((u) => u.email),
    )
    .execute();
  const issues: FixtureIssue[] = plan.users
    .filter((u) => taken.some((t) => t.email === u.email))
    .map((u) =>
      fixtureIssue(
        ['users', u.name, 'email'],
        'an account already has this email; fixture users are new accounts',
      ),
    );
  if (issues.length > 0) throw fixtureInvalid(issues);
}

/** One row with a chosen id (links are deferred foreign keys, so the order of rows does not matter). */
export async function insertRow(
  trx: Db,
  def: CollectionDef,
  id: string,
  values: Record<string, unknown>,
  createdBy: string | null,
): Promise<void> {
  const { columns, junctions } = splitValues(def, values);
  const names = [
    sql.ref('id'),
    sql.ref('created_by'),
    sql.ref('updated_by'),
    ...columns.map((c) => sql.ref(c.column)),
  ];
  const bound = [
    sql`${id}::uuid`,
    sql`${createdBy}::uuid`,
    sql`${createdBy}::uuid`,
    ...columns.map((c) => c.value),
  ];
  await sql`insert into ${tableSql(def)} (${sql.join(names)}) values (${sql.join(bound)})`.execute(trx);
  for (const j of junctions) await replaceLinks(trx, j.field, id, j.ids);
}

// A unique value already held by a stored record, or a required field left out whose column
// cannot be empty: name the fixture field rather than fail the run.
function clashOf(error: unknown, def: CollectionDef, path: string[]) {
  const e = error as { code?: string; constraint?: string; column?: string };
  if (e.code === '23502') {
    const field = def.fields.find((f) => f.column !== undefined && f.column === e.column);
    return fixtureInvalid([
      fixtureIssue(
        field ? [...path, field.name] : path,
        'required: the field has no default and its records may not leave it empty, so give it a value',
      ),
    ]);
  }
  if (e.code !== '23505') return null;
  const fieldId = e.constraint ? fieldIdOfUniqueIndex(e.constraint) : null;
  const field = def.fields.find((f) => f.id === fieldId);
  return fixtureInvalid([
    fixtureIssue(
      field ? [...path, field.name] : path,
      'another record of the app already has this value (unique)',
    ),
  ]);
}
