import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { seedDemo } from '../../cli/demo.js';
import { DEMO_PEOPLE } from '../../cli/demo-data.js';
import type { AppContext } from '../../context.js';

// Sessions and a caller's standing in an app are cached between requests (the change feed drops
// them on any change). These tests warm the caches first, then change something through the API
// and expect the very next request to see it: on PostgreSQL that proves the request that made the
// change waited for its own announcement before answering.
describeDb('cached sessions and app standing', (database) => {
  let app: Awaited<ReturnType<typeof createTestApp>>['app'];
  let ctx: AppContext;
  let appId = '';
  const person = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!;

  const signIn = async (key: string) => {
    const client = new TestClient(app, ctx.config.publicUrl);
    const res = await client.post('/api/auth/login', {
      email: person(key).email,
      password: person(key).password,
    });
    expect(res.statusCode, res.body).toBe(200);
    return client;
  };
  /** The same cookie from another tab: it keeps sending it whatever the first tab does. */
  const withCookie = (cookie: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const positions = () => `/api/apps/${appId}/collections/positions/records?limit=100`;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await seedDemo(app, ctx);
    appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a signed-out session is refused on the next request, though it was cached', async () => {
    const andy = await signIn('andy');
    const cookie = andy.cookieHeader();
    expect((await withCookie(cookie, '/api/auth/me')).statusCode).toBe(200);
    expect((await withCookie(cookie, '/api/auth/me')).statusCode).toBe(200);
    expect((await andy.post('/api/auth/logout')).statusCode).toBeLessThan(300);
    expect((await withCookie(cookie, '/api/auth/me')).statusCode).toBe(401);
    expect((await withCookie(cookie, positions())).statusCode).toBe(401);
  });

  it('a session ended from another device, or a suspended account, is refused on the next request', async () => {
    const laptop = await signIn('melissa');
    const phone = await signIn('melissa');
    expect((await phone.get('/api/auth/me')).statusCode).toBe(200);
    expect((await phone.get(positions())).statusCode).toBe(200);
    const sessions = (await laptop.get('/api/auth/sessions')).json() as { id: string; current: boolean }[];
    const other = sessions.find((s) => !s.current)!;
    expect((await laptop.delete(`/api/auth/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await phone.get(positions())).statusCode).toBe(401);

    const admin = await signIn('tessa');
    const melissaId = (await laptop.get('/api/auth/me')).json().id as string;
    await ctx.database.db
      .updateTable('account')
      .set({ platform_role: 'owner' })
      .where('email', '=', person('tessa').email)
      .execute();
    await ctx.database.changes.settle(); // a change made outside any request: wait for its announcement
    expect((await admin.post(`/api/admin/accounts/${melissaId}/suspend`)).statusCode).toBe(200);
    expect((await laptop.get(positions())).statusCode).toBe(401);
    expect((await admin.post(`/api/admin/accounts/${melissaId}/reactivate`)).statusCode).toBe(200);
  });

  it('an altered cookie is not accepted because the genuine one is cached', async () => {
    const uma = await signIn('uma');
    const cookie = uma.cookieHeader();
    expect((await withCookie(cookie, '/api/auth/me')).statusCode).toBe(200);
    const token = uma.cookie('charter.session_token')!;
    const flipped = token.slice(0, -4) + (token.slice(-4, -3) === 'A' ? 'B' : 'A') + token.slice(-3);
    const forged = cookie.replace(token, flipped);
    expect(forged).not.toBe(cookie);
    expect((await withCookie(forged, '/api/auth/me')).statusCode).toBe(401);
    expect((await withCookie(cookie, '/api/auth/me')).statusCode).toBe(200);
  });

  it('a session due for its sliding refresh still gets it', async () => {
    const jonas = await signIn('jonas');
    const fresh = await jonas.get('/api/auth/me');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers['set-cookie']).toBeUndefined();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 25 * 3600 * 1000); // past the one-day update age
    const refreshed = await jonas.get('/api/auth/me');
    expect(refreshed.statusCode).toBe(200);
    expect(String(refreshed.headers['set-cookie'])).toContain('charter.session_token=');
  });

  it('a suspended or removed app user loses the app on their next request, though their standing was cached', async () => {
    const admin = await signIn('tessa');
    const priya = await signIn('priya');
    const priyaId = (await priya.get('/api/auth/me')).json().id as string;
    const before = await priya.get(positions());
    expect(before.statusCode).toBe(200);
    expect((before.json().items as unknown[]).length).toBeGreaterThan(0);

    const suspend = await admin.patch(`/api/apps/${appId}/users/${priyaId}`, { status: 'suspended' });
    expect(suspend.statusCode, suspend.body).toBe(200);
    const suspended = await priya.get(positions());
    expect(suspended.statusCode).toBe(403);
    expect(suspended.json().error.code).toBe('APP_ACCESS_SUSPENDED');

    expect((await admin.patch(`/api/apps/${appId}/users/${priyaId}`, { status: 'active' })).statusCode).toBe(
      200,
    );
    expect((await priya.get(positions())).statusCode).toBe(200);
    expect((await admin.delete(`/api/apps/${appId}/users/${priyaId}`)).statusCode).toBe(204);
    expect((await priya.get(positions())).statusCode).toBe(404);
  });
});
