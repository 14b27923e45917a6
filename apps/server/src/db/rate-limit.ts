import { sql } from 'kysely';
import type { Database } from './database.js';

/** The state of one counter after a call. */
export interface RateLimitState {
  allowed: boolean;
  count: number;
  /** Seconds until the window frees up; 0 when allowed. */
  retryAfter: number;
}

/**
 * Counts one event against `key` in a fixed window and says whether it is within `max`.
 * One atomic upsert, so concurrent requests on any number of nodes cannot all slip through.
 */
export async function consumeRateLimit(
  database: Database,
  key: string,
  rule: { windowSeconds: number; max: number },
  now: Date,
): Promise<RateLimitState> {
  const { rows } = await sql<{ window_start: Date; count: number }>`
    insert into rate_limit (key, window_start, count) values (${key}, ${now}, 1)
    on conflict (key) do update set
      window_start = case when rate_limit.window_start <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
        then excluded.window_start else rate_limit.window_start end,
      count = case when rate_limit.window_start <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
        then 1 else rate_limit.count + 1 end
    returning window_start, count`.execute(database.db);
  return toState(rows[0], rule, now);
}

/** Reads a counter without counting, e.g. to refuse a login before checking the password. */
export async function peekRateLimit(
  database: Database,
  key: string,
  rule: { windowSeconds: number; max: number },
  now: Date,
): Promise<RateLimitState> {
  const row = await database.db
    .selectFrom('rate_limit')
    .select(['window_start', 'count'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || row.window_start.getTime() <= now.getTime() - rule.windowSeconds * 1000) {
    return { allowed: true, count: 0, retryAfter: 0 };
  }
  // Peeking asks "may one more happen?", so the limit is reached at max, not past it.
  return toState(row, { ...rule, max: rule.max - 1 }, now);
}

function toState(
  row: { window_start: Date; count: number } | undefined,
  rule: { windowSeconds: number; max: number },
  now: Date,
): RateLimitState {
  if (!row) return { allowed: true, count: 0, retryAfter: 0 };
  const allowed = row.count <= rule.max;
  const endsAt = row.window_start.getTime() + rule.windowSeconds * 1000;
  return {
    allowed,
    count: row.count,
    retryAfter: allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
  };
}
