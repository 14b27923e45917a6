import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb, openTestDatabase } from '../../../test/harness/database.js';
import { openPostgres } from '../../db/database.js';
import { knownMigrationCount } from '../../db/migrate.js';

describeDb('health and readiness', (database, backend) => {
  it('GET /api/health answers 200 without touching the database', async () => {
    const { app } = await createTestApp(database());
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /api/ready reports the back end, the migrations and the instance', async () => {
    const { app } = await createTestApp(database());
    const res = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ready',
      database: { kind: backend, migrations: knownMigrationCount },
    });
    expect(res.json().instanceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /api/ready is 503 in the error shape when the schema is missing', async () => {
    const own = await openTestDatabase(backend);
    try {
      await sql`drop table instance`.execute(own.db);
      const { app } = await createTestApp(own);
      const res = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        error: {
          code: 'NOT_READY',
          message: 'The database schema is not migrated.',
          requestId: res.headers['x-request-id'],
        },
      });
    } finally {
      await own.close();
    }
  });
});

describe('readiness without a database server', () => {
  it('GET /api/ready is 503 while /api/health stays 200', async () => {
    const dead = openPostgres('postgres://postgres@127.0.0.1:1/none', 1);
    try {
      const { app } = await createTestApp(dead);
      const res = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({
        code: 'NOT_READY',
        message: 'The database is not reachable.',
      });
      expect(JSON.stringify(res.json())).not.toContain('ECONNREFUSED');
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await dead.close();
    }
  });
});
