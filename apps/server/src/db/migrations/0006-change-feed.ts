import { type Kysely, sql } from 'kysely';

/**
 * The tables whose rows decide who a request is and what it may do. Any change to them is
 * announced on the `charter_access` channel, whoever makes it (Charter, better-auth, another
 * Charter process, psql), so that cached reads of them are dropped. Inserts into
 * account_session need no announcement: a new session was never cached.
 */
const WATCHED: Record<string, string> = {
  account: 'update or delete or truncate',
  account_session: 'update or delete or truncate',
  company: 'insert or update or delete or truncate',
  company_member: 'insert or update or delete or truncate',
  application: 'insert or update or delete or truncate',
  app_role: 'insert or update or delete or truncate',
  app_user: 'insert or update or delete or truncate',
  app_user_role: 'insert or update or delete or truncate',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  // Statement-level: one notification per statement, and PostgreSQL folds identical ones within a
  // transaction. Delivered at commit, never for a rolled-back change.
  await sql`
    create function charter_announce_access_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('charter_access', tg_table_name);
      return null;
    end $$`.execute(db);
  for (const [table, events] of Object.entries(WATCHED)) {
    await sql
      .raw(
        `create trigger ${table}_access_change after ${events} on ${table}
         for each statement execute function charter_announce_access_change()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of Object.keys(WATCHED)) {
    await sql.raw(`drop trigger ${table}_access_change on ${table}`).execute(db);
  }
  await sql`drop function charter_announce_access_change()`.execute(db);
}
