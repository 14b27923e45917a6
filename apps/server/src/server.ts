import type { FastifyInstance } from 'fastify';
import { buildApp, defaultAdminDir } from './app.js';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import { resolveSecret } from './config/secret.js';
import { type AppContext, systemClock } from './context.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { assertReachable, DatabaseUnreachableError, openDatabase } from './db/database.js';
import { MigrationError, migrateToLatest } from './db/migrate.js';
import { drainConnections } from './http/shutdown-drain.js';
import { createLogger, type Logger } from './lib/logger.js';
import { createMailer } from './mail/mailer.js';
import { ensureSetupLink } from './modules/setup/setup.service.js';

/** A listening Charter server and the way to stop it cleanly. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  ctx: AppContext;
  /**
   * `drainMs`: how long connections left open are answered 503 before closing (SIGTERM passes
   * CHARTER_SHUTDOWN_DRAIN_MS; none by default, as on Ctrl-C, where nobody routes traffic here).
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

/** Errors that mean "the operator must fix something": printed as one line, no stack trace. */
export function isStartupError(error: unknown): error is Error {
  return (
    error instanceof ConfigError ||
    error instanceof DataDirLockedError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof MigrationError
  );
}

/** Opens the database, migrates it and builds the context: shared by `serve` and the CLI commands. */
export async function openContext(config: Config, logger: Logger): Promise<AppContext> {
  const database = await openDatabase(config.storage);
  try {
    await assertReachable(database);
    const secret = await resolveSecret(config.secret, config.dataDir);
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    const mailer = createMailer({ database, logger, smtpUrl: config.mail.smtpUrl, from: config.mail.from });
    return { config: { ...config, secret }, database, logger, clock: systemClock, mailer };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** A step run once the server listens, before it reports ready (the demo seeds its data here). */
export type PrepareServer = (app: FastifyInstance, ctx: AppContext) => Promise<void>;

/** Composition root: config → db → app → listen. */
export async function startServer(env: NodeJS.ProcessEnv, prepare?: PrepareServer): Promise<RunningServer> {
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  const ctx = await openContext(config, logger);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp(ctx, { adminDir: defaultAdminDir() });
    await app.listen({ port: config.port, host: config.host });
    await prepare?.(app, ctx);
  } catch (error) {
    await app?.close();
    await ctx.mailer.close();
    await ctx.database.close();
    throw error;
  }
  const url = publicUrl(config, app);
  const setup = await ensureSetupLink(ctx);
  const createOwnerHint =
    'or with: npm run charter -- create-owner --email you@example.com --name "Your Name"\n\n';
  if (setup.kind === 'token') {
    // The one deliberate exception to "no tokens in output": the operator needs it to start.
    // Every node sharing this database and secret prints this same link until it expires.
    process.stdout.write(
      `\nFirst run: no platform owner yet. Create one before ${setup.expiresAt.toISOString()} at\n  ${config.publicUrl}/setup?token=${setup.token}\n` +
        createOwnerHint,
    );
  } else if (setup.kind === 'elsewhere') {
    process.stdout.write(
      `\nFirst run: no platform owner yet. A setup link valid until ${setup.expiresAt.toISOString()} was printed\n` +
        'by a node with another CHARTER_SECRET or an earlier version; use that link, ' +
        createOwnerHint,
    );
  }
  logger.info(
    { url, database: ctx.database.kind, storage: ctx.database.description },
    `Charter is listening on ${url} (database: ${ctx.database.description})`,
  );
  const running = app;
  return { url, app: running, ctx, stop: (options) => stopServer(running, ctx, options?.drainMs ?? 0) };
}

/**
 * Stops accepting, answers requests on connections left open 503 for the drain window, lets
 * in-flight requests finish, then closes the pool and PGlite.
 */
export async function stopServer(
  app: FastifyInstance,
  { config, database, logger, mailer }: AppContext,
  drainMs = config.shutdownDrainMs,
): Promise<void> {
  logger.info('shutting down: finishing in-flight requests');
  await drainConnections(app, drainMs);
  await app.close();
  await mailer.close();
  await database.close();
  logger.info('stopped');
}

function publicUrl(config: Config, app: FastifyInstance): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = ['0.0.0.0', '::', 'localhost'].includes(config.host) ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
