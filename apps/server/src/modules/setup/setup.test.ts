import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { strongPassword } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';
import { issueSetupToken } from './setup.service.js';

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
