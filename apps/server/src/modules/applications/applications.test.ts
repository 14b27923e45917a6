import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { APP_RIGHT_KEYS } from '../rights/catalogue.js';

describeDb('applications', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let builder: Person;
  let bystander: Person;
  let companyId: string;
  let appId: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@apps.test');
    builder = await signUp(app, ctx, 'builder@apps.test');
    bystander = await signUp(app, ctx, 'bystander@apps.test');
    companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    await insertMember(ctx, companyId, builder.accountId, ['company.apps.manage']);
    await insertMember(ctx, companyId, bystander.accountId, []);
  });

  const audit = (action: string) =>
    ctx.database.db.selectFrom('audit_event').selectAll().where('action', '=', action).execute();

  it('creates an app with Team Admin and User and makes the creator its Team Admin, in one go', async () => {
    const res = await builder.client.post(`/api/companies/${companyId}/apps`, {
      name: 'Recruiting',
      description: 'Hiring pipeline',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    appId = body.app.id;
    expect(body.app).toMatchObject({ companyId, name: 'Recruiting', registration: 'closed' });
    const [teamAdmin, user] = body.roles;
    expect(teamAdmin).toMatchObject({
      key: 'team_admin',
      name: 'Team Admin',
      internal: true,
      builder: true,
      allData: true,
      defaultFor: 'team_admin',
      users: 1,
    });
    expect([...teamAdmin.effectiveRights].sort()).toEqual([...APP_RIGHT_KEYS].sort());
    expect(user).toMatchObject({
      key: 'user',
      internal: false,
      builder: false,
      allData: false,
      defaultFor: 'user',
    });
    // The data gate, and nothing else: the data rules decide the rest.
    expect(user.effectiveRights).toEqual(['app.data.edit', 'app.data.read']);
    expect(user.rights).toEqual(['app.data.edit', 'app.data.read']);

    const members = await ctx.database.db
      .selectFrom('app_user')
      .selectAll()
      .where('app_id', '=', appId)
      .execute();
    expect(members.map((m) => m.account_id)).toEqual([builder.accountId]);
    const mine = await builder.client.get('/api/apps');
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        id: appId,
        status: 'active',
        roles: [{ key: 'team_admin', name: 'Team Admin' }],
      }),
    ]);
    const [created] = await audit('app.created');
    expect(created).toMatchObject({
      company_id: companyId,
      app_id: appId,
      actor_account_id: builder.accountId,
    });
    expect(created!.details).toMatchObject({
      before: null,
      after: { name: 'Recruiting', roles: ['team_admin', 'user'] },
    });
  });

  it('refuses to create an app without company.apps.manage, and creates nothing', async () => {
    const res = await bystander.client.post(`/api/companies/${companyId}/apps`, { name: 'Shadow IT' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details.required).toEqual(['company.apps.manage']);
    const apps = await ctx.database.db.selectFrom('application').select('name').execute();
    expect(apps.map((a) => a.name)).toEqual(['Recruiting']);
    expect((await bystander.client.get(`/api/companies/${companyId}/apps`)).statusCode).toBe(403);
  });

  it('lists the company apps to app managers', async () => {
    const res = await owner.client.get(`/api/companies/${companyId}/apps`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: { id: string }) => a.id)).toEqual([appId]);
  });

  it("shows an app to any member with the caller's own standing", async () => {
    const asBystander = await bystander.client.get(`/api/apps/${appId}`);
    expect(asBystander.statusCode).toBe(200);
    expect(asBystander.json().you).toEqual({
      member: true,
      owner: false,
      appUser: null,
      roles: [],
      rights: [],
      internal: false,
      builder: false,
      allData: false,
      forceMfa: false,
    });
    const asBuilder = (await builder.client.get(`/api/apps/${appId}`)).json();
    expect(asBuilder.you).toMatchObject({
      appUser: 'active',
      roles: ['team_admin'],
      builder: true,
      allData: true,
    });
    expect(asBuilder.you.rights).toHaveLength(14);
  });

  it('edits an app and audits what changed, before and after', async () => {
    const res = await builder.client.patch(`/api/apps/${appId}`, { name: 'Hiring', registration: 'open' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Hiring',
      registration: 'open',
      description: 'Hiring pipeline',
    });
    const [updated] = await audit('app.updated');
    expect(updated!.details).toEqual({
      before: { name: 'Recruiting', registration: 'closed' },
      after: { name: 'Hiring', registration: 'open' },
    });
    const refused = await bystander.client.patch(`/api/apps/${appId}`, { name: 'Mine now' });
    expect(refused.statusCode).toBe(403);
    const invalid = await builder.client.patch(`/api/apps/${appId}`, { registration: 'sometimes' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details.issues[0].field).toBe('registration');
    const row = await ctx.database.db.selectFrom('application').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'Hiring', registration: 'open' });
  });

  it('answers an unknown app id and a stranger the same 404', async () => {
    const stranger = await bystander.client.get(`/api/apps/${randomUUID()}`);
    expect(stranger.statusCode).toBe(404);
    expect((await bystander.client.get('/api/apps/not-an-id')).statusCode).toBe(404);
  });

  it('serves the backoffice rights catalogue with descriptions', async () => {
    const res = await bystander.client.get('/api/rights');
    expect(res.statusCode).toBe(200);
    const { company, app: appRights } = res.json();
    expect(company.map((r: { key: string }) => r.key)).toEqual([
      'company.apps.manage',
      'company.users.manage',
      'company.billing.manage',
      'company.info.manage',
    ]);
    expect(appRights).toHaveLength(14);
    expect(appRights).toContainEqual({
      key: 'app.media.read',
      description: expect.stringMatching(/media library/),
    });
  });

  it('deletes an app with its roles and users, refused to members without the right', async () => {
    // Roles are user management: the builder may not, the owner may.
    expect((await builder.client.post(`/api/apps/${appId}/roles`, { key: 'x', name: 'X' })).statusCode).toBe(
      403,
    );
    const role = await owner.client.post(`/api/apps/${appId}/roles`, { key: 'reviewer', name: 'Reviewer' });
    expect(role.statusCode, role.body).toBe(201);
    expect((await bystander.client.delete(`/api/apps/${appId}`)).statusCode).toBe(403);
    expect(
      await ctx.database.db.selectFrom('app_role').select('key').where('app_id', '=', appId).execute(),
    ).toHaveLength(3);

    const res = await builder.client.delete(`/api/apps/${appId}`);
    expect(res.statusCode, res.body).toBe(204);
    for (const table of ['application', 'app_role', 'app_user', 'app_user_role'] as const) {
      expect(await ctx.database.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
    }
    const [deleted] = await audit('app.deleted');
    expect(deleted!.details).toMatchObject({ before: { id: appId, name: 'Hiring', users: 1 }, after: null });
    expect((await builder.client.get(`/api/apps/${appId}`)).statusCode).toBe(404);
    expect((await builder.client.get('/api/apps')).json().items).toEqual([]);
  });
});
