import { type Kysely, Migrator } from 'kysely';
import { migrations } from './migrations/index.js';

/** Thrown when the schema cannot be brought up to date; the server must not start on it. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(
      `migration ${migration ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'MigrationError';
  }
}

/**
/**
 * Brings the schema up to date. Idempotent: applied migrations are skipped. On PostgreSQL the
 * migrator holds an advisory lock, so nodes starting together apply each migration once.
 */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema.
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'charter_migration',
    migrationLockTableName: 'charter_migration_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw new MigrationError(results.find((r) => r.status === 'Error')?.migrationName, error);
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The number of migrations this build knows; the readiness check reports it. */
export const knownMigrationCount = Object.keys(migrations).length;
