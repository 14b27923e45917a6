import { type Kysely, sql } from 'kysely';

// Link and creator indexes become (column, id): lists page by id, so "the records linked to me"
// reads just one page instead of sorting every linked row first. New collections and fields get
// these indexes from storage-ddl.ts; this rebuilds those of existing apps.
export async function up(db: Kysely<unknown>): Promise<void> {
  await rebuild(db, ', "id"');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rebuild(db, '');
}

interface IndexedColumn {
  app_id: string;
  table_name: string;
  index_name: string;
  column_name: string;
}

async function rebuild(db: Kysely<unknown>, suffix: string): Promise<void> {
  // Names as storage-names.ts derives them from ids: app_<hex>, <table>_created_by, i_<hex>.
  const { rows } = await sql<IndexedColumn>`
    select c.app_id, c.table_name, c.table_name || '_' || col as index_name, col as column_name
    from collection c cross join unnest(array['created_by', 'updated_by']) col
    where c.system is null
    union all
    select c.app_id, c.table_name, 'i_' || replace(f.id::text, '-', ''), f.column_name
    from collection_field f join collection c on c.id = f.collection_id
    where f.type in ('linkOne', 'linkUser') and f.column_name is not null`.execute(db);
  for (const row of rows) {
    const schema = `app_${row.app_id.replaceAll('-', '')}`;
    await sql`drop index if exists ${sql.id(schema, row.index_name)}`.execute(db);
    await sql`create index ${sql.id(row.index_name)} on ${sql.id(schema, row.table_name)} (${sql.id(row.column_name)}${sql.raw(suffix)})`.execute(
      db,
    );
  }
}
