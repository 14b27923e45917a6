import http from 'node:http';
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

  it('answers a request on a kept-alive connection 503 SHUTTING_DOWN while it drains, then stops', async () => {
    const database = await openTestDatabase(backend);
    const { app, ctx } = await createTestApp(database);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.get('/api/test/slow', { config: { access: { kind: 'public', reason: 'test' } } }, async () => {
      await gate;
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (url: string, via?: http.Agent) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; reused: boolean }>(
        (resolve, reject) => {
          const req = http.get(url, via ? { agent: via } : {}, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              body += chunk;
            });
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body, reused: req.reusedSocket }),
            );
          });
          req.on('error', reject);
        },
      );
    try {
      expect((await get(`${base}/api/health`, agent)).status).toBe(200);
      const inFlight = get(`${base}/api/test/slow`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stopping = stopServer(app, ctx, 2000);
      await new Promise((resolve) => setTimeout(resolve, 50));

      const refused = await get(`${base}/api/health`, agent);
      expect(refused.reused).toBe(true);
      expect(refused.status).toBe(503);
      expect(refused.headers.connection).toBe('close');
      expect(refused.headers['retry-after']).toBe('1');
      expect(JSON.parse(refused.body)).toMatchObject({
        error: { code: 'SHUTTING_DOWN', requestId: refused.headers['x-request-id'] },
      });

      release();
      const done = await inFlight;
      expect(done.status).toBe(200);
      expect(done.headers.connection).toBe('close');
      const started = Date.now();
      await stopping;
      // Every connection closed once answered: the drain ended without waiting out its window.
      expect(Date.now() - started).toBeLessThan(1500);
      await expect(get(`${base}/api/health`)).rejects.toThrow();
    } finally {
      agent.destroy();
    }
  });
});
