import { type Kysely, sql } from 'kysely';

// DESIGN.md §7's builder tools: denied decisions that builders resolve by a reference, and
// time-boxed "view as another user" sessions.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A denied data request is one audit entry; its reference (what the caller sees) finds it again.
  await sql`
    create index audit_event_reference_idx on audit_event ((details ->> 'reference'))
    where action = 'data.denied'`.execute(db);

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
  await sql`drop index audit_event_reference_idx`.execute(db);
}
