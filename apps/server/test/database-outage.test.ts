import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LISTENER_NAME } from '../src/db/change-feed.js';
import { type Database, openPostgres } from '../src/db/database.js';
import { isDatabaseUnavailable } from '../src/db/unavailable.js';
import { createTestApp, LogCapture } from './harness/app.js';
import { createPostgresTestDatabase } from './harness/database.js';
import { TcpProxy } from './harness/tcp-proxy.js';

const STATEMENT_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 500;

describe('which errors mean the database is unavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['an administrator shutdown', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    [
      'a server still starting',
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    ],
    ['a connection exception', Object.assign(new Error('connection failure'), { code: '08006' })],
    [
      'the statement timeout',
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    ],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    ['a connection ended under a query', new Error('Connection terminated unexpectedly')],
    ['a closed PGlite', new Error('PGlite is closed')],
    [
      'a wrapped cause',
      new Error('query failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
    ],
  ])('%s is', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a syntax error', Object.assign(new Error('syntax error at or near "selec"'), { code: '42601' })],
    ['a unique violation', Object.assign(new Error('duplicate key value'), { code: '23505' })],
    ['a missing table', Object.assign(new Error('relation "x" does not exist'), { code: '42P01' })],
    ['a serialization failure', Object.assign(new Error('could not serialize access'), { code: '40001' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

// A Charter app whose PostgreSQL connections all pass through a proxy the test can break.
describe.runIf(inject('postgresTemplate'))('a lost or stalled database [postgres]', () => {
  let proxy: TcpProxy;
  let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let database: Database;
  let app: FastifyInstance;
  const logs = new LogCapture();

  beforeAll(async () => {
    created = await createPostgresTestDatabase();
    const target = new URL(created.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    database = openPostgres(proxy.rewrite(created.url), 2, {
      randomPageCost: 1.1,
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
    });
    ({ app } = await createTestApp(database, { logs }));
  });

  afterAll(async () => {
    proxy.resume();
    await app?.close();
    await database?.close();
    await proxy?.close();
    await created?.drop();
  });

  // A public route that reads the database on every request: an unknown app is 404.
  const read = async () => {
    const started = Date.now();
    const res = await app.inject({ method: 'GET', url: `/api/apps/${randomUUID()}/register-form` });
    return { res, ms: Date.now() - started };
  };

  const outageLines = () =>
    logs.records().filter((r) => r.msg === 'database unavailable; answering 503 until it is back');
  const recoveryLines = () => logs.records().filter((r) => r.msg === 'database available again');

  const expectUnavailable = (res: Awaited<ReturnType<typeof read>>['res']) => {
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({
      error: {
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database is unreachable or did not answer in time. Retry shortly.',
        requestId: res.headers['x-request-id'],
      },
    });
  };

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After at once when the database is cut', async () => {
    expect((await read()).res.statusCode).toBe(404);
    proxy.cut();
    for (let i = 0; i < 5; i++) {
      const { res, ms } = await read();
      expectUnavailable(res);
      expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
    }
  });

  it('serves again once the database is back, without a restart', async () => {
    proxy.resume();
    expect((await read()).res.statusCode).toBe(404);
  });

  it('logs the outage once when it starts and once when it ends, not per request', () => {
    expect(outageLines()).toHaveLength(1);
    expect(outageLines()[0]).toMatchObject({ level: 50 });
    expect(recoveryLines()).toHaveLength(1);
    expect(logs.records().filter((r) => r.msg === 'request failed')).toEqual([]);
  });

  it('answers 503 within the timeouts when the database stalls, instead of hanging', async () => {
    proxy.pause();
    const results = await Promise.all([read(), read(), read()]);
    for (const { res, ms } of results) {
      expectUnavailable(res);
      // The statement timeout plus the client's margin, or the connection timeout; never the stall.
      expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 1_500);
    }
    proxy.resume();
    expect((await read()).res.statusCode).toBe(404);
    expect(outageLines()).toHaveLength(2);
    expect(recoveryLines()).toHaveLength(2);
  });

  it('cancels a statement that runs longer than the statement timeout, and the pool stays usable', async () => {
    const started = Date.now();
    const error = await database.pool.query('select pg_sleep(5)').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(STATEMENT_TIMEOUT_MS + 1_000);
    expect(error).toMatchObject({ code: '57014' });
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((await read()).res.statusCode).toBe(404);
  });
});

describe.runIf(inject('postgresTemplate'))('a stalled listening connection [postgres]', () => {
  let proxy: TcpProxy;
  let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    created = await createPostgresTestDatabase();
    const target = new URL(created.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    database = openPostgres(proxy.rewrite(created.url), 2);
    ({ app } = await createTestApp(database));
  });

  afterAll(async () => {
    proxy.resume();
    await app?.close();
    await database?.close();
    await proxy?.close();
    await created?.drop();
  });

  it('does not hold a change sent through this node past the feed deadline', async () => {
    // The server sees the proxy's upstream port as the listening session's client port.
    const { rows } = await database.pool.query<{ port: number }>(
      'select client_port as port from pg_stat_activity where application_name = $1 and datname = current_database()',
      [LISTENER_NAME],
    );
    const listener = [...proxy.connections].find((c) => c.upstreamPort === rows[0]?.port);
    expect(listener).toBeDefined();
    listener?.pause();
    const started = Date.now();
    const answered = app.inject({ method: 'POST', url: `/api/apps/${randomUUID()}/join`, payload: {} });
    const deadline = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 6_000).unref());
    const res = await Promise.race([answered, deadline]);
    expect(res).not.toBe('hung');
    // The 2 s wait for the feed, then the answer: the stuck connection is dropped, not awaited.
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(database.changes.live).toBe(false);
  });
});
