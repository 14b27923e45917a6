import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { AppContext, Clock } from '../../src/context.js';
import { systemClock } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/lib/logger.js';
import { createMailer } from '../../src/mail/mailer.js';

/** Log lines a test can read back. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  /** The parsed JSON log records. */
  records(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

/** A real context on a test database: real config parsing, a captured logger. */
export function createTestContext(
  database: Database,
  options: { env?: NodeJS.ProcessEnv; clock?: Clock; logs?: LogCapture } = {},
): AppContext {
  const config = loadConfig({ CHARTER_SECRET: 'test-secret-test-secret-test-secret!', ...options.env });
  const logger = createLogger(options.logs ? 'info' : 'silent', options.logs);
  const mailer = createMailer({ database, logger, smtpUrl: config.mail.smtpUrl, from: config.mail.from });
  return {
    config: { ...config, secret: config.secret ?? '' },
    database,
    logger,
    clock: options.clock ?? systemClock,
    mailer,
  };
}

/** The app on a context, not listening; use `app.inject()`. Call `ready()` after adding test routes. */
export async function createTestApp(
  database: Database,
  options: Parameters<typeof createTestContext>[1] = {},
): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const ctx = createTestContext(database, options);
  const app = await buildApp(ctx);
  return { app, ctx };
}
