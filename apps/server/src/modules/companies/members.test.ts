import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

describeDb('company members: rights, presets, ownership', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let admin: Person;
  let editor: Person;
  let companyId: string;

  const members = async () =>
    (await owner.client.get(`/api/companies/${companyId}/members`)).json().items as {
      accountId: string;
      isOwner: boolean;
      rights: string[];
      preset: string;
    }[];
  const memberOf = async (p: Person) => (await members()).find((m) => m.accountId === p.accountId);

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@initech.test', 'Bill Lumbergh');
    admin = await signUp(app, ctx, 'admin@initech.test', 'Peter Gibbons');
    editor = await signUp(app, ctx, 'editor@initech.test', 'Milton Waddams');
    companyId = (await owner.client.post('/api/companies', { name: 'Initech' })).json().id;
    await insertMember(ctx, companyId, admin.accountId, []);
    await insertMember(ctx, companyId, editor.accountId, []);
  });

  it('sets rights by preset or by list, and shows the preset', async () => {
    const res = await owner.client.put(`/api/companies/${companyId}/members/${admin.accountId}/rights`, {
      preset: 'admin',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      preset: 'admin',
      rights: ['company.apps.manage', 'company.info.manage', 'company.users.manage'],
    });
    expect(await memberOf(editor)).toMatchObject({ preset: 'editor', rights: [] });
    expect(await memberOf(owner)).toMatchObject({ preset: 'owner', isOwner: true });
    const bad = await owner.client.put(`/api/companies/${companyId}/members/${editor.accountId}/rights`, {
      rights: ['company.everything'],
    });
    expect(bad.statusCode).toBe(400);
  });

  it('nobody hands out or takes away a company right they do not hold', async () => {
    const grant = await admin.client.put(`/api/companies/${companyId}/members/${editor.accountId}/rights`, {
      rights: ['company.billing.manage'],
    });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().error).toMatchObject({
      code: 'DELEGATION_CEILING',
      details: { missing: ['company.billing.manage'] },
    });
    expect(await memberOf(editor)).toMatchObject({ rights: [] });
    const within = await admin.client.put(`/api/companies/${companyId}/members/${editor.accountId}/rights`, {
      rights: ['company.apps.manage'],
    });
    expect(within.statusCode).toBe(200);
    // A member without company.users.manage cannot manage anyone.
    const byEditor = await editor.client.put(
      `/api/companies/${companyId}/members/${admin.accountId}/rights`,
      { rights: [] },
    );
    expect(byEditor.statusCode).toBe(403);
    expect(await memberOf(admin)).toMatchObject({ preset: 'admin' });
  });

  it('only owners change ownership; an owner’s rights are not edited directly', async () => {
    const notOwner = await admin.client.put(
      `/api/companies/${companyId}/members/${admin.accountId}/ownership`,
      { owner: true },
    );
    expect(notOwner.statusCode).toBe(403);
    expect(notOwner.json().error.code).toBe('OWNER_ONLY');
    const fixed = await owner.client.put(`/api/companies/${companyId}/members/${owner.accountId}/rights`, {
      rights: [],
    });
    expect(fixed.statusCode).toBe(409);
    expect(
      (await admin.client.request('DELETE', `/api/companies/${companyId}/members/${owner.accountId}`))
        .statusCode,
    ).toBe(403);
  });

  it('the last owner can neither leave nor be demoted', async () => {
    const leave = await owner.client.post(`/api/companies/${companyId}/leave`);
    expect(leave.statusCode).toBe(409);
    expect(leave.json().error.code).toBe('LAST_OWNER');
    const demote = await owner.client.put(
      `/api/companies/${companyId}/members/${owner.accountId}/ownership`,
      { owner: false },
    );
    expect(demote.statusCode).toBe(409);
    expect(await memberOf(owner)).toMatchObject({ isOwner: true });
  });

  it('transfers ownership: the new owner holds everything, the old one stays as admin', async () => {
    const res = await owner.client.post(`/api/companies/${companyId}/ownership/transfer`, {
      accountId: admin.accountId,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      to: { accountId: admin.accountId, isOwner: true },
      from: { accountId: owner.accountId, isOwner: false, preset: 'admin' },
    });
    // The former owner is no longer one: ownership moves are closed to them now.
    const back = await owner.client.put(`/api/companies/${companyId}/members/${owner.accountId}/ownership`, {
      owner: true,
    });
    expect(back.statusCode).toBe(403);
    const events = await ctx.database.db
      .selectFrom('audit_event')
      .select(['action', 'target_id', 'details'])
      .where('company_id', '=', companyId)
      .where('action', 'like', 'company.owner.%')
      .orderBy('occurred_at')
      .execute();
    expect(events.map((e) => [e.action, e.target_id])).toEqual([
      ['company.owner.added', admin.accountId],
      ['company.owner.removed', owner.accountId],
    ]);
    expect(events[1]?.details).toMatchObject({ before: { isOwner: true }, after: { isOwner: false } });
  });

  it('removing a member also removes their access to the company’s apps', async () => {
    const app1 = await ctx.database.db
      .insertInto('application')
      .values({ company_id: companyId, name: 'Hiring', register_form: JSON.stringify({ fields: [] }) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.database.db
      .insertInto('app_user')
      .values({
        app_id: app1.id,
        account_id: editor.accountId,
        direct_rights: [],
        attributes: JSON.stringify({}),
      })
      .execute();
    const removed = await admin.client.request(
      'DELETE',
      `/api/companies/${companyId}/members/${editor.accountId}`,
    );
    expect(removed.statusCode).toBe(204);
    expect(await memberOf(editor)).toBeUndefined();
    const appUsers = await ctx.database.db
      .selectFrom('app_user')
      .select('account_id')
      .where('app_id', '=', app1.id)
      .execute();
    expect(appUsers).toEqual([]);
    expect((await editor.client.get(`/api/companies/${companyId}`)).statusCode).toBe(404);
  });

  it('pages through the members, owners first, each exactly once and only this company’s', async () => {
    const other = await signUp(app, ctx, 'boss@chotchkies.test', 'Stan');
    const otherCompany = (await other.client.post('/api/companies', { name: 'Chotchkie’s' })).json().id;
    const extra = Array.from({ length: 7 }, (_, i) => ({
      email: `staff${i}@initech.test`,
      name: `Staff ${i}`,
    }));
    const stranger = { email: 'flair@chotchkies.test', name: 'Joanna' };
    const rows = await ctx.database.db
      .insertInto('account')
      .values([...extra, stranger].map((p) => ({ ...p, email_verified: true })))
      .returning(['id', 'email'])
      .execute();
    for (const row of rows) {
      if (row.email === stranger.email) await insertMember(ctx, otherCompany, row.id, []);
      else await insertMember(ctx, companyId, row.id, [], row.email === 'staff3@initech.test');
    }

    const expected = await ctx.database.db
      .selectFrom('company_member')
      .select(['account_id', 'is_owner'])
      .where('company_id', '=', companyId)
      .execute();
    expect(expected.length).toBeGreaterThan(7);
    const seen: { accountId: string; email: string; isOwner: boolean }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const query: string = after ? `?limit=3&after=${encodeURIComponent(after)}` : '?limit=3';
      const res = await owner.client.get(`/api/companies/${companyId}/members${query}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      expect(page.total).toBe(expected.length);
      expect(page.owners).toBe(expected.filter((m) => m.is_owner).length);
      seen.push(...page.items);
      after = page.next;
      pages += 1;
    } while (after && pages < 10);
    expect(after).toBeNull();
    expect(pages).toBeGreaterThan(2);
    expect(seen.map((m) => m.accountId).sort()).toEqual(expected.map((m) => m.account_id).sort());
    expect(seen.map((m) => m.email)).not.toContain(stranger.email);
    expect(seen.map((m) => m.email)).not.toContain(other.email);
    // Owners come first, each group by email.
    const firstMember = seen.findIndex((m) => !m.isOwner);
    expect(seen.slice(firstMember).every((m) => !m.isOwner)).toBe(true);

    const search = (
      await owner.client.get(`/api/companies/${companyId}/members?search=STAFF&limit=200`)
    ).json();
    expect(search.items).toHaveLength(7);
    expect(search.next).toBeNull();

    for (const bad of ['?after=nonsense', `?after=${Buffer.from('[1,2]').toString('base64url')}`]) {
      const res = await owner.client.get(`/api/companies/${companyId}/members${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.issues[0].field).toBe('after');
    }
    for (const bad of ['0', '201', 'many']) {
      const res = await owner.client.get(`/api/companies/${companyId}/members?limit=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.issues[0].field).toBe('limit');
    }
  });
});
