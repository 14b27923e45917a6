import { type Kysely, sql } from 'kysely';

const FIELD_TYPES = [
  'text',
  'longText',
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'email',
  'url',
  'singleSelect',
  'multiSelect',
  'json',
  'linkOne',
  'linkMany',
  'linkUser',
  'linkUsers',
];

// The data plane's metadata (DESIGN.md §2, §8): collections, their fields bound to stable ids, and
// the data rules. Records live in one schema per app, created by the collections module.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Record ids are UUID v7 (time-ordered, so new rows land at the end of the primary key index).
  // PostgreSQL 15 has no uuidv7(): overlay the millisecond clock on a v4 and set the version bits.
  await sql`
    create function charter_uuid_v7() returns uuid language sql volatile as $$
      select encode(
        set_bit(set_bit(
          overlay(uuid_send(gen_random_uuid())
            placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
            from 1 for 6),
          52, 1), 53, 1),
        'hex')::uuid
    $$`.execute(db);

  // Bumped by every change that affects permissions; nodes drop compiled plans when it moves.
  await sql`alter table application add column policy_version bigint not null default 1`.execute(db);

  await sql`
    create table collection (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
      name text not null check (length(name) between 1 and 200),
      description text not null default '',
      table_name text not null,
      restricted boolean not null default true,
      system text check (system in ('users')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (app_id, key),
      unique (app_id, table_name),
      unique (app_id, system)
    )`.execute(db);

  // The id is the field's stable identity: columns are named from it, stored rules refer to it.
  await sql`
    create table collection_field (
      id uuid primary key default gen_random_uuid(),
      collection_id uuid not null references collection (id) on delete cascade,
      name text not null check (name ~ '^[A-Za-z_][A-Za-z0-9_]{0,62}$'),
      label text not null check (length(label) between 1 and 200),
      type text not null check (type in (${sql.join(FIELD_TYPES.map((t) => sql.lit(t)))})),
      column_name text,
      required boolean not null default false,
      is_unique boolean not null default false,
      default_value jsonb,
      options jsonb not null default '{}',
      position integer not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (collection_id, name),
      check ((column_name is null) = (type in ('linkMany', 'linkUsers')))
    )`.execute(db);

  await sql`
    create table data_rule (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      collection_id uuid not null references collection (id),
      kind text not null check (kind in ('grant', 'guard', 'fieldCondition')),
      name text not null check (length(name) between 1 and 200),
      description text not null default '',
      "to" jsonb not null default '{}',
      actions text[] not null default '{}',
      condition text,
      fields jsonb,
      access text check (access in ('read', 'write')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index data_rule_app_idx on data_rule (app_id)`.execute(db);
  await sql`create index data_rule_collection_idx on data_rule (collection_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const schemas = await sql<{ name: string }>`
    select nspname as name from pg_namespace where nspname ~ '^app_[0-9a-f]{32}$'`.execute(db);
  for (const { name } of schemas.rows) await sql`drop schema ${sql.id(name)} cascade`.execute(db);
  await sql`drop table data_rule`.execute(db);
  await sql`drop table collection_field`.execute(db);
  await sql`drop table collection`.execute(db);
  await sql`alter table application drop column policy_version`.execute(db);
  await sql`drop function charter_uuid_v7()`.execute(db);
}
