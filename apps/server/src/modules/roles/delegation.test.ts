import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// A user manager without allData or builder works below a ceiling: the rights and flags they hold.
describeDb('the delegation ceiling in an app', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let manager: Person;
  let senior: Person;
  let endUser: Person;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@ceiling.test');
    manager = await signUp(app, ctx, 'manager@ceiling.test');
    senior = await signUp(app, ctx, 'senior@ceiling.test');
    endUser = await signUp(app, ctx, 'enduser@ceiling.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    await insertMember(ctx, companyId, manager.accountId, ['company.users.manage']);
    await insertMember(ctx, companyId, senior.accountId, ['company.users.manage']);
    base = `/api/apps/${(await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Desk' })).json().app.id}`;
    const data = ['app.data.read', 'app.data.edit', 'app.dataformats.read'];
    await owner.client.post(`${base}/rights`, { key: 'approve', name: 'Approve' });
    await owner.client.post(`${base}/roles`, {
      key: 'manager',
      name: 'Manager',
      internal: true,
      rights: data,
    });
    await owner.client.post(`${base}/roles`, { key: 'support', name: 'Support', rights: ['app.data.read'] });
    await owner.client.post(`${base}/roles`, { key: 'auditor', name: 'Auditor', allData: true });
    await owner.client.post(`${base}/users`, { email: manager.email, roles: ['manager'] });
    await owner.client.post(`${base}/users`, { email: senior.email, roles: ['team_admin'] });
    await owner.client.post(`${base}/users`, { email: endUser.email });
  });

  const permissionsOf = async (person: Person) =>
    (await owner.client.get(`${base}/users/${person.accountId}/permissions`)).json();
  const put = (as: Person, person: Person, body: { roles: string[]; directRights: string[] }) =>
    as.client.request('PUT', `${base}/users/${person.accountId}/permissions`, body);
  const expectCeiling = (
    res: { statusCode: number; json(): { error: { code: string; details: unknown } } },
    missing: string[],
  ) => {
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'DELEGATION_CEILING', details: { missing } });
  };

  it('lets the manager hand out what they hold', async () => {
    const res = await put(manager, endUser, { roles: ['user', 'support'], directRights: ['app.data.edit'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['support', 'user'], directRights: ['app.data.edit'] });
    expect(res.json().effective).toMatchObject({
      rights: ['app.data.edit', 'app.data.read'],
      allData: false,
    });
  });

  it('refuses to grant Team Admin, listing the flags the manager lacks, and changes nothing', async () => {
    const before = await permissionsOf(endUser);
    expectCeiling(await put(manager, endUser, { roles: ['team_admin'], directRights: [] }), [
      'flag:allData',
      'flag:builder',
    ]);
    expect(await permissionsOf(endUser)).toEqual(before);
    const denied = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.user.permissions_changed')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ actor_account_id: manager.accountId, target_id: endUser.accountId });
    expect(denied[0]!.details).toEqual({
      reason: 'delegation_ceiling',
      missing: ['flag:allData', 'flag:builder'],
    });
  });

  it('refuses rights the manager lacks, directly or through a custom right', async () => {
    expectCeiling(
      await put(manager, endUser, { roles: ['user'], directRights: ['app.apis.edit', 'approve'] }),
      ['app.apis.edit', 'approve'],
    );
    expect((await permissionsOf(endUser)).directRights).toEqual(['app.data.edit']);
  });

  it('refuses to take Team Admin away from someone, or to remove or suspend them', async () => {
    const before = await permissionsOf(senior);
    expectCeiling(await put(manager, senior, { roles: ['user'], directRights: [] }), [
      'flag:allData',
      'flag:builder',
    ]);
    expectCeiling(await manager.client.delete(`${base}/users/${senior.accountId}`), [
      'flag:allData',
      'flag:builder',
    ]);
    expectCeiling(await manager.client.patch(`${base}/users/${senior.accountId}`, { status: 'suspended' }), [
      'flag:allData',
      'flag:builder',
    ]);
    expect(await permissionsOf(senior)).toEqual(before);
    expect(before).toMatchObject({ appUser: 'active', roles: ['team_admin'] });
  });

  it('refuses to create a role with allData, or to widen one, and leaves roles as they were', async () => {
    const roles = () =>
      ctx.database.db.selectFrom('app_role').select(['key', 'all_data', 'rights']).orderBy('key').execute();
    const before = await roles();
    expectCeiling(
      await manager.client.post(`${base}/roles`, { key: 'super', name: 'Super', allData: true }),
      ['flag:allData'],
    );
    expectCeiling(await manager.client.patch(`${base}/roles/support`, { builder: true }), ['flag:builder']);
    // Dropping app.data.read is within the ceiling; adding app.media.edit is not.
    expectCeiling(await manager.client.patch(`${base}/roles/support`, { rights: ['app.media.edit'] }), [
      'app.media.edit',
    ]);
    expectCeiling(await manager.client.delete(`${base}/roles/auditor`), ['flag:allData']);
    expect(await roles()).toEqual(before);
  });

  it('lets a role be created and edited within the ceiling', async () => {
    const res = await manager.client.post(`${base}/roles`, {
      key: 'clerk',
      name: 'Clerk',
      internal: true,
      rights: ['app.data.read'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(
      (await manager.client.patch(`${base}/roles/clerk`, { rights: ['app.data.edit'] })).statusCode,
    ).toBe(200);
    expect((await manager.client.delete(`${base}/roles/clerk`)).statusCode).toBe(204);
  });

  it('lets a Team Admin who manages users grant Team Admin; owners are never limited', async () => {
    const bySenior = await put(senior, endUser, { roles: ['team_admin'], directRights: [] });
    expect(bySenior.statusCode, bySenior.body).toBe(200);
    expect(bySenior.json().effective).toMatchObject({ builder: true, allData: true, internal: true });
    expect(bySenior.json().effective.rights).toHaveLength(14);
    const byOwner = await put(owner, endUser, { roles: ['user'], directRights: ['approve'] });
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json()).toMatchObject({ roles: ['user'], directRights: ['approve'] });
  });

  it('refuses to delete a custom right that others hold and the manager does not', async () => {
    const res = await manager.client.delete(`${base}/rights/approve`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details.missing).toEqual(['approve']);
    expect((await owner.client.get(`${base}/rights/approve`)).statusCode).toBe(200);
    expect((await permissionsOf(endUser)).directRights).toEqual(['approve']);
  });
});
