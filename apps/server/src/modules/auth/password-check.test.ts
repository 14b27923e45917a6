import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { strongPassword } from '../../../test/harness/accounts.js';
import { createTestApp, LogCapture } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';

const ALICE = { email: 'alice.martin@acme.com', name: 'Alice Martin', companyName: 'Acme Corp' };

// The advice forms show while a new password is typed: the verdict the policy would give on submit.
describeDb('checking a password as it is typed', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  const logs = new LogCapture();
  const check = (body: Record<string, unknown>) => new TestClient(app).post('/api/auth/password/check', body);

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database(), { logs }));
    await app.ready();
  });

  it('refuses a common password with advice, without anyone signed in', async () => {
    const res = await check({ password: 'password1234' });
    expect(res.statusCode).toBe(200);
    const verdict = res.json();
    expect(verdict).toMatchObject({ ok: false, code: 'PASSWORD_TOO_WEAK' });
    expect(verdict.message).toMatch(/^This password is easy to guess\./);
    expect(verdict.suggestions.length).toBeGreaterThan(0);
    expect(verdict.score).toBeLessThan(3);
  });

  it('says how many characters a short password lacks', async () => {
    const res = await check({ password: 'kf8#Qz!m2' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: false,
      code: 'PASSWORD_TOO_SHORT',
      message: 'Use at least 12 characters; you used 9.',
      suggestions: [],
    });
  });

  it('accepts a passphrase, with its score', async () => {
    const res = await check({ password: strongPassword('harbor'), ...ALICE });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, score: expect.any(Number) });
    expect(res.json().score).toBeGreaterThanOrEqual(3);
  });

  it("refuses a password built from the person's name, and accepts it from anyone else", async () => {
    const named = await check({ password: 'AliceMartin-1990!!', ...ALICE });
    expect(named.json()).toMatchObject({
      ok: false,
      code: 'PASSWORD_TOO_WEAK',
      message: 'This password is easy to guess: it contains your name. Add more unrelated words.',
    });
    expect(named.json().suggestions.length).toBeGreaterThan(0);
    expect((await check({ password: 'AliceMartin-1990!!' })).json().ok).toBe(true);
    expect((await check({ password: 'OliveWombat-1990!!', ...ALICE })).json().ok).toBe(true);
  });

  it('names the email address and the company when the password contains them', async () => {
    const res = await check({ password: 'charter-acme-2024!', email: ALICE.email, companyName: 'Acme' });
    expect(res.json().message).toBe(
      'This password is easy to guess: it contains your company\'s name and the word "charter". Add more unrelated words.',
    );
    const email = await check({ password: 'alice.martin@acme.com-2024', email: ALICE.email });
    expect(email.json().message).toContain('your email address');
  });

  it('answers an over-long password with the policy, and refuses absurd input as invalid', async () => {
    const long = await check({ password: 'quiet lantern '.repeat(10) });
    expect(long.statusCode).toBe(200);
    expect(long.json()).toMatchObject({
      ok: false,
      code: 'PASSWORD_TOO_LONG',
      message: 'Use at most 128 characters; you used 140.',
    });
    const absurd = await check({ password: 'x'.repeat(1025) });
    expect(absurd.statusCode).toBe(400);
    expect(absurd.json().error.code).toBe('VALIDATION_FAILED');
    expect(absurd.json().error.details.issues).toEqual([
      expect.objectContaining({ location: 'body', field: 'password' }),
    ]);
  });

  it('refuses an unknown key and a missing password, naming the field', async () => {
    const unknown = await check({ password: strongPassword(), confirmPassword: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues).toEqual([
      expect.objectContaining({ location: 'body', field: 'confirmPassword' }),
    ]);
    const missing = await check({ email: ALICE.email });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.issues).toEqual([
      expect.objectContaining({ location: 'body', field: 'password' }),
    ]);
  });

  it('neither logs nor audits the password', async () => {
    const secret = 'Zebra-SECRET-marmalade-4471';
    const before = await ctx.database.db.selectFrom('audit_event').selectAll().execute();
    expect((await check({ password: secret, ...ALICE })).statusCode).toBe(200);
    expect((await check({ password: secret, unexpected: secret })).statusCode).toBe(400);
    const after = await ctx.database.db.selectFrom('audit_event').selectAll().execute();
    expect(after).toHaveLength(before.length);
    expect(JSON.stringify(after)).not.toContain('SECRET');
    const text = logs.lines.join('\n');
    expect(text).toContain('/api/auth/password/check');
    expect(text).not.toContain('SECRET');
  });
});
