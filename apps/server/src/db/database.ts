import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import { DEFAULT_RANDOM_PAGE_COST, type StorageConfig } from '../config/config.js';
import { type ChangeFeed, pgliteChangeFeed, postgresChangeFeed } from './change-feed.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import type { DatabaseSchema } from './schema.js';
import { DatabaseHealth, isDatabaseUnavailable } from './unavailable.js';

/** The one storage handle the rest of Charter sees, whichever back end sits behind it. */
export interface Database {
  kind: 'pglite' | 'postgres';
  /** A human description for start-up logs, without credentials. */
  description: string;
  pool: pg.Pool;
  db: Kysely<DatabaseSchema>;
  /** Announced changes to who may do what, for the caches of those reads. */
  changes: ChangeFeed;
  /** Whether the database answers; requests that find it gone are answered 503. */
  health: DatabaseHealth;
  close(): Promise<void>;
}

/** Settings of the sessions Charter opens. */
export interface SessionSettings {
  randomPageCost: number | null;
  /** The longest one statement may run, in ms; 0 for no limit (PostgreSQL only). */
  statementTimeoutMs?: number;
  /** The longest a request waits for a connection from the pool, in ms (PostgreSQL only). */
  connectTimeoutMs?: number;
}

const DEFAULT_SESSION: SessionSettings = { randomPageCost: DEFAULT_RANDOM_PAGE_COST };

// How much longer than the server's statement timeout the client waits for an answer before it
// gives the connection up: the server's own cancel is the clean path, this one covers a
// connection that stopped delivering anything at all.
const READ_TIMEOUT_MARGIN_MS = 500;

/** Opens the configured database. After this point both back ends share one code path. */
export async function openDatabase(storage: StorageConfig): Promise<Database> {
  const session = { randomPageCost: storage.randomPageCost };
  if (storage.kind === 'postgres') {
    return openPostgres(storage.url, storage.poolMax, {
      ...session,
      statementTimeoutMs: storage.statementTimeoutMs,
      connectTimeoutMs: storage.connectTimeoutMs,
    });
  }
  return openEmbedded(storage.dataDir, session);
}

/** A pg Pool on a PostgreSQL server. */
export function openPostgres(url: string, poolMax = 10, session = DEFAULT_SESSION): Database {
  const statementTimeoutMs = session.statementTimeoutMs ?? 0;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: session.connectTimeoutMs ?? 10_000,
    ...(statementTimeoutMs > 0 ? { query_timeout: statementTimeoutMs + READ_TIMEOUT_MARGIN_MS } : {}),
    onConnect: sessionSetup(session),
  });
  // An idle client that loses its connection emits 'error'; without a listener it would crash the process.
  pool.on('error', () => {});
  const changes = postgresChangeFeed(url, pool);
  return wrapPool('postgres', `PostgreSQL at ${redactUrl(url)}`, pool, changes, async () => {});
}

/** A durable PGlite database in dataDir, reached through pg via PGlite's node-postgres adapter. */
export async function openEmbedded(dataDir: string, session = DEFAULT_SESSION): Promise<Database> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lock = await acquireDataDirLock(dataDir);
  try {
    // Never relaxedDurability: every commit is flushed before it is acknowledged.
    // Imported here, not at the top: a server on PostgreSQL never loads the embedded one.
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = new PGlite(path.join(dataDir, 'pgdata'));
    await pglite.waitReady;
    return await fromPglite(pglite, `embedded PGlite in ${dataDir}`, lock, session);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Wraps an open PGlite instance; used by openEmbedded and by the test harness. */
export async function fromPglite(
  pglite: PGlite,
  description: string,
  lock?: DataDirLock,
  session = DEFAULT_SESSION,
): Promise<Database> {
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pool = new pg.Pool({ ...createPgConfig(pglite), onConnect: sessionSetup(session) });
  return wrapPool('pglite', description, pool, pgliteChangeFeed(pglite), async () => {
    await pglite.close();
    await lock?.release();
  });
}

function wrapPool(
  kind: Database['kind'],
  description: string,
  pool: pg.Pool,
  changes: ChangeFeed,
  afterPoolEnd: () => Promise<void>,
): Database {
  const health = new DatabaseHealth();
  const db = new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({ pool: discardingBrokenClients(pool) }),
    plugins: [health.plugin()],
  });
  let closing: Promise<void> | undefined;
  return {
    kind,
    description,
    pool,
    db,
    changes,
    health,
    close() {
      // Kysely's destroy ends the pool; PGlite closes only after the last client is gone.
      closing ??= changes
        .close()
        .then(() => db.destroy())
        .then(afterPoolEnd);
      return closing;
    },
  };
}

