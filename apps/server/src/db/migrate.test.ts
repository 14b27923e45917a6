import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { describeDb } from '../../test/harness/database.js';
import { dropDatabase, withDatabase } from '../../test/harness/global-setup.js';
import { fromPglite, openPostgres } from './database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

const ALL = Object.keys(migrations);

describeDb('migrations', (database) => {
  it('have all been applied to the test database', async () => {
    const rows = await sql<{ name: string }>`select name from charter_migration order by name`.execute(
      database().db,
    );
    expect(rows.rows.map((r) => r.name)).toEqual(ALL);
  });

  it('are idempotent: a second run applies nothing and keeps the data', async () => {
    const before = await database().db.selectFrom('instance').select('id').execute();
    expect(await migrateToLatest(database().db)).toEqual([]);
    const after = await database().db.selectFrom('instance').select('id').execute();
    expect(after).toEqual(before);
    expect(after).toHaveLength(1);
  });
});

describe('migrations from an empty database', () => {
  it('apply every migration on a fresh PGlite, then nothing', async () => {
    const database = await fromPglite(new PGlite(), 'fresh');
    try {
      expect(await migrateToLatest(database.db)).toEqual(ALL);
      expect(await migrateToLatest(database.db)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it.runIf(inject('postgresTemplate'))('run once when two nodes start together on PostgreSQL', async () => {
    const url = inject('postgresTemplate')!.url;
    const name = `charter_mig_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const a = openPostgres(withDatabase(url, name), 2);
    const b = openPostgres(withDatabase(url, name), 2);
    try {
      const [ranA, ranB] = await Promise.all([migrateToLatest(a.db), migrateToLatest(b.db)]);
      expect([...ranA, ...ranB].sort()).toEqual(ALL);
      const count = await sql<{ n: number }>`select count(*)::int as n from instance`.execute(a.db);
      expect(count.rows[0]?.n).toBe(1);
    } finally {
      await a.close();
      await b.close();
      await dropDatabase(url, name);
    }
  });
});
