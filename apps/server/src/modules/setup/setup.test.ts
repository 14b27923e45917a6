import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strongPassword } from '../../../test/harness/accounts.js';
import { createTestApp, createTestContext } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { steppingClock } from '../../../test/harness/clock.js';
import {
  availableBackends,
  createPostgresTestDatabase,
  describeDb,
  openTestDatabase,
} from '../../../test/harness/database.js';
import { buildApp } from '../../app.js';
import type { AppContext } from '../../context.js';
import { type Database, openPostgres } from '../../db/database.js';
import { ensureSetupLink, issueSetupToken } from './setup.service.js';

describeDb('first run', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
  });

  it('has no default credentials: the owner is created once, with the one-time token', async () => {
    const client = new TestClient(app);
    expect((await client.get('/api/setup')).json()).toEqual({ required: true });
    const token = await issueSetupToken(ctx);
    expect(token).toEqual(expect.any(String));
    const stored = await ctx.database.db
      .selectFrom('instance')
      .select('setup_token_hash')
      .executeTakeFirstOrThrow();
    expect(stored.setup_token_hash).not.toBe(token);

    const body = { email: 'owner@example.com', name: 'Olivia Owner', password: strongPassword('owner') };
    const wrong = await client.post('/api/setup', { ...body, token: 'x'.repeat(32) });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('INVALID_SETUP_TOKEN');
    const weak = await client.post('/api/setup', { ...body, token, password: 'owner-owner' });
    expect(weak.statusCode).toBe(400);

    const created = await client.post('/api/setup', { ...body, token });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'owner@example.com',
      platformRole: 'owner',
      emailVerified: true,
    });
    const again = await client.post('/api/setup', { ...body, email: 'second@example.com', token });
    expect(again.statusCode).toBe(403);
    expect((await client.get('/api/setup')).json()).toEqual({ required: false });
    expect(await issueSetupToken(ctx)).toBeNull();

    const login = await client.post('/api/auth/login', { email: body.email, password: body.password });
    expect(login.statusCode).toBe(200);
    expect(login.json().account.platformRole).toBe('owner');
  });
});

// Two nodes on one database: each has its own connections (PostgreSQL) and context.
describe.each(availableBackends())('setup link on nodes starting together [%s]', (backend) => {
  let first: Database;
  let second: Database;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    first = await openTestDatabase(backend);
    if (backend === 'postgres') {
      const created = await createPostgresTestDatabase();
      await first.close();
      first = openPostgres(created.url, 2);
      second = openPostgres(created.url, 2);
      drop = created.drop;
    } else {
      second = first; // PGlite serves one process: the second node is a second context on it
    }
  });
  afterAll(async () => {
    await first.close();
    if (second !== first) await second.close();
    await drop?.();
  });

  const voidToken = (database: Database) =>
    database.db
      .updateTable('instance')
      .set({ setup_token_hash: null, setup_token_expires_at: null })
      .execute();

  it('every node prints the same link, and that link creates the owner', async () => {
    const clock = steppingClock();
    const nodeA = createTestContext(first, { clock });
    const nodeB = createTestContext(second, { clock });
    for (let round = 0; round < 20; round++) {
      await voidToken(first);
      const [a, b] = await Promise.all([issueSetupToken(nodeA), issueSetupToken(nodeB)]);
      expect(a).toEqual(expect.any(String));
      expect(b).toBe(a);
    }
    // A restart within the 24 hours prints the link again; after them, a new one.
    const printed = await issueSetupToken(nodeA);
    expect(await issueSetupToken(nodeB)).toBe(printed);
    clock.advance(25 * 3600_000);
    const renewed = await issueSetupToken(nodeB);
    expect(renewed).not.toBe(printed);
    expect(await issueSetupToken(nodeA)).toBe(renewed);

    const appB = await buildApp(nodeB);
    const created = await new TestClient(appB).post('/api/setup', {
      token: renewed,
      email: 'first@example.com',
      name: 'First Owner',
      password: strongPassword('first'),
    });
    expect(created.statusCode).toBe(201);
    await appB.close();
    expect(await ensureSetupLink(nodeA)).toEqual({ kind: 'none' });
  });

  it('a node with another secret reports the valid link instead of replacing it', async () => {
    const database = await openTestDatabase(backend);
    try {
      const node = createTestContext(database);
      const other = createTestContext(database, {
        env: { CHARTER_SECRET: 'another-secret-another-secret-another!' },
      });
      const token = await issueSetupToken(node);
      const seen = await ensureSetupLink(other);
      expect(seen).toEqual({ kind: 'elsewhere', expiresAt: expect.any(Date) });
      expect(await issueSetupToken(node)).toBe(token);
    } finally {
      await database.close();
    }
  });
});
