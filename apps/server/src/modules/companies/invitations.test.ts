import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { firstLink, latestMail } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { steppingClock } from '../../../test/harness/clock.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

describeDb('company invitations', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let admin: Person;
  let companyId: string;
  const clock = steppingClock();

  const tokenFrom = async (email: string) => {
    const mail = await latestMail(ctx, email, 'company-invitation');
    return new URL(firstLink(mail!.text_body)).searchParams.get('token')!;
  };
  const membership = (accountId: string) =>
    ctx.database.db
      .selectFrom('company_member')
      .selectAll()
      .where('company_id', '=', companyId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database(), { clock }));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@umbrella.test', 'Albert Wesker');
    admin = await signUp(app, ctx, 'admin@umbrella.test', 'Ada Wong');
    companyId = (await owner.client.post('/api/companies', { name: 'Umbrella' })).json().id;
    await insertMember(ctx, companyId, admin.accountId, ['company.users.manage']);
  });

  it('invites by email; only a verified account with that address accepts it, once', async () => {
    const invite = await owner.client.post(`/api/companies/${companyId}/invitations`, {
      email: 'Jill@Umbrella.test',
      preset: 'admin',
    });
    expect(invite.statusCode).toBe(201);
    expect(invite.json()).toMatchObject({ email: 'jill@umbrella.test', status: 'pending' });
    expect(invite.json()).not.toHaveProperty('token');
    const token = await tokenFrom('jill@umbrella.test');
    const stored = await ctx.database.db
      .selectFrom('company_invitation')
      .select('token_hash')
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);

    const preview = await new TestClient(app).post('/api/invitations/preview', { token });
    expect(preview.json()).toMatchObject({
      companyName: 'Umbrella',
      inviterName: 'Albert Wesker',
      email: 'jill@umbrella.test',
      rights: ['company.apps.manage', 'company.info.manage', 'company.users.manage'],
    });

    const stranger = await signUp(app, ctx, 'chris@stars.test');
    const wrong = await stranger.client.post('/api/invitations/accept', { token });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('INVALID_INVITATION');
    expect(await membership(stranger.accountId)).toBeUndefined();

    const jill = await signUp(app, ctx, 'jill@umbrella.test', 'Jill Valentine');
    const ok = await jill.client.post('/api/invitations/accept', { token });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ companyId });
    expect(await membership(jill.accountId)).toMatchObject({
      is_owner: false,
      rights: ['company.apps.manage', 'company.info.manage', 'company.users.manage'],
    });
    expect((await jill.client.post('/api/invitations/accept', { token })).statusCode).toBe(400);
    const list = (await owner.client.get(`/api/companies/${companyId}/invitations`)).json().items;
    expect(list[0]).toMatchObject({ email: 'jill@umbrella.test', status: 'accepted' });
  });

  it('an unverified account cannot accept', async () => {
    await owner.client.post(`/api/companies/${companyId}/invitations`, {
      email: 'leon@umbrella.test',
      rights: [],
    });
    const token = await tokenFrom('leon@umbrella.test');
    const leon = new TestClient(app);
    await leon.post('/api/auth/register', {
      email: 'leon@umbrella.test',
      password: 'Lantern orbit leon velvet cascade 93',
      name: 'Leon',
    });
    await ctx.database.db
      .updateTable('account')
      .set({ email_verified: false })
      .where('email', '=', 'leon@umbrella.test')
      .execute();
    // Unverified accounts cannot sign in at all here; the service refuses them as well.
    const { acceptInvitation } = await import('./invitations.service.js');
    const row = await ctx.database.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', 'leon@umbrella.test')
      .executeTakeFirstOrThrow();
    await expect(
      acceptInvitation(
        ctx,
        {
          id: row.id,
          email: 'leon@umbrella.test',
          name: 'Leon',
          emailVerified: false,
          status: 'active',
          platformRole: null,
          mustChangePassword: false,
          twoFactorEnabled: false,
        },
        token,
        { ip: null, userAgent: null, requestId: null },
      ),
    ).rejects.toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });
  });

  it('resending replaces the link; revoking and expiry close it', async () => {
    const invite = (
      await owner.client.post(`/api/companies/${companyId}/invitations`, {
        email: 'claire@umbrella.test',
        rights: [],
      })
    ).json();
    const first = await tokenFrom('claire@umbrella.test');
    clock.advance(1000);
    const resent = await owner.client.post(`/api/companies/${companyId}/invitations/${invite.id}/resend`);
    expect(resent.statusCode).toBe(200);
    const second = await tokenFrom('claire@umbrella.test');
    expect(second).not.toBe(first);
    const claire = await signUp(app, ctx, 'claire@umbrella.test', 'Claire');
    expect((await claire.client.post('/api/invitations/accept', { token: first })).statusCode).toBe(400);

    clock.advance(8 * 86_400_000);
    expect((await claire.client.post('/api/invitations/accept', { token: second })).statusCode).toBe(400);
    clock.advance(-8 * 86_400_000);
    const revoked = await owner.client.request(
      'DELETE',
      `/api/companies/${companyId}/invitations/${invite.id}`,
    );
    expect(revoked.json().status).toBe('revoked');
    expect((await claire.client.post('/api/invitations/accept', { token: second })).statusCode).toBe(400);
    expect(await membership(claire.accountId)).toBeUndefined();
  });

  it('an invitation carries no more rights than the inviter holds, and not to existing members', async () => {
    const tooMuch = await admin.client.post(`/api/companies/${companyId}/invitations`, {
      email: 'rebecca@umbrella.test',
      rights: ['company.billing.manage'],
    });
    expect(tooMuch.statusCode).toBe(403);
    expect(tooMuch.json().error.details.missing).toEqual(['company.billing.manage']);
    expect(await latestMail(ctx, 'rebecca@umbrella.test')).toBeUndefined();
    const member = await owner.client.post(`/api/companies/${companyId}/invitations`, {
      email: 'admin@umbrella.test',
      rights: [],
    });
    expect(member.statusCode).toBe(409);
  });

  it('the same invitation accepted twice at once makes exactly one membership', async () => {
    await owner.client.post(`/api/companies/${companyId}/invitations`, {
      email: 'barry@umbrella.test',
      rights: [],
    });
    const token = await tokenFrom('barry@umbrella.test');
    const barry = await signUp(app, ctx, 'barry@umbrella.test', 'Barry');
    const second = new TestClient(app);
    await second.post('/api/auth/login', {
      email: 'barry@umbrella.test',
      password: 'Lantern orbit barry@umbrella.test velvet cascade 93',
    });
    const results = await Promise.all([
      barry.client.post('/api/invitations/accept', { token }),
      second.post('/api/invitations/accept', { token }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
    const rows = await ctx.database.db
      .selectFrom('company_member')
      .select('account_id')
      .where('account_id', '=', barry.accountId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('pages through the invitations newest first, each exactly once and only this company’s', async () => {
    const stranger = await signUp(app, ctx, 'boss@raccoon.test', 'Brian Irons');
    const otherCompany = (await stranger.client.post('/api/companies', { name: 'Raccoon PD' })).json().id;
    // Made in one statement, these share one creation time: the cursor must still tell them apart.
    const row = (company: string, email: string) => ({
      company_id: company,
      email,
      rights: [],
      token_hash: `hash-${email}`,
      expires_at: new Date(Date.now() + 86_400_000),
      invited_by: owner.accountId,
    });
    await ctx.database.db
      .insertInto('company_invitation')
      .values([
        ...Array.from({ length: 6 }, (_, i) => row(companyId, `batch${i}@umbrella.test`)),
        row(otherCompany, 'outsider@raccoon.test'),
      ])
      .execute();
    await owner.client.post(`/api/companies/${companyId}/invitations`, {
      email: 'late@umbrella.test',
      rights: [],
    });
    const expected = await ctx.database.db
      .selectFrom('company_invitation')
      .select(['id', 'accepted_at', 'revoked_at'])
      .where('company_id', '=', companyId)
      .execute();
    expect(expected.length).toBeGreaterThan(7);

    const read = async (filter: string) => {
      const seen: { id: string; email: string; status: string }[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const query: string = `?limit=2${filter}${after ? `&after=${after}` : ''}`;
        const res = await owner.client.get(`/api/companies/${companyId}/invitations${query}`);
        expect(res.statusCode).toBe(200);
        expect(res.json().items.length).toBeLessThanOrEqual(2);
        seen.push(...res.json().items);
        after = res.json().next;
        pages += 1;
      } while (after && pages < 20);
      expect(after).toBeNull();
      return seen;
    };
    const all = await read('');
    expect(all.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
    expect(all[0]!.email).toBe('late@umbrella.test');
    expect(all.map((i) => i.email)).not.toContain('outsider@raccoon.test');
    const open = await read('&open=true');
    const closed = expected.filter((i) => i.accepted_at || i.revoked_at).map((i) => i.id);
    expect(open.map((i) => i.id).sort()).toEqual(
      expected
        .map((i) => i.id)
        .filter((id) => !closed.includes(id))
        .sort(),
    );
    expect((await read('&open=false')).map((i) => i.id).sort()).toEqual([...closed].sort());

    for (const [bad, field] of [
      ['after=nonsense', 'after'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['open=maybe', 'open'],
    ]) {
      const res = await owner.client.get(`/api/companies/${companyId}/invitations?${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.issues[0].field).toBe(field);
    }
  });
});
