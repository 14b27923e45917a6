import type { KyselyPlugin } from 'kysely';

// Socket errors: the database server cannot be reached or the connection to it broke.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs that say the server is going away, not taking connections, or cut the statement off
// from outside: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
// 57014 query_canceled (the statement timeout, or an operator's pg_cancel_backend),
// 53300 too_many_connections. Class 08 (connection exceptions) is matched by its prefix.
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '53300']);

// node-postgres and PGlite report a lost connection or a timeout as plain errors without a code.
const MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'PGlite is closed',
];

/**
 * Whether an error means the database is unreachable or did not answer in time, as opposed to a
 * fault in Charter or in the request. Only these are answered 503; anything else stays a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === 'string') {
      if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    }
    if (typeof message === 'string' && MESSAGES.some((m) => message.startsWith(m))) return true;
    // A connection attempt to several addresses fails with one error per address.
    if (Array.isArray(errors) && errors.length > 0 && errors.every(isDatabaseUnavailable)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A change of the database's availability as Charter sees it. */
export type HealthEvent = { state: 'down'; error: unknown } | { state: 'up'; downForMs: number };

/**
 * Whether the database answered lately. A request that fails because the database is unavailable
 * marks it down; the next statement that succeeds marks it up. Listeners hear each change once,
 * so an outage is logged once when it starts and once when it ends, not once per request.
 */
export class DatabaseHealth {
  private downSince: number | null = null;
  private readonly listeners = new Set<(event: HealthEvent) => void>();

  get down(): boolean {
    return this.downSince !== null;
  }

  failed(error: unknown): void {
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    for (const listener of this.listeners) listener({ state: 'down', error });
  }

  succeeded(): void {
    if (this.downSince === null) return;
    const downForMs = Date.now() - this.downSince;
    this.downSince = null;
    for (const listener of this.listeners) listener({ state: 'up', downForMs });
  }

  /** Calls listener on each change; returns the function that stops it. */
  watch(listener: (event: HealthEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A Kysely plugin that marks the database up whenever a statement returns. */
  plugin(): KyselyPlugin {
    return {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        this.succeeded();
        return args.result;
      },
    };
  }
}
