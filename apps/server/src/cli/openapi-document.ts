import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { systemClock } from '../context.js';
import { fromPglite } from '../db/database.js';
import { createLogger } from '../lib/logger.js';
import { createMailer } from '../mail/mailer.js';

/**
 * The OpenAPI document exactly as a running server serves it at /api/openapi.json, built without
 * one: the routes are registered on a throwaway in-memory database and the document is read off
 * them. Generating the admin app's client from it needs no server and no network.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({ CHARTER_SECRET: 'openapi-document-openapi-document!' });
  const database = await fromPglite(new PGlite(), 'in-memory PGlite for the OpenAPI document');
  const logger = createLogger('silent');
  const mailer = createMailer({ database, logger, smtpUrl: undefined, from: config.mail.from });
  const app = await buildApp({
    config: { ...config, secret: config.secret ?? '' },
    database,
    logger,
    clock: systemClock,
    mailer,
  });
  try {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    return res.json() as Record<string, unknown>;
  } finally {
    await app.close();
    await mailer.close();
    await database.close();
  }
}
