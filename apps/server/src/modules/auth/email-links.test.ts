import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import {
  firstLink,
  latestMail,
  pathOf,
  registerVerifyAndSignIn,
  strongPassword,
} from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// Every link Charter mails works once; its second use is answered exactly like a link that never
// existed: same status, code, message and details.

const UNKNOWN_JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6Im5vYm9keUBleGFtcGxlLmNvbSJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** The answer without its request id: what must not differ between a used and an unknown link. */
function answerOf(res: LightMyRequestResponse) {
  if (res.statusCode >= 300 && res.statusCode < 400) {
    return { status: res.statusCode, location: String(res.headers.location) };
  }
  const { requestId: _, ...error } = res.json().error;
  return { status: res.statusCode, ...error };
}

describeDb('mailed links work once', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
  });

  const mailCount = async (to: string, kind: string) => {
    await ctx.mailer.flush();
    const row = await ctx.database.db
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('to_address', '=', to)
      .where('kind', '=', kind)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const linkIn = async (to: string, kind: string) =>
    pathOf(firstLink((await latestMail(ctx, to, kind))!.text_body));
  const isVerified = async (email: string) =>
    (
      await ctx.database.db
        .selectFrom('account')
        .select('email_verified')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).email_verified;

  it('confirms an address once; the second use is an unknown link, for the API and the page', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'once@links.test',
      password: strongPassword(),
      name: 'O',
    });
    const link = await linkIn('once@links.test', 'verify-email');
    const unknown = `/api/auth/verify-email?token=${UNKNOWN_JWT}`;
    const first = await client.get(link);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ status: 'verified' });
    expect(await isVerified('once@links.test')).toBe(true);

    const second = await client.get(link);
    expect(second.statusCode).toBe(400);
    expect(answerOf(second)).toEqual(answerOf(await client.get(unknown)));
    expect(answerOf(second)).toMatchObject({ code: 'INVALID_TOKEN' });
    const page = { accept: 'text/html' };
    const secondPage = await client.get(link, page);
    expect(answerOf(secondPage)).toEqual(answerOf(await client.get(unknown, page)));
    expect(String(secondPage.headers.location)).toContain('emailVerificationError=INVALID_TOKEN');
  });

  it('a HEAD request to a link (a mail scanner) does not spend it', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'scanned@links.test',
      password: strongPassword(),
      name: 'S',
    });
    const link = await linkIn('scanned@links.test', 'verify-email');
    const probe = await app.inject({ method: 'HEAD', url: link });
    expect(probe.statusCode).toBe(200);
    expect(await isVerified('scanned@links.test')).toBe(false);
    const click = await client.get(link);
    expect(click.statusCode, click.body).toBe(200);
    expect(await isVerified('scanned@links.test')).toBe(true);
  });

  it('lets exactly one of two simultaneous uses of a link through', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'race@links.test',
      password: strongPassword(),
      name: 'R',
    });
    const link = await linkIn('race@links.test', 'verify-email');
    const answers = await Promise.all([client.get(link), new TestClient(app).get(link)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 400]);
  });

  it('spends an earlier confirmation link once the address is confirmed', async () => {
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'resent@links.test',
      password: strongPassword(),
      name: 'S',
    });
    const earlier = await linkIn('resent@links.test', 'verify-email');
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // a new link is signed a second later
    await client.post('/api/auth/verify-email/resend', { email: 'resent@links.test' });
    const later = await linkIn('resent@links.test', 'verify-email');
    expect(later).not.toBe(earlier);
    expect((await client.get(later)).statusCode).toBe(200);
    const stale = await client.get(earlier);
    expect(answerOf(stale)).toEqual(
      answerOf(await client.get(`/api/auth/verify-email?token=${UNKNOWN_JWT}`)),
    );
  });

  it('approves and confirms an email change once each', async () => {
    const client = new TestClient(app);
    await registerVerifyAndSignIn(client, ctx, { email: 'mover@links.test' });
    const requested = await client.post('/api/auth/email/change', {
      newEmail: 'moved@links.test',
      currentPassword: strongPassword('mover@links.test'),
    });
    expect(requested.statusCode).toBe(202);
    const approve = await linkIn('mover@links.test', 'change-email');
    const unknown = answerOf(await client.get(`/api/auth/verify-email?token=${UNKNOWN_JWT}`));

    // Someone else signed in cannot use it, and their attempt does not use it up.
    const other = new TestClient(app);
    await registerVerifyAndSignIn(other, ctx, { email: 'bystander@links.test' });
    expect((await other.get(approve)).statusCode).not.toBe(200);
    expect(await mailCount('moved@links.test', 'verify-email')).toBe(0);

    expect((await client.get(approve)).statusCode).toBe(200);
    expect(await mailCount('moved@links.test', 'verify-email')).toBe(1);
    expect(answerOf(await client.get(approve))).toEqual(unknown);
    expect(await mailCount('moved@links.test', 'verify-email')).toBe(1);

    const confirm = await linkIn('moved@links.test', 'verify-email');
    expect((await client.get(confirm)).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).json().email).toBe('moved@links.test');
    expect(answerOf(await client.get(confirm))).toEqual(unknown);
    expect((await client.get('/api/auth/me')).json().email).toBe('moved@links.test');
  });

  it('lands each step of an email change on its own page', async () => {
    const client = new TestClient(app);
    await registerVerifyAndSignIn(client, ctx, { email: 'pages@links.test' });
    await client.post('/api/auth/email/change', {
      newEmail: 'paged@links.test',
      currentPassword: strongPassword('pages@links.test'),
    });
    const page = { accept: 'text/html' };
    const approved = await client.get(await linkIn('pages@links.test', 'change-email'), page);
    expect(String(approved.headers.location)).toMatch(/\/\?emailChangeApproved=1$/);
    expect((await latestMail(ctx, 'paged@links.test', 'verify-email'))?.subject).toBe(
      'Confirm your new email address',
    );
    const confirmed = await client.get(await linkIn('paged@links.test', 'verify-email'), page);
    expect(String(confirmed.headers.location)).toMatch(/\/\?emailChanged=1$/);
    expect((await client.get('/api/auth/me')).json().email).toBe('paged@links.test');
  });

  it('resets a password once; the link and the token are then unknown', async () => {
    await registerVerifyAndSignIn(new TestClient(app), ctx, { email: 'reset@links.test' });
    const anon = new TestClient(app);
    await anon.post('/api/auth/password/forgot', { email: 'reset@links.test' });
    const link = await linkIn('reset@links.test', 'reset-password');
    const unknownLink = link.replace(/reset-password\/[^?]+/, `reset-password/${'x'.repeat(24)}`);
    const landing = await anon.get(link);
    const token = new URL(String(landing.headers.location)).searchParams.get('token')!;
    expect(token).toBeTruthy();
    const reset = await anon.post('/api/auth/password/reset', { token, newPassword: strongPassword('new') });
    expect(reset.statusCode).toBe(204);

    const again = await anon.post('/api/auth/password/reset', {
      token,
      newPassword: strongPassword('again'),
    });
    const unknown = await anon.post('/api/auth/password/reset', {
      token: 'x'.repeat(24),
      newPassword: strongPassword('again'),
    });
    expect(again.statusCode).toBe(400);
    expect(answerOf(again)).toEqual(answerOf(unknown));
    expect(answerOf(await anon.get(link))).toEqual(answerOf(await anon.get(unknownLink)));
    const login = await anon.post('/api/auth/login', {
      email: 'reset@links.test',
      password: strongPassword('new'),
    });
    expect(login.statusCode).toBe(200);
  });

  it('accepts an invitation once', async () => {
    const owner = new TestClient(app);
    const ownerId = await registerVerifyAndSignIn(owner, ctx, { email: 'boss@links.test' });
    const companyId = await insertCompany(ctx, 'Links Ltd', ownerId);
    const invitee = new TestClient(app);
    await registerVerifyAndSignIn(invitee, ctx, { email: 'guest@links.test' });
    await owner.post(`/api/companies/${companyId}/invitations`, { email: 'guest@links.test', rights: [] });
    const token = new URL(firstLink((await latestMail(ctx, 'guest@links.test'))!.text_body)).searchParams.get(
      'token',
    )!;
    expect((await invitee.post('/api/invitations/accept', { token })).statusCode).toBe(200);
    await invitee.post(`/api/companies/${companyId}/leave`);
    const again = await invitee.post('/api/invitations/accept', { token });
    expect(again.statusCode).toBe(400);
    expect(answerOf(again)).toEqual(
      answerOf(await invitee.post('/api/invitations/accept', { token: 'x'.repeat(43) })),
    );
    expect(answerOf(await invitee.post('/api/invitations/preview', { token }))).toEqual(
      answerOf(await invitee.post('/api/invitations/preview', { token: 'x'.repeat(43) })),
    );
  });
});
