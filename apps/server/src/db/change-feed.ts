import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel migration 0006's triggers announce access changes on. */
export const ACCESS_CHANNEL = 'charter_access';
/** How the listening connection names itself to PostgreSQL (`pg_stat_activity.application_name`). */
export const LISTENER_NAME = 'charter change feed';

/**
 * A node serves cached reads only while it holds a lease: for LEASE_MS after sending a heartbeat
 * that has come back through its own listening connection. A writer that cannot hear from a node
 * waits out that node's lease instead (docs/decisions.md, "a change is in force on every node").
 */
export const LEASE_MS = 2_000;
const BEAT_MS = 500;
// Covers the difference between this process's clock and the server's over one lease, and timers firing late.
const LEASE_MARGIN_MS = 100;
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
   * Resolves once every change committed before the call is in force on every node: each node
   * serving cached reads has seen it, or has stopped serving them. A request that may have changed
   * something settles before it answers, so its change holds for any next request, on any node.
   * `committed` says whether the request succeeded, so that a change may have been made.
   */
  settle(committed?: boolean): Promise<void>;
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
 * Sends queries on a client one after the other, answers ignored: pg refuses (in its next major)
 * a query while another is running. A failure needs no handling here: the connection ends, or the
 * heartbeat that did not come back is noticed.
 */
function oneAtATime(client: pg.Client): (text: string, values: unknown[]) => void {
  let previous: Promise<unknown> = Promise.resolve();
  return (text, values) => {
    previous = previous.then(() => client.query(text, values)).catch(() => {});
  };
}

/** A node that held a lease when a change was announced, and how long that lease still ran. */
interface LeaseHolder {
  id: string;
  remainingMs: number;
}

/** A change this node announced, and the nodes known to have seen it. */
interface Announcement {
  seenBy: Set<string>;
  onSeen?: () => void;
}

// The heartbeat: the lease, renewed in the table other nodes read, and a beat to hear back, in one
// transaction. The lease is counted from the statement's start, which is after the beat was sent.
const BEAT_SQL = `
  with lease as (
    insert into node_lease (node_id, lease_until) values ($1, now() + $2 * interval '1 millisecond')
    on conflict (node_id) do update set lease_until = excluded.lease_until
    returning node_id)
  select pg_notify($3, $4) from lease`;

// One statement, after the change committed: who held a lease then, and a marker that every node
// hears after the change, because notifications arrive in commit order.
const SETTLE_SQL = `
  select pg_notify($1, $2), (
    select coalesce(json_agg(json_build_object(
      'id', node_id, 'remainingMs', ceil(extract(epoch from lease_until - now()) * 1000))), '[]')
    from node_lease where lease_until > now()) as holders`;

/**
 * A dedicated LISTEN connection to a PostgreSQL server, which is also how this node proves that
 * it is still hearing announcements: a heartbeat goes out through it every BEAT_MS, and only a
 * beat that came back renews the lease under which cached reads are served. When the connection
 * drops or stops answering, the feed goes dark (every cached read is dropped and none is served)
 * and reconnects with backoff.
 */
