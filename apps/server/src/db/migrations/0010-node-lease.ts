import { type Kysely, sql } from 'kysely';

// One row per running node on a PostgreSQL server: until when it may serve cached reads of the
// access tables (db/change-feed.ts). A writer reads it to know whom to wait for. Unlogged: after
// a server crash every node has lost its listening connection, and with it its lease, anyway.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unlogged table node_lease (
      node_id uuid primary key,
      lease_until timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table node_lease`.execute(db);
}