// The planner's price of a random page read. PostgreSQL's default of 4 prices a disk seek;
// Charter's hot tables are read from memory, where a random read costs about what a sequential
// one does. At 4 the planner answers "positions I manage, by id" by walking the primary key and
// discarding nineteen rows in twenty, instead of reading the (link, id) index built for that rule:
// 363 buffers against 35, 0.42 ms against 0.17 ms (docs/benchmarks.md).
// The pool runs it on every new connection before handing it out; if it fails, the connection is
// closed and the caller gets the error. One round trip per connection, not per query; a plain
// SET, not a startup option, so that PgBouncer (which refuses unknown startup options) passes it.
// The statement timeout is set the same way, so that the server cancels a statement that runs too
// long and the connection stays usable.
function sessionSetup(session: SessionSettings): ((client: pg.ClientBase) => Promise<void>) | undefined {
  const settings: string[] = [];
  if (session.randomPageCost !== null)
    settings.push(`set random_page_cost = ${Number(session.randomPageCost)}`);
  if (session.statementTimeoutMs)
    settings.push(`set statement_timeout = ${Math.trunc(session.statementTimeoutMs)}`);
  if (settings.length === 0) return undefined;
  return async (client) => {
    await client.query(settings.join('; '));
  };
}

/**
 * The pool as Kysely sees it, except that a connection on which a statement failed because the
 * database was unreachable or did not answer in time is closed instead of going back to the pool:
 * a stalled connection may deliver the old answer later, and a broken one fails every next user.
 */
function discardingBrokenClients(pool: pg.Pool): PostgresPool {
  // Why each pooled connection last failed, if it failed for want of the database.
  const broken = new WeakMap<pg.PoolClient, unknown>();
  const patched = new WeakSet<pg.PoolClient>();
  const watch = (client: pg.PoolClient) => {
    patched.add(client);
    // A connection that breaks between two statements reports it as an event; unheard, it would
    // end the process. Heard, the connection is discarded when it is given back.
    client.on('error', (error) => broken.set(client, error));
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) broken.set(client, error);
        throw error;
      });
    };
  };
  return {
    async connect() {
      const client = await pool.connect();
      if (!patched.has(client)) watch(client);
      const release = client.release.bind(client);
      (client as unknown as { release: (error?: Error | boolean) => void }).release = (error) => {
        const cause = broken.get(client);
        if (cause === undefined) return release(error);
        (
          client as unknown as { connection?: { stream?: { destroy(): void } } }
        ).connection?.stream?.destroy();
        return release(cause instanceof Error ? cause : new Error('connection lost'));
      };
      return client;
    },
    end: () => pool.end(),
  };
}

/** Hides the password in a connection URL for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://[unparseable URL]';
  }
}

/** The configured database server does not answer; the server must not start. */
export class DatabaseUnreachableError extends Error {
  constructor(description: string, cause: unknown) {
    super(
      `cannot reach the database (${description}): ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'DatabaseUnreachableError';
  }
}

/** One round trip, so that a wrong DATABASE_URL fails the start with a clear line. */
export async function assertReachable(database: Database): Promise<void> {
  try {
    await database.pool.query('select 1');
  } catch (error) {
    throw new DatabaseUnreachableError(database.description, error);
  }
}
