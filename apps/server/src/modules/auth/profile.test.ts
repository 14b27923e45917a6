import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { registerVerifyAndSignIn } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';

describeDb('my profile', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
  });

  it('changes my name, refuses an empty one, and needs a session', async () => {
    const client = new TestClient(app);
    await registerVerifyAndSignIn(client, ctx, { email: 'renamed@profile.test' });
    const renamed = await client.patch('/api/auth/me', { name: '  Rena Med  ' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().name).toBe('Rena Med');
    expect((await client.get('/api/auth/me')).json().name).toBe('Rena Med');

    const empty = await client.patch('/api/auth/me', { name: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.issues[0].field).toBe('name');
    expect((await new TestClient(app).patch('/api/auth/me', { name: 'Nobody' })).statusCode).toBe(401);
  });
});
