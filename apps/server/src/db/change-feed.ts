import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel migration 0006's triggers announce access changes on. */
export const ACCESS_CHANNEL = 'charter_access';
// A marker this process sends itself to learn that every earlier notification has arrived.
const SYNC_PREFIX = 'sync:';
const SETTLE_TIMEOUT_MS = 2_000;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;
// The longest the listener may take to connect, or to close politely before its socket is dropped.
const CONNECT_TIMEOUT_MS = 5_000;
const END_TIMEOUT_MS = 1_000;

/**
 * Closes a client without trusting its connection: a polite end, and the socket destroyed if that
 * does not finish in time. A stalled connection never answers the end, and must not hold anyone.
 */
async function endWithin(client: pg.Client, ms = END_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([client.end().catch(() => {}), late]);
  } finally {
    clearTimeout(timer);
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}

/**
 * Changes to the tables that decide who a request is and what it may do (accounts, sessions,
 * companies, apps, app users and roles), as PostgreSQL announces them. Cached reads of those
 * tables are stamped with the epoch they were read at and are good only while it stands.
 */
export interface ChangeFeed {
  /** Bumped by every announced change, and whenever the feed connects or drops. */
  readonly epoch: number;
  /** Announcements are arriving, so a cached read can be trusted until the epoch moves. */
  readonly live: boolean;
  /** Starts listening; the feed stays off (and caches unused) until it is started. */
  start(onError: (error: unknown) => void): Promise<void>;
  /**
   * Resolves once every change committed before the call has been seen here. A request that
   * changed something settles before it answers, so its own change is in force for the next one.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** PGlite delivers a notification before the statement that commits it returns: nothing to wait for. */
export function pgliteChangeFeed(pglite: PGlite): ChangeFeed {
  let epoch = 0;
  let live = false;
  let unlisten: (() => Promise<void>) | undefined;
  return {
    get epoch() {
      return epoch;
    },
    get live() {
      return live;
    },
    async start() {
      if (unlisten) return;
      unlisten = await pglite.listen(ACCESS_CHANNEL, () => {
        epoch++;
      });
      epoch++;
      live = true;
    },
    async settle() {},
    async close() {
      live = false;
      epoch++;
      const stop = unlisten;
      unlisten = undefined;
      await stop?.();
    },
  };
}

/**
 * A dedicated LISTEN connection to a PostgreSQL server. When it drops, the feed goes dark (every
 * cached read is dropped and none is served) and reconnects with backoff.
 */
export function postgresChangeFeed(url: string, pool: pg.Pool): ChangeFeed {
  let epoch = 0;
  let live = false;
  let closed = false;
  let client: pg.Client | null = null;
  let retryMs = RETRY_MIN_MS;
  let retryTimer: NodeJS.Timeout | undefined;
  let report: (error: unknown) => void = () => {};
  const tag = randomUUID();
  let sequence = 0;
  const waiters = new Map<string, () => void>();

  const goDark = () => {
    live = false;
    epoch++;
    for (const wake of waiters.values()) wake();
    waiters.clear();
  };

  const connect = async (): Promise<void> => {
    const listener = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    listener.on('notification', ({ payload }) => {
      if (payload?.startsWith(SYNC_PREFIX)) {
        waiters.get(payload)?.();
        waiters.delete(payload);
      } else {
        epoch++;
      }
    });
    listener.on('error', (error) => report(error)); // 'end' follows
    listener.on('end', () => {
      if (client !== listener) return;
      client = null;
      goDark();
      scheduleReconnect();
    });
    try {
      await listener.connect();
      await listener.query(`listen ${ACCESS_CHANNEL}`);
    } catch (error) {
      await endWithin(listener);
      throw error;
    }
    if (closed) {
      await endWithin(listener);
      return;
    }
    client = listener;
    epoch++;
    live = true;
    retryMs = RETRY_MIN_MS;
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().catch((error: unknown) => {
        report(error);
        scheduleReconnect();
      });
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  return {
    get epoch() {
      return epoch;
    },
    get live() {
      return live;
    },
    async start(onError) {
      report = onError;
      if (client || retryTimer || closed) return;
      try {
        await connect();
      } catch (error) {
        report(error);
        scheduleReconnect();
      }
    },
    async settle() {
      if (!live) return;
      const token = `${SYNC_PREFIX}${tag}:${++sequence}`;
      const seen = new Promise<boolean>((resolve) => waiters.set(token, () => resolve(true)));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), SETTLE_TIMEOUT_MS);
      });
      try {
        // Notifications reach a listener in commit order: once this one is back, so are all before it.
        await pool.query('select pg_notify($1, $2)', [ACCESS_CHANNEL, token]);
        if (!(await Promise.race([seen, late]))) throw new Error('the change feed did not answer in time');
      } catch (error) {
        // Never trust the cache past a change that may have been missed: reconnect from scratch.
        report(error);
        const stuck = client;
        client = null;
        goDark();
        // Not awaited: the request that settles answers now, whatever the stuck connection does.
        if (stuck) void endWithin(stuck);
        scheduleReconnect();
      } finally {
        clearTimeout(timer);
        waiters.delete(token);
      }
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const listener = client;
      client = null;
      goDark();
      if (listener) await endWithin(listener);
    },
  };
}
