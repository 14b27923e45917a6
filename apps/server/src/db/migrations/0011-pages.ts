import { type Kysely, sql } from 'kysely';

// The UI plane (DESIGN.md §6): an app's pages in a tree, each holding its sections, and every
// saved version of a page. Sections, visibility and filters are stored by collection and field id
// (conditions in their stored form), so renaming a field keeps them working.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table app_page (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      parent_id uuid references app_page (id),
      position integer not null default 0,
      slug text not null,
      title text not null,
      icon text,
      visibility jsonb not null,
      sections jsonb not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (app_id, slug)
    )`.execute(db);
  await sql`create index app_page_app_idx on app_page (app_id, parent_id, position)`.execute(db);
  await sql`
    create table app_page_version (
      page_id uuid not null references app_page (id) on delete cascade,
      version integer not null,
      content jsonb not null,
      saved_by uuid references account (id) on delete set null,
      saved_at timestamptz not null,
      restored_from integer,
      primary key (page_id, version)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table app_page_version`.execute(db);
  await sql`drop table app_page`.execute(db);
}
