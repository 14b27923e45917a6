import { type Kysely, sql } from 'kysely';

// The media library (issue 20). A media item is an app's named file; each replacement is a new
// version, and every version points at its bytes by sha-256. The bytes live in the media store:
// files under the data directory when embedded, or the two tables below on PostgreSQL, so that
// every node serves every file without a shared disk.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table media (
      id uuid primary key default gen_random_uuid(),
      app_id uuid not null references application (id) on delete cascade,
      name text not null,
      folder text not null default '',
      tags text[] not null default '{}',
      version integer not null default 1,
      content_type text not null,
      size bigint not null,
      sha256 text not null,
      width integer,
      height integer,
      created_by uuid references account (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index media_app_created_idx on media (app_id, created_at desc, id desc)`.execute(db);
  await sql`
    create table media_version (
      media_id uuid not null references media (id) on delete cascade,
      version integer not null,
      name text not null,
      content_type text not null,
      size bigint not null,
      sha256 text not null,
      width integer,
      height integer,
      saved_by uuid references account (id) on delete set null,
      saved_at timestamptz not null,
      restored_from integer,
      primary key (media_id, version)
    )`.execute(db);
  await sql`create index media_version_sha256_idx on media_version (sha256)`.execute(db);
  // Resized images, made once per source and width and then served from the store.
  await sql`
    create table media_variant (
      sha256 text not null,
      width integer not null,
      variant_sha256 text not null,
      content_type text not null,
      size bigint not null,
      primary key (sha256, width)
    )`.execute(db);
  // The PostgreSQL store: a blob is its chunks (all but the last of chunk_size bytes), written
  // under an upload id and visible only once its media_blob row names that upload.
  await sql`
    create table media_blob (
      sha256 text primary key,
      upload_id uuid not null,
      size bigint not null,
      chunk_size integer not null,
      touched_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table media_chunk (
      upload_id uuid not null,
      seq integer not null,
      data bytea not null,
      created_at timestamptz not null default now(),
      primary key (upload_id, seq)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table media_chunk`.execute(db);
  await sql`drop table media_blob`.execute(db);
  await sql`drop table media_variant`.execute(db);
  await sql`drop table media_version`.execute(db);
  await sql`drop table media`.execute(db);
}
