import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import {
  firstLink,
  latestMail,
  makePlatformRole,
  pathOf,
  registerVerifyAndSignIn,
  strongPassword,
} from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { steppingClock } from '../../../test/harness/clock.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';

describeDb('passwords: reset, change, lockout, temporary', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  const clock = steppingClock();
  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database(), { clock }));
    await app.ready();
  });

  it('resets a forgotten password through the emailed link, once, and ends old sessions', async () => {
    const old = new TestClient(app);
    await registerVerifyAndSignIn(old, ctx, { email: 'forgot@example.com' });
    const anon = new TestClient(app);
    const known = await anon.post('/api/auth/password/forgot', { email: 'forgot@example.com' });
    const unknown = await anon.post('/api/auth/password/forgot', { email: 'no-one@example.com' });
    expect(known.statusCode).toBe(202);
    expect(unknown.json()).toEqual(known.json());
    expect(await latestMail(ctx, 'no-one@example.com')).toBeUndefined();

    const mail = await latestMail(ctx, 'forgot@example.com', 'reset-password');
    const landing = await anon.get(pathOf(firstLink(mail!.text_body)));
    expect(landing.statusCode).toBe(302);
    const target = new URL(String(landing.headers.location));
    expect(target.pathname).toBe('/reset-password');
    const token = target.searchParams.get('token')!;

    const weak = await anon.post('/api/auth/password/reset', { token, newPassword: 'forgot-example' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.issues[0].field).toBe('newPassword');
    const newPassword = strongPassword('renewed');
    expect((await anon.post('/api/auth/password/reset', { token, newPassword })).statusCode).toBe(204);
    expect(
      (await anon.post('/api/auth/password/reset', { token, newPassword: strongPassword('again') }))
        .statusCode,
    ).toBe(400);

    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
    const login = await anon.post('/api/auth/login', { email: 'forgot@example.com', password: newPassword });
    expect(login.statusCode).toBe(200);
    expect(await latestMail(ctx, 'forgot@example.com', 'password-changed')).toBeDefined();
  });

  it('changes the password only with the current one', async () => {
    const client = new TestClient(app);
    await registerVerifyAndSignIn(client, ctx, { email: 'change@example.com' });
    const wrong = await client.post('/api/auth/password/change', {
      currentPassword: strongPassword('not-mine'),
      newPassword: strongPassword('next'),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('INVALID_PASSWORD');
    const ok = await client.post('/api/auth/password/change', {
      currentPassword: strongPassword('change@example.com'),
      newPassword: strongPassword('next'),
    });
    expect(ok.statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    const relogin = await new TestClient(app).post('/api/auth/login', {
      email: 'change@example.com',
      password: strongPassword('next'),
    });
    expect(relogin.statusCode).toBe(200);
  });

  it('changes the email after re-authentication, with the old address approving and the new confirming', async () => {
    const client = new TestClient(app);
    await registerVerifyAndSignIn(client, ctx, { email: 'moving@example.com' });
    await registerVerifyAndSignIn(new TestClient(app), ctx, { email: 'taken@example.com' });
    const noPassword = await client.post('/api/auth/email/change', {
      newEmail: 'moved@example.com',
      currentPassword: strongPassword('wrong'),
    });
    expect(noPassword.statusCode).toBe(400);
    const taken = await client.post('/api/auth/email/change', {
      newEmail: 'taken@example.com',
      currentPassword: strongPassword('moving@example.com'),
    });
    expect(taken.statusCode).toBe(409);
    const res = await client.post('/api/auth/email/change', {
      newEmail: 'moved@example.com',
      currentPassword: strongPassword('moving@example.com'),
    });
    expect(res.statusCode).toBe(202);
    const approve = await latestMail(ctx, 'moving@example.com', 'change-email');
    expect(approve?.text_body).toContain('moved@example.com');
    expect((await client.get('/api/auth/me')).json().email).toBe('moving@example.com');
    await client.get(pathOf(firstLink(approve!.text_body)));
    const confirm = await latestMail(ctx, 'moved@example.com', 'verify-email');
    expect(confirm).toBeDefined();
    await client.get(pathOf(firstLink(confirm!.text_body)));
    expect((await client.get('/api/auth/me')).json()).toMatchObject({
      email: 'moved@example.com',
      emailVerified: true,
    });
  });

  it('locks sign-in for an address after 10 failures, tells its owner, and unlocks after 15 minutes', async () => {
    const client = new TestClient(app);
    await registerVerifyAndSignIn(client, ctx, { email: 'target@example.com' });
    const attacker = new TestClient(app);
    for (let i = 0; i < 10; i++) {
      const res = await attacker.post('/api/auth/login', {
        email: 'target@example.com',
        password: strongPassword(`guess${i}`),
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await attacker.post('/api/auth/login', {
      email: 'target@example.com',
      password: strongPassword('target@example.com'),
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('LOGIN_TEMPORARILY_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(await latestMail(ctx, 'target@example.com', 'account-locked')).toBeDefined();

    // An unknown address locks the same way: the lock tells nothing about who has an account.
    for (let i = 0; i < 10; i++)
      await attacker.post('/api/auth/login', {
        email: 'ghost@example.com',
        password: strongPassword(`g${i}`),
      });
    const ghost = await attacker.post('/api/auth/login', {
      email: 'ghost@example.com',
      password: strongPassword('g'),
    });
    expect(ghost.statusCode).toBe(429);
    expect(ghost.json().error.code).toBe('LOGIN_TEMPORARILY_LOCKED');

    clock.advance(16 * 60_000);
    const after = await attacker.post('/api/auth/login', {
      email: 'target@example.com',
      password: strongPassword('target@example.com'),
    });
    expect(after.statusCode).toBe(200);
    clock.advance(-16 * 60_000);
    const events = await ctx.database.db
      .selectFrom('audit_event')
      .select(['action', 'outcome', 'details'])
      .where('subject_email', '=', 'target@example.com')
      .where('action', 'like', 'auth.login%')
      .execute();
    expect(events.filter((e) => e.action === 'auth.login.locked')).toHaveLength(1);
    expect(events.filter((e) => e.action === 'auth.login' && e.outcome === 'failure')).toHaveLength(10);
    expect(JSON.stringify(events)).not.toMatch(/Lantern|guess/);
  });

  it('an admin-created account signs in with its temporary password and must change it first', async () => {
    const admin = new TestClient(app);
    const adminId = await registerVerifyAndSignIn(admin, ctx, { email: 'platform-admin@example.com' });
    await makePlatformRole(ctx, adminId, 'admin');
    const outsider = new TestClient(app);
    await registerVerifyAndSignIn(outsider, ctx, { email: 'outsider@example.com' });
    expect(
      (await outsider.post('/api/admin/accounts', { email: 'x@example.com', name: 'X' })).statusCode,
    ).toBe(403);

    const created = await admin.post('/api/admin/accounts', {
      email: 'newhire@example.com',
      name: 'New Hire',
    });
    expect(created.statusCode).toBe(201);
    const { temporaryPassword, account } = created.json();
    expect(account.mustChangePassword).toBe(true);
    expect(temporaryPassword).toHaveLength(20);

    const person = new TestClient(app);
    const mail = await latestMail(ctx, 'newhire@example.com', 'verify-email');
    await person.get(pathOf(firstLink(mail!.text_body)));
    const login = await person.post('/api/auth/login', {
      email: 'newhire@example.com',
      password: temporaryPassword,
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().account.mustChangePassword).toBe(true);
    expect((await person.get('/api/auth/me')).statusCode).toBe(200);
    const blocked = await person.get('/api/auth/api-keys');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
      details: { change: '/api/auth/password/change' },
    });
    const changed = await person.post('/api/auth/password/change', {
      currentPassword: temporaryPassword,
      newPassword: strongPassword('newhire'),
    });
    expect(changed.statusCode).toBe(204);
    expect((await person.get('/api/auth/api-keys')).statusCode).toBe(200);
  });

  it('the outbox is readable by platform admins only, and its log lines carry no token', async () => {
    const admin = new TestClient(app);
    await admin.post('/api/auth/login', {
      email: 'platform-admin@example.com',
      password: strongPassword('platform-admin@example.com'),
    });
    const outbox = await admin.get('/api/admin/outbox?to=forgot@example.com');
    expect(outbox.statusCode).toBe(200);
    expect(outbox.json().map((m: { kind: string }) => m.kind)).toContain('reset-password');
    const outsider = new TestClient(app);
    await outsider.post('/api/auth/login', {
      email: 'outsider@example.com',
      password: strongPassword('outsider@example.com'),
    });
    expect((await outsider.get('/api/admin/outbox')).statusCode).toBe(403);
  });
});
