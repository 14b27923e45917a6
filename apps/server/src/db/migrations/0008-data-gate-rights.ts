import { type Kysely, sql } from 'kysely';

// app.data.read and app.data.edit became the coarse gate of every records read and write
// (DESIGN.md §3). Until then they gated nothing, so every existing role gets both: no app
// changes behaviour, and builders take them away where they mean it.
export async function up(db: Kysely<unknown>): Promise<void> {
  const changed = await sql<{ app_id: string }>`
    update app_role
    set rights = array(select distinct unnest(rights || array['app.data.read', 'app.data.edit']) order by 1)
    where not rights @> array['app.data.read', 'app.data.edit']
    returning app_id`.execute(db);
  const apps = [...new Set(changed.rows.map((r) => r.app_id))];
  if (apps.length === 0) return;
  // Roles are part of an app's policy: a new version drops every node's cached plans.
  await sql`update application set policy_version = policy_version + 1 where id = any(${apps}::uuid[])`.execute(
    db,
  );
}

// Going back leaves the rights in place: they gated nothing before, and a role that held them on
// purpose cannot be told apart from one that got them here.
export async function down(_db: Kysely<unknown>): Promise<void> {}
