import type { ColumnType, Generated } from 'kysely';

/** The platform tables, as Kysely sees them. Each migration that adds a table adds it here. */
export interface DatabaseSchema {
  instance: InstanceTable;
}

/** One row: this installation's identity, created by the first migration. */
export interface InstanceTable {
  id: Generated<string>;
  singleton: Generated<boolean>;
  created_at: ColumnType<Date, never, never>;
}
