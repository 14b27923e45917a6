import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { AppContext } from '../src/context.js';
import { createTestContext } from './harness/app.js';
import { TestClient } from './harness/client.js';
import { describeDb } from './harness/database.js';
import { insertCompany, type Person, signUp } from './harness/tenants.js';

// No cache may keep one caller's answer for another: every answer to a request with credentials
// says no-store and varies on them, errors included; the admin app's files stay cacheable.
describeDb('private answers are never cached', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let appId: string;

  beforeAll(async () => {
    const adminDir = mkdtempSync(path.join(tmpdir(), 'charter-admin-'));
    mkdirSync(path.join(adminDir, 'assets'));
    writeFileSync(path.join(adminDir, 'index.html'), '<!doctype html><title>Charter</title>');
    writeFileSync(path.join(adminDir, 'assets', 'app.js'), 'console.log(1);');
    ctx = createTestContext(database());
    app = await buildApp(ctx, { adminDir });
    await app.ready();
    owner = await signUp(app, ctx, 'owner@cache.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    const created = await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Orders' });
    appId = created.json().app.id;
    const collection = await owner.client.post(`/api/apps/${appId}/collections`, {
      key: 'orders',
      name: 'Orders',
    });
    expect(collection.statusCode, collection.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  function expectPrivate(res: LightMyRequestResponse, what: string): void {
    expect(res.headers['cache-control'], what).toBe('no-store');
    const vary = String(res.headers.vary ?? '').split(/,\s*/);
    expect(vary, what).toEqual(expect.arrayContaining(['Cookie', 'Authorization']));
  }

  it('marks signed-in answers no-store, successes and errors alike', async () => {
    const answers: [string, LightMyRequestResponse, number][] = [
      ['me', await owner.client.get('/api/auth/me'), 200],
      ['sessions', await owner.client.get('/api/auth/sessions'), 200],
      ['records list', await owner.client.get(`/api/apps/${appId}/collections/orders/records`), 200],
      ['missing record', await owner.client.get(`/api/apps/${appId}/collections/nope/records`), 404],
      ['unknown route', await owner.client.get('/api/no-such-thing'), 404],
      ['bad body', await owner.client.post(`/api/apps/${appId}/collections`, { key: 1 }), 400],
    ];
    for (const [what, res, status] of answers) {
      expect(res.statusCode, what).toBe(status);
      expectPrivate(res, what);
    }
  });

  it('marks refusals to a cookie or a key no-store: 401 and 403', async () => {
    const stale = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'charter.session_token=forged' },
    });
    expect(stale.statusCode).toBe(401);
    expectPrivate(stale, 'stale cookie');
    const key = await owner.client.post('/api/auth/api-keys', { name: 'ci', scopes: ['account:read'] });
    const bearer = { authorization: `Bearer ${key.json().token}` };
    const refused = await app.inject({ method: 'GET', url: '/api/admin/outbox', headers: bearer });
    expect(refused.statusCode).toBe(403);
    expectPrivate(refused, 'key without the scope');
    const unknownKey = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: 'Bearer nope' },
    });
    expect(unknownKey.statusCode).toBe(401);
    expectPrivate(unknownKey, 'unknown key');
  });

  it('marks a sign-in that sets a cookie no-store, even from a browser without one', async () => {
    const browser = new TestClient(app);
    const login = await browser.post('/api/auth/login', {
      email: 'owner@cache.test',
      password: 'Lantern orbit owner@cache.test velvet cascade 93',
    });
    expect(login.statusCode).toBe(200);
    expectPrivate(login, 'login');
  });

  it('leaves anonymous public answers and the admin app files cacheable', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.headers['cache-control']).toBeUndefined();
    const cookie = owner.client.cookieHeader();
    for (const url of ['/', '/assets/app.js']) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).not.toContain('no-store');
      expect(String(res.headers.vary ?? ''), url).not.toMatch(/cookie|authorization/i);
    }
  });
});
