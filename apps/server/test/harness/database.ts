import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, fromPglite, openPostgres } from '../../src/db/database.js';
import { dropDatabase, withDatabase } from './global-setup.js';

/** A back end a database suite runs on. */
export type Backend = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function availableBackends(): Backend[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A private, migrated database for one test file. */
export async function openTestDatabase(backend: Backend): Promise<Database> {
  if (backend === 'pglite') {
    const tar = await fs.readFile(inject('pgliteTemplate'));
    const pglite = new PGlite({ loadDataDir: new Blob([tar]) });
    await pglite.waitReady;
    return fromPglite(pglite, 'test PGlite');
  }
  const created = await createPostgresTestDatabase();
  const database = openPostgres(created.url, 4);
  return {
    ...database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}

/** A fresh, migrated PostgreSQL database copied from the run's template; drop it when done. */
export async function createPostgresTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const template = inject('postgresTemplate');
  if (!template) throw new Error('PostgreSQL was requested but TEST_DATABASE_URL is not set');
  const name = `charter_test_${randomBytes(6).toString('hex')}`;
  await createFromTemplate(template.url, name, template.database);
  return { url: withDatabase(template.url, name), drop: () => dropDatabase(template.url, name) };
}

// CREATE DATABASE … TEMPLATE fails while another session copies the same template; retry briefly.
async function createFromTemplate(url: string, name: string, template: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * Registers a suite once per available back end, each with its own migrated database.
 * The back end's name is part of every test title, so a failure says where it failed.
 */
export function describeDb(title: string, suite: (db: () => Database, backend: Backend) => void): void {
  describe.each(availableBackends())(`${title} [%s]`, (backend) => {
    let database: Database | undefined;
    beforeAll(async () => {
      database = await openTestDatabase(backend);
    });
    afterAll(async () => {
      await database?.close();
    });
    suite(() => {
      if (!database) throw new Error('the test database is not open yet');
      return database;
    }, backend);
  });
}
