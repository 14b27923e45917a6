import { type Kysely, sql } from 'kysely';

// Confirmation links (confirm an address, approve or confirm an email change) are signed tokens
// that nothing else remembers. A link works once: its first use leaves a row here, keyed by a
// hash of the signed part of the token, until the token expires anyway.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table email_link_use (
      token_hash text primary key,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index email_link_use_expires_idx on email_link_use (expires_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table email_link_use`.execute(db);
}
