import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import { knownMigrationCount } from '../../db/migrate.js';

/** What the readiness check reports when the database answers. */
export interface Readiness {
  status: 'ready';
  database: { kind: 'pglite' | 'postgres'; migrations: number };
  instanceId: string;
}

/** Why the service is not ready; the route maps it to 503. */
export class NotReadyError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NotReadyError';
  }
}

const READY_TIMEOUT_MS = 2_000;
const NOT_MIGRATED = 'The database schema is not migrated.';

/** Checks that the database answers within a bound and that the schema is fully migrated. */
export async function checkReadiness(ctx: AppContext): Promise<Readiness> {
  const { db, kind } = ctx.database;
  const probe = (async () => {
    const instance = await db.selectFrom('instance').select('id').executeTakeFirst();
    const applied = await sql<{ n: number }>`select count(*)::int as n from charter_migration`.execute(db);
    return { instanceId: instance?.id, migrations: applied.rows[0]?.n ?? 0 };
  })();
  const state = await withTimeout(probe, READY_TIMEOUT_MS).catch((error: unknown) => {
    ctx.logger.warn({ err: error }, 'readiness probe failed');
    // 42P01 undefined_table: the server answers but the schema is missing.
    if ((error as { code?: string }).code === '42P01') throw new NotReadyError(NOT_MIGRATED);
    throw new NotReadyError('The database is not reachable.');
  });
  if (!state.instanceId || state.migrations < knownMigrationCount) {
    throw new NotReadyError(NOT_MIGRATED);
  }
  return { status: 'ready', database: { kind, migrations: state.migrations }, instanceId: state.instanceId };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
