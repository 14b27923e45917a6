import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import type { Logger } from './lib/logger.js';
import type { Mailer } from './mail/mailer.js';

/** A source of time; tests pass a fixed or stepping clock. */
export interface Clock {
  now(): Date;
}

/** Everything a domain function may use, passed explicitly: no module-level singletons. */
export interface AppContext {
  config: Config & { secret: string };
  database: Database;
  logger: Logger;
  clock: Clock;
  mailer: Mailer;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };
