import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPglite, openPostgres } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory, dumped once; each test file loads its own copy. */
    pgliteTemplate: string;
    /** When TEST_DATABASE_URL is set: the server URL and a migrated template database. */
    postgresTemplate: { url: string; database: string } | null;
  }
}

/**
 * Migrates each back end once per run. Test files then get a private copy in well under a
 * second, instead of paying for initdb and migrations every time.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // PostgreSQL first: an unreachable server should fail the run before any other work.
  const url = process.env.TEST_DATABASE_URL;
  const postgres = url ? await buildPostgresTemplate(url) : null;
  project.provide('postgresTemplate', postgres);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-test-'));
  project.provide('pgliteTemplate', await buildPgliteTemplate(dir));

  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
    if (postgres) await dropDatabase(postgres.url, postgres.database);
  };
}

async function buildPgliteTemplate(dir: string): Promise<string> {
  const pglite = new PGlite();
  const database = await fromPglite(pglite, 'template');
  await migrateToLatest(database.db);
  const file = path.join(dir, 'pglite-template.tar');
  await fs.writeFile(file, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  return file;
}

async function buildPostgresTemplate(url: string): Promise<{ url: string; database: string }> {
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    // Never skip silently: a configured server that cannot be reached fails the run.
    throw new Error(`TEST_DATABASE_URL is set but the server cannot be reached: ${(error as Error).message}`);
  }
  const database = `charter_tpl_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database ${database}`);
  await admin.end();
  const target = withDatabase(url, database);
  const handle = openPostgres(target, 2);
  await migrateToLatest(handle.db);
  await handle.close();
  return { url, database };
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Drops a database even if connections linger (PostgreSQL 13+). */
export async function dropDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
  } finally {
    await admin.end();
  }
}
