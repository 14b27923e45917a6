import { type Kysely, sql } from 'kysely';

// Dashboards (app.dashboards.read / .edit): sets of widgets over the app's collections, computed
// per viewer under the data rules. Widgets are stored by collection and field id (filters in their
// stored form), so renaming a field keeps them working; every save is kept as a version.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table app_dashboard (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      title text not null,
      description text not null default '',
      widgets jsonb not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index app_dashboard_app_idx on app_dashboard (app_id, title)`.execute(db);
  await sql`
    create table app_dashboard_version (
      dashboard_id uuid not null references app_dashboard (id) on delete cascade,
      version integer not null,
      content jsonb not null,
      saved_by uuid references account (id) on delete set null,
      saved_at timestamptz not null,
      restored_from integer,
      primary key (dashboard_id, version)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table app_dashboard_version`.execute(db);
  await sql`drop table app_dashboard`.execute(db);
}
