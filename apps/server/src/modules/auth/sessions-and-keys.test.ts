import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { makePlatformRole, registerVerifyAndSignIn } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { steppingClock } from '../../../test/harness/clock.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';

describeDb('sessions, suspension and API keys', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  const clock = steppingClock();
  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database(), { clock }));
    await app.ready();
  });

  it('lists my sessions and ends another one at once', async () => {
    const laptop = new TestClient(app);
    const phone = new TestClient(app);
    await registerVerifyAndSignIn(laptop, ctx, { email: 'multi@example.com' });
    const login = await phone.post('/api/auth/login', {
      email: 'multi@example.com',
      password: 'Lantern orbit multi@example.com velvet cascade 93',
    });
    expect(login.statusCode).toBe(200);
    const sessions = (await laptop.get('/api/auth/sessions')).json();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions[0]).not.toHaveProperty('token');

    const other = sessions.find((s: { current: boolean }) => !s.current);
    expect((await laptop.delete(`/api/auth/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);
    // Someone else's session id is simply not found.
    expect((await phone.delete(`/api/auth/sessions/${other.id}`)).statusCode).toBe(401);
  });

  it('a suspended account is refused on its very next request, with a session or a key', async () => {
    const admin = new TestClient(app);
    const adminId = await registerVerifyAndSignIn(admin, ctx, { email: 'root@example.com' });
    await makePlatformRole(ctx, adminId, 'owner');
    const user = new TestClient(app);
    const userId = await registerVerifyAndSignIn(user, ctx, { email: 'suspect@example.com' });
    const key = await user.post('/api/auth/api-keys', { name: 'script', scopes: ['account:read'] });
    expect(key.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${key.json().token}` };
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode).toBe(200);

    const suspend = await admin.post(`/api/admin/accounts/${userId}/suspend`);
    expect(suspend.statusCode).toBe(200);
    expect(suspend.json().status).toBe('suspended');
    expect((await user.get('/api/auth/me')).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode).toBe(401);
    const relogin = await user.post('/api/auth/login', {
      email: 'suspect@example.com',
      password: 'Lantern orbit suspect@example.com velvet cascade 93',
    });
    expect(relogin.statusCode).toBe(403);
    expect(relogin.json().error.code).toBe('ACCOUNT_DISABLED');

    expect((await admin.post(`/api/admin/accounts/${userId}/reactivate`)).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode).toBe(200);
    const audit = await ctx.database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_account_id', 'details'])
      .where('target_id', '=', userId)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['account.suspend', 'account.reactivate']);
    expect(audit[0]).toMatchObject({
      actor_account_id: adminId,
      details: { before: { status: 'active' }, after: { status: 'suspended' } },
    });
  });

  it('an admin can end every session of another account; a non-admin cannot', async () => {
    const admin = new TestClient(app);
    await admin.post('/api/auth/login', {
      email: 'root@example.com',
      password: 'Lantern orbit root@example.com velvet cascade 93',
    });
    const user = new TestClient(app);
    const userId = await registerVerifyAndSignIn(user, ctx, { email: 'everywhere@example.com' });
    const forbidden = await user.request('DELETE', `/api/admin/accounts/${userId}/sessions`);
    expect(forbidden.statusCode).toBe(403);
    const revoked = await admin.request('DELETE', `/api/admin/accounts/${userId}/sessions`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revoked).toBe(1);
    expect((await user.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('API keys: shown once, stored hashed, scoped, refused on sensitive routes, revocable, expiring', async () => {
    const owner = new TestClient(app);
    await registerVerifyAndSignIn(owner, ctx, { email: 'keys@example.com' });
    const created = await owner.post('/api/auth/api-keys', {
      name: 'CI',
      scopes: ['account:read'],
      expiresInDays: 1,
    });
    expect(created.statusCode).toBe(201);
    const { token, key } = created.json();
    expect(token).toMatch(/^chk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const stored = await ctx.database.db
      .selectFrom('api_key')
      .selectAll()
      .where('id', '=', key.id)
      .executeTakeFirstOrThrow();
    // The secret is everything after the prefix: base64url, so it may itself hold an underscore.
    const secret = token.slice('chk_'.length + 12 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed = (await owner.get('/api/auth/api-keys')).json();
    expect(JSON.stringify(listed)).not.toContain(token);

    const call = (url: string, method = 'GET') =>
      app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` } });
    expect((await call('/api/auth/me')).statusCode).toBe(200);
    const sensitive = await call('/api/auth/api-keys');
    expect(sensitive.statusCode).toBe(403);
    expect(sensitive.json().error.code).toBe('API_KEY_NOT_ALLOWED');
    const unscoped = await call('/api/admin/outbox');
    expect(unscoped.statusCode).toBe(403);
    expect(unscoped.json().error.code).toBe('INSUFFICIENT_SCOPE');
    const garbage = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: 'Bearer chk_nope' },
    });
    expect(garbage.statusCode).toBe(401);
    expect(garbage.json().error.code).toBe('INVALID_API_KEY');

    clock.advance(2 * 86_400_000);
    expect((await call('/api/auth/me')).statusCode).toBe(401);
    clock.advance(-2 * 86_400_000);

    expect((await owner.delete(`/api/auth/api-keys/${key.id}`)).statusCode).toBe(200);
    expect((await call('/api/auth/me')).statusCode).toBe(401);
  });

  it('nobody can give a key a scope they do not hold', async () => {
    const user = new TestClient(app);
    await registerVerifyAndSignIn(user, ctx, { email: 'ceiling@example.com' });
    const res = await user.post('/api/auth/api-keys', { name: 'x', scopes: ['platform:admin'] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'DELEGATION_CEILING',
      details: { missing: ['platform:admin'] },
    });
  });

  it('lists every scope with whether the account may give it, as creating a key decides', async () => {
    const user = new TestClient(app);
    await registerVerifyAndSignIn(user, ctx, { email: 'scopes@example.com' });
    const company = (await user.post('/api/companies', { name: 'Scope Works' })).json();
    expect(company.id).toBeDefined();
    const { items } = (await user.get('/api/auth/api-keys/scopes')).json();
    const grantable = (scope: string) => items.find((i: { scope: string }) => i.scope === scope)?.grantable;
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((i: { description: string }) => i.description.length > 0)).toBe(true);
    // The owner of a company holds its rights, and every app right of its apps; not the platform's.
    expect(grantable('account:read')).toBe(true);
    expect(grantable('company.billing.manage')).toBe(true);
    expect(grantable('app.data.read')).toBe(true);
    expect(grantable('platform:admin')).toBe(false);
    // What the list offers, creating a key accepts; what it withholds, creating a key refuses.
    const offered = items
      .filter((i: { grantable: boolean }) => i.grantable)
      .map((i: { scope: string }) => i.scope);
    expect((await user.post('/api/auth/api-keys', { name: 'all', scopes: offered })).statusCode).toBe(201);
    expect(
      (await user.post('/api/auth/api-keys', { name: 'no', scopes: ['platform:admin'] })).statusCode,
    ).toBe(403);

    // A person with no company holds only their account.
    const loner = new TestClient(app);
    await registerVerifyAndSignIn(loner, ctx, { email: 'loner@example.com' });
    const own = (await loner.get('/api/auth/api-keys/scopes')).json().items;
    expect(
      own.filter((i: { grantable: boolean }) => i.grantable).map((i: { scope: string }) => i.scope),
    ).toEqual(['account:read']);
  });

  it('cookie-authenticated writes need a trusted Origin; API keys do not', async () => {
    const user = new TestClient(app);
    await registerVerifyAndSignIn(user, ctx, { email: 'csrf@example.com' });
    const noOrigin = await app.inject({
      method: 'POST',
      url: '/api/auth/api-keys',
      headers: { cookie: user.cookieHeader() },
      payload: { name: 'x', scopes: ['account:read'] },
    });
    expect(noOrigin.statusCode).toBe(403);
    expect(noOrigin.json().error).toMatchObject({
      code: 'CSRF_ORIGIN_MISMATCH',
      details: { origin: null, expected: ctx.config.trustedOrigins },
    });
    const evil = await user.request(
      'POST',
      '/api/auth/api-keys',
      { name: 'x', scopes: ['account:read'] },
      { origin: 'https://evil.example' },
    );
    expect(evil.statusCode).toBe(403);
    // The refusal names the origin it got, the ones it trusts and the settings that change them.
    expect(evil.json().error).toMatchObject({
      code: 'CSRF_ORIGIN_MISMATCH',
      message: expect.stringContaining('https://evil.example'),
      details: {
        origin: 'https://evil.example',
        expected: ctx.config.trustedOrigins,
        variables: ['CHARTER_PUBLIC_URL', 'CHARTER_TRUSTED_ORIGINS'],
      },
    });
    expect(evil.json().error.message).toContain('CHARTER_PUBLIC_URL');
    expect(ctx.config.trustedOrigins).toContain('http://localhost:4000');
    const keys = await ctx.database.db
      .selectFrom('api_key')
      .innerJoin('account', 'account.id', 'api_key.account_id')
      .select('api_key.id')
      .where('account.email', '=', 'csrf@example.com')
      .execute();
    expect(keys).toEqual([]);
    const sameOrigin = await user.post('/api/auth/api-keys', { name: 'ok', scopes: ['account:read'] });
    expect(sameOrigin.statusCode).toBe(201);
  });
});
