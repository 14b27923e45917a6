import { type Kysely, sql } from 'kysely';

// DESIGN.md §7's builder tools: explanations of denied decisions that builders resolve by a
// reference, and time-boxed "view as another user" sessions.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The reference is what a denied caller sees; the explanation is for the app's builders only.
  await sql`
    create table decision_reference (
      id text primary key,
      app_id uuid not null references application (id) on delete cascade,
      account_id uuid not null,
      impersonator_account_id uuid,
      method text not null,
      action text not null,
      collection text not null,
      record_id uuid,
      explanation jsonb not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index decision_reference_expiry_idx on decision_reference (expires_at)`.execute(db);

  // Bound to the caller's browser session: another session (or a stolen cookie) cannot use it.
  await sql`
    create table view_as_session (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      caller_account_id uuid not null references account (id) on delete cascade,
      caller_session_id uuid not null references account_session (id) on delete cascade,
      target_account_id uuid not null references account (id) on delete cascade,
      reason text not null,
      allow_writes boolean not null,
      started_at timestamptz not null,
      expires_at timestamptz not null,
      ended_at timestamptz
    )`.execute(db);
  await sql`create index view_as_session_caller_idx on view_as_session (caller_session_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table view_as_session`.execute(db);
  await sql`drop table decision_reference`.execute(db);
}
