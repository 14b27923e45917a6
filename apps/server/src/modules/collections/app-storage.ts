// An app's storage: its schema, and the users view in it. The apps module calls these when an app
// is created or deleted and when its user attributes change.
import { quoteIdent } from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { AttributeType, DatabaseSchema } from '../../db/schema.js';
import {
  appSchemaName,
  attributeColumnName,
  qualifiedName,
  USERS_VIEW,
} from '../data-model/storage-names.js';
import { USERS_COLLECTION_KEY } from '../data-model/users-collection.js';
import { runDdl } from './storage-ddl.js';

type Db = Kysely<DatabaseSchema>;

/**
 * Creates the app's schema and its users collection (metadata and view). Idempotent, so it also
 * provisions an app created before collections existed. Call it inside the app's transaction.
 */
export async function provisionAppStorage(trx: Db, appId: string): Promise<void> {
  await runDdl(trx, `create schema if not exists ${quoteIdent(appSchemaName(appId))}`);
  await trx
    .insertInto('collection')
    .values({
      app_id: appId,
      key: USERS_COLLECTION_KEY,
      name: 'Users',
      description: 'The people who use this application, with their attributes.',
      table_name: USERS_VIEW,
      system: 'users',
    })
    .onConflict((oc) => oc.columns(['app_id', 'key']).doNothing())
    .execute();
  await refreshUsersView(trx, appId);
}

/** Whether the app's storage exists yet. */
export async function isAppStorageProvisioned(db: Db, appId: string): Promise<boolean> {
  const row = await db
    .selectFrom('collection')
    .select('id')
    .where('app_id', '=', appId)
    .where('system', '=', 'users')
    .executeTakeFirst();
  return row !== undefined;
}

/** Recreates the users view with one typed column per user attribute; call after attributes change. */
export async function refreshUsersView(trx: Db, appId: string): Promise<void> {
  const attributes = await trx
    .selectFrom('app_user_attribute')
    .select(['id', 'key', 'type'])
    .where('app_id', '=', appId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const view = qualifiedName(appSchemaName(appId), USERS_VIEW);
  const columns = attributes.map(
    (a) => `, ${attributeValue(a.key, a.type)} as ${quoteIdent(attributeColumnName(a.id))}`,
  );
  await runDdl(trx, `drop view if exists ${view}`);
  await runDdl(
    trx,
    `create view ${view} as select u.account_id as id, a.email, a.name, u.status, u.created_at, ` +
      `u.updated_at, null::uuid as created_by, null::uuid as updated_by${columns.join('')} ` +
      `from app_user u join account a on a.id = u.account_id where u.app_id = ${pg.escapeLiteral(appId)}::uuid`,
  );
}

/** Drops the app's schema with every record table in it; call when the app is deleted. */
export async function dropAppStorage(trx: Db, appId: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(appSchemaName(appId))} cascade`.execute(trx);
}

// Reads one attribute from app_user.attributes as its column type; a value of the wrong JSON type
// reads as NULL instead of breaking every query on the view.
function attributeValue(key: string, type: AttributeType): string {
  const v = `(u.attributes -> ${pg.escapeLiteral(key)})`;
  const when = (jsonType: string, expression: string) =>
    `(case when jsonb_typeof(${v}) = '${jsonType}' then ${expression} end)`;
  switch (type) {
    case 'integer':
      return when('number', `trunc((${v})::numeric)::bigint`);
    case 'decimal':
      return when('number', `(${v})::double precision`);
    case 'boolean':
      return when('boolean', `(${v})::boolean`);
    case 'date':
      return when('string', `(${v} #>> '{}')::date`);
    case 'multiSelect':
      return when('array', `array(select jsonb_array_elements_text(${v}))`);
    default:
      return when('string', `(${v} #>> '{}')`);
  }
}
