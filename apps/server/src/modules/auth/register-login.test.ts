import { hash, verify } from '@node-rs/argon2';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it, vi } from 'vitest';
import { firstLink, latestMail, pathOf, strongPassword } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';

// Counts the argon2 work a sign-in does; the real hash and verify still run.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...original, hash: vi.fn(original.hash), verify: vi.fn(original.verify) };
});

describeDb('registration, confirmation and sign-in', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
  });

  it('registers, refuses sign-in until the email is confirmed, then signs in with a session cookie', async () => {
    const client = new TestClient(app);
    const password = strongPassword('ada');
    const reg = await client.post('/api/auth/register', {
      email: 'Ada@Example.com',
      password,
      name: 'Ada Lovelace',
    });
    expect(reg.statusCode).toBe(202);
    expect(reg.json()).toEqual({ status: 'verification_sent', message: expect.any(String) });
    expect(reg.headers['set-cookie']).toBeUndefined();

    const early = await client.post('/api/auth/login', { email: 'ada@example.com', password });
    expect(early.statusCode).toBe(403);
    expect(early.json().error.code).toBe('EMAIL_NOT_VERIFIED');
    expect(client.cookie('charter.session_token')).toBeUndefined();

    const mail = await latestMail(ctx, 'ada@example.com', 'verify-email');
    expect(mail?.subject).toBe('Confirm your email address');
    const link = firstLink(mail!.text_body);
    expect(link.startsWith('http://localhost:4000/api/auth/verify-email?token=')).toBe(true);
    const page = await client.get(pathOf(link), { accept: 'text/html' });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('http://localhost:4000/?emailVerified=1');

    const login = await client.post('/api/auth/login', { email: 'ada@example.com', password });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      status: 'signed_in',
      account: {
        email: 'ada@example.com',
        name: 'Ada Lovelace',
        emailVerified: true,
        mfa: { enabled: false },
      },
    });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/charter\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/); // served over http here; https public URLs get Secure

    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe('ada@example.com');
    expect(me.json()).not.toHaveProperty('password');

    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    const after = await client.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('a confirmation link works once, and a tampered one is refused', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'once@example.com',
      password: strongPassword('1'),
      name: 'Once',
    });
    const link = pathOf(firstLink((await latestMail(ctx, 'once@example.com', 'verify-email'))!.text_body));
    const tampered = await client.get(link.replace(/token=([^&]{10})/, 'token=AAAAAAAAAA'));
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().error.code).toBe('INVALID_TOKEN');
    const unverified = await ctx.database.db
      .selectFrom('account')
      .select('email_verified')
      .where('email', '=', 'once@example.com')
      .executeTakeFirstOrThrow();
    expect(unverified.email_verified).toBe(false);
    expect((await client.get(link)).statusCode).toBe(200);
    // A second click is the answer of an unknown link, and changes nothing.
    const again = await client.get(link);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('INVALID_TOKEN');
    expect(again.json().error.message).toBe(tampered.json().error.message);
    const verified = await ctx.database.db
      .selectFrom('account')
      .select('email_verified')
      .where('email', '=', 'once@example.com')
      .executeTakeFirstOrThrow();
    expect(verified.email_verified).toBe(true);
  });

  it('answers a second registration of an address exactly like the first, and creates nothing', async () => {
    const client = new TestClient(app);
    const first = await client.post('/api/auth/register', {
      email: 'dup@example.com',
      password: strongPassword('a'),
      name: 'First',
    });
    const second = await client.post('/api/auth/register', {
      email: 'DUP@example.com',
      password: strongPassword('b'),
      name: 'Second',
    });
    expect(second.statusCode).toBe(first.statusCode);
    expect(second.json()).toEqual(first.json());
    const rows = await ctx.database.db
      .selectFrom('account')
      .select('name')
      .where('email', '=', 'dup@example.com')
      .execute();
    expect(rows).toEqual([{ name: 'First' }]);
    expect(await latestMail(ctx, 'dup@example.com', 'registration-attempt')).toBeDefined();
  });

  it.each([
    [{ email: 'weak@example.com', password: 'password1234', name: 'W' }, 'PASSWORD_TOO_WEAK', 'password'],
    [{ email: 'short@example.com', password: 'Xy7#kq', name: 'S' }, 'PASSWORD_TOO_SHORT', 'password'],
    [{ email: 'long@example.com', password: 'a'.repeat(129), name: 'L' }, 'PASSWORD_TOO_LONG', 'password'],
    [{ email: 'not-an-email', password: strongPassword(), name: 'N' }, 'VALIDATION_FAILED', 'email'],
  ])('refuses %j with %s naming the field', async (body, code, field) => {
    const res = await new TestClient(app).post('/api/auth/register', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.details.issues.map((i: { field: string }) => i.field)).toContain(field);
    const created = await ctx.database.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', body.email)
      .execute();
    expect(created).toEqual([]);
  });

  it('refuses a password that contains the email or name', async () => {
    const res = await new TestClient(app).post('/api/auth/register', {
      email: 'grace.hopper@example.com',
      password: 'gracehopper-example-2024',
      name: 'Grace Hopper',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PASSWORD_TOO_WEAK');
  });

  it('names every missing field', async () => {
    const res = await new TestClient(app).post('/api/auth/register', {});
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.details.issues.map((i: { field: string }) => i.field)
      .sort();
    expect(fields).toEqual(['email', 'name', 'password']);
  });

  it('answers a wrong password and an unknown account identically', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'known@example.com',
      password: strongPassword('k'),
      name: 'K',
    });
    await client.get(
      pathOf(firstLink((await latestMail(ctx, 'known@example.com', 'verify-email'))!.text_body)),
    );
    const wrong = await client.post('/api/auth/login', {
      email: 'known@example.com',
      password: strongPassword('nope'),
    });
    const unknown = await client.post('/api/auth/login', {
      email: 'nobody@example.com',
      password: strongPassword('nope'),
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (b: { error: Record<string, unknown> }) => ({ ...b.error, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('spends comparable time on an unknown account and on a wrong password', async () => {
    const client = new TestClient(app);
    const time = async (email: string) => {
      const started = performance.now();
      await client.post('/api/auth/login', { email, password: strongPassword('timing') });
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time('known@example.com'));
      unknown.push(await time(`ghost-${i}@example.com`));
    }
    // Without the dummy hash an unknown account answers ~10x faster; with it, within noise.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(known)).toBeLessThan(2);
  });

  // better-auth hashes the offered password when no credential account matches the email, through
  // the hash Charter configures: the same argon2 cost as verifying a known account's password.
  it('spends one argon2 operation on an unknown account, as on a wrong password for a known one', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'counted@example.com',
      password: strongPassword('c'),
      name: 'C',
    });
    await client.get(
      pathOf(firstLink((await latestMail(ctx, 'counted@example.com', 'verify-email'))!.text_body)),
    );
    const work = async (email: string) => {
      vi.mocked(hash).mockClear();
      vi.mocked(verify).mockClear();
      const res = await client.post('/api/auth/login', { email, password: strongPassword('wrong') });
      expect(res.statusCode).toBe(401);
      return { hashed: vi.mocked(hash).mock.calls.length, verified: vi.mocked(verify).mock.calls.length };
    };
    expect(await work('counted@example.com')).toEqual({ hashed: 0, verified: 1 });
    expect(await work('uncounted@example.com')).toEqual({ hashed: 1, verified: 0 });
  });
});
