import { expect, it } from 'vitest';
import { createTestApp } from '../test/harness/app.js';
import { describeDb, openTestDatabase } from '../test/harness/database.js';
import { stopServer } from './server.js';

describeDb('graceful shutdown', (_database, backend) => {
  it('finishes in-flight requests, then refuses new ones and closes the database', async () => {
    const database = await openTestDatabase(backend);
    const { app, ctx } = await createTestApp(database);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.get('/api/test/slow', { config: { access: { kind: 'public', reason: 'test' } } }, async () => {
      await gate;
      const row = await ctx.database.db.selectFrom('instance').select('id').executeTakeFirstOrThrow();
      return { done: true, instance: row.id };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const inFlight = fetch(`http://127.0.0.1:${port}/api/test/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopping = stopServer(app, ctx);
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ done: true });
    await stopping;
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    expect(database.pool.ended).toBe(true);
  });
});