export function postgresChangeFeed(url: string, pool: pg.Pool): ChangeFeed {
  const nodeId = randomUUID();
  let epoch = 0;
  let leaseUntil = 0;
  let heardAt = 0;
  let closed = false;
  let client: pg.Client | null = null;
  let send: ReturnType<typeof oneAtATime> = () => {};
  let retryMs = RETRY_MIN_MS;
  let retryTimer: NodeJS.Timeout | undefined;
  let beatTimer: NodeJS.Timeout | undefined;
  let onLive: (() => void) | undefined;
  let report: (error: unknown) => void = () => {};
  let sequence = 0;
  const announcements = new Map<string, Announcement>();

  const seen = (token: string, by: string) => {
    const announcement = announcements.get(token);
    if (!announcement) return;
    announcement.seenBy.add(by);
    announcement.onSeen?.();
  };

  const goDark = () => {
    leaseUntil = 0;
    epoch++;
    // Every cached read is now void, so this node holds nothing from before any pending change.
    for (const token of announcements.keys()) seen(token, nodeId);
  };

  const drop = (listener: pg.Client, error: unknown) => {
    if (client !== listener) return;
    report(error);
    client = null;
    goDark();
    // Not awaited: whoever noticed goes on now, whatever the stuck connection does.
    void endWithin(listener);
    scheduleReconnect();
  };

  // Payloads: a table name (a change), `beat:<node>:<sent at>`, `sync:<node>:<n>`, `ack:<node>:<n>:<by>`.
  const hear = (payload: string) => {
    const [kind, origin, detail, by] = payload.split(':');
    if (kind === 'beat') {
      if (origin !== nodeId) return;
      heardAt = performance.now();
      leaseUntil = Math.max(leaseUntil, Number(detail) + LEASE_MS);
      onLive?.();
    } else if (kind === 'sync') {
      if (origin === nodeId) return seen(`${origin}:${detail}`, nodeId);
      // Everything announced before the marker has been heard here: say so to the node waiting.
      send('select pg_notify($1, $2)', [ACCESS_CHANNEL, `ack:${payload.slice(5)}:${nodeId}`]);
    } else if (kind === 'ack') {
      if (origin === nodeId && by) seen(`${origin}:${detail}`, by);
    } else {
      epoch++;
    }
  };

  const beat = () => {
    const listener = client;
    if (!listener) return;
    if (performance.now() - heardAt > LEASE_MS) {
      drop(listener, new Error('the change feed stopped answering its heartbeat'));
      return;
    }
    const sentAt = Math.floor(performance.now());
    send(BEAT_SQL, [nodeId, LEASE_MS, ACCESS_CHANNEL, `beat:${nodeId}:${sentAt}`]);
  };

  const connect = async (): Promise<void> => {
    const listener = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: LISTENER_NAME,
    });
    listener.on('notification', ({ payload }) => {
      if (client === listener) hear(payload ?? '');
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
      // Leases of nodes long gone; nobody waits for them, this only keeps the table small.
      await listener.query(`delete from node_lease where lease_until < now() - interval '1 day'`);
    } catch (error) {
      await endWithin(listener);
      throw error;
    }
    if (closed) {
      await endWithin(listener);
      return;
    }
    client = listener;
    send = oneAtATime(listener);
    epoch++;
    heardAt = performance.now();
    retryMs = RETRY_MIN_MS;
    // Live once the first beat is back: from then on every announcement reaches this node.
    const first = new Promise<boolean>((resolve) => {
      onLive = () => resolve(true);
      setTimeout(() => resolve(false), CONNECT_TIMEOUT_MS).unref();
    });
    beat();
    const live = await first;
    onLive = undefined;
    if (!live) drop(listener, new Error('the change feed did not hear its first heartbeat in time'));
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

  // Resolves once every holder has seen the announcement or its lease, as it stood then, ran out.
  const untilSeen = (announcement: Announcement, holders: LeaseHolder[]) =>
    new Promise<void>((resolve) => {
      const waiting = new Set(holders.map((h) => h.id));
      const timers = holders.map((holder) =>
        setTimeout(
          () => {
            waiting.delete(holder.id);
            check();
          },
          Math.min(Math.max(holder.remainingMs, 0), LEASE_MS) + LEASE_MARGIN_MS,
        ),
      );
      const check = () => {
        for (const id of announcement.seenBy) waiting.delete(id);
        if (waiting.size > 0) return;
        for (const timer of timers) clearTimeout(timer);
        announcement.onSeen = undefined;
        resolve();
      };
      announcement.onSeen = check;
      check();
    });

  return {
    get epoch() {
      return epoch;
    },
    get live() {
      return client !== null && performance.now() < leaseUntil;
    },
    async start(onError) {
      report = onError;
      if (client || retryTimer || closed) return;
      beatTimer ??= setInterval(beat, BEAT_MS).unref();
      try {
        await connect();
      } catch (error) {
        report(error);
        scheduleReconnect();
      }
    },
    async settle(committed = true) {
      const token = `${nodeId}:${++sequence}`;
      const announcement: Announcement = { seenBy: new Set() };
      announcements.set(token, announcement);
      // Without a listening connection this node's cache is void until it reconnects, and a
      // reconnection empties it again: it holds nothing from before this change.
      if (!client) announcement.seenBy.add(nodeId);
      try {
        const { rows } = await pool.query<{ holders: LeaseHolder[] }>(SETTLE_SQL, [
          ACCESS_CHANNEL,
          `sync:${token}`,
        ]);
        await untilSeen(announcement, rows[0]?.holders ?? []);
      } catch (error) {
        report(error);
        // No one to ask. A lease held now runs out within LEASE_MS, and one renewed later was
        // renewed by a beat that arrived after the change did.
        if (committed) await new Promise((resolve) => setTimeout(resolve, LEASE_MS + LEASE_MARGIN_MS));
      } finally {
        announcements.delete(token);
      }
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(beatTimer);
      const listener = client;
      client = null;
      goDark();
      if (listener) await endWithin(listener);
      // Nothing cached is served here any more: no writer needs to wait for this node's lease.
      await pool.query('delete from node_lease where node_id = $1', [nodeId]).catch(() => {});
    },
  };
}
