import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { registerVerifyAndSignIn, strongPassword, totp } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';

describeDb('two-factor authentication', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let secret: string;
  let backupCodes: string[];
  const email = 'mfa@example.com';
  const password = strongPassword(email);

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
  });

  it('enrols with a password and a first code', async () => {
    const client = new TestClient(app);
    await registerVerifyAndSignIn(client, ctx, { email, password });
    expect(
      (await client.post('/api/auth/mfa/enroll', { password: 'wrong password entirely' })).statusCode,
    ).toBe(400);
    const enrol = await client.post('/api/auth/mfa/enroll', { password });
    expect(enrol.statusCode).toBe(200);
    const uri = new URL(enrol.json().totpURI);
    expect(uri.protocol).toBe('otpauth:');
    secret = uri.searchParams.get('secret')!;
    backupCodes = enrol.json().backupCodes;
    expect(backupCodes.length).toBeGreaterThanOrEqual(8);
    const stored = await ctx.database.db.selectFrom('account_mfa').selectAll().executeTakeFirstOrThrow();
    expect(stored.secret).not.toContain(secret); // sealed at rest by better-auth

    const wrong = await client.post('/api/auth/mfa/confirm', {
      code: '000000' === totp(secret) ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(401);
    const confirm = await client.post('/api/auth/mfa/confirm', { code: totp(secret) });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json().mfa).toEqual({ enabled: true });
  });

  it('asks for the second factor at sign-in and refuses a replayed code', async () => {
    const client = new TestClient(app);
    const first = await client.post('/api/auth/login', { email, password });
    expect(first.json()).toEqual({ status: 'mfa_required', methods: ['totp', 'backup_code'] });
    expect(client.cookie('charter.session_token')).toBeUndefined();
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);

    // A code from the next time step: the confirmation above already used the current one.
    const code = totp(secret, Date.now(), 1);
    const verified = await client.post('/api/auth/mfa/verify', { code });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().status).toBe('signed_in');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);

    const attacker = new TestClient(app);
    await attacker.post('/api/auth/login', { email, password });
    const replay = await attacker.post('/api/auth/mfa/verify', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('INVALID_MFA_CODE');
    expect(attacker.cookie('charter.session_token')).toBeUndefined();
    expect((await attacker.get('/api/auth/me')).statusCode).toBe(401);
    const replays = await ctx.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'auth.mfa.replay')
      .execute();
    expect(replays).toHaveLength(1);
  });

  it('accepts a backup code once', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/login', { email, password });
    const ok = await client.post('/api/auth/mfa/verify', { backupCode: backupCodes[0] });
    expect(ok.statusCode, ok.body).toBe(200);
    const again = new TestClient(app);
    await again.post('/api/auth/login', { email, password });
    const reused = await again.post('/api/auth/mfa/verify', { backupCode: backupCodes[0] });
    expect(reused.statusCode).toBe(401);
  });

  it('turns off in a session that stays signed in, then enrols again', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/login', { email, password });
    expect((await client.post('/api/auth/mfa/verify', { backupCode: backupCodes[1] })).statusCode).toBe(200);
    const off = await client.post('/api/auth/mfa/disable', { password });
    expect(off.statusCode, off.body).toBe(204);
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mfa).toEqual({ enabled: false });
    const enrol = await client.post('/api/auth/mfa/enroll', { password });
    expect(enrol.statusCode, enrol.body).toBe(200);
    secret = new URL(enrol.json().totpURI).searchParams.get('secret')!;
    backupCodes = enrol.json().backupCodes;
    const confirm = await client.post('/api/auth/mfa/confirm', { code: totp(secret) });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect((await client.get('/api/auth/me')).json().mfa).toEqual({ enabled: true });
  });

  it('refuses a body with both or neither kind of code, naming the field', async () => {
    const client = new TestClient(app);
    const res = await client.post('/api/auth/mfa/verify', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0].field).toBe('code');
  });

  it('records every MFA change in the audit log', async () => {
    const actions = await ctx.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'like', 'auth.mfa.%')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth.mfa.enrolment_started', 'auth.mfa.enabled', 'auth.mfa.replay']),
    );
  });
});
