import { type Kysely, sql } from 'kysely';

// The end-user app lives at /a/:appSlug (DESIGN.md §6), and its sign-in screen shows the app's
// login template. Existing apps get a slug from their name and id, unique by construction.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table application add column slug text`.execute(db);
  await sql`
    update application
    set slug = trim(both '-' from lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'))) || '-' || left(id::text, 8)`.execute(
    db,
  );
  await sql`alter table application alter column slug set not null`.execute(db);
  // Rows written behind the API's back (imports, fixtures) still get an address.
  await sql`
    alter table application
    alter column slug set default 'app-' || left(replace(gen_random_uuid()::text, '-', ''), 12)`.execute(db);
  await sql`create unique index application_slug_idx on application (slug)`.execute(db);
  await sql`alter table application add column login_template jsonb not null default '{}'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table application drop column login_template`.execute(db);
  await sql`alter table application drop column slug`.execute(db);
}
