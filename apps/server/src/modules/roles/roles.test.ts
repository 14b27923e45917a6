import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { APP_RIGHT_KEYS } from '../rights/catalogue.js';

describeDb('roles and custom rights', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let reader: Person;
  let alice: Person;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@roles.test');
    reader = await signUp(app, ctx, 'reader@roles.test');
    alice = await signUp(app, ctx, 'alice@roles.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    const created = await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Portal' });
    base = `/api/apps/${created.json().app.id}`;
    await owner.client.post(`${base}/roles`, {
      key: 'analyst',
      name: 'Analyst',
      rights: ['app.dataformats.read'],
    });
    await owner.client.post(`${base}/users`, { email: reader.email, roles: ['analyst'] });
    await owner.client.post(`${base}/users`, { email: alice.email });
  });

  const roleRows = () =>
    ctx.database.db.selectFrom('app_role').select(['key', 'rights']).orderBy('key').execute();
  const rolesOf = async (person: Person) =>
    (await owner.client.get(`${base}/users/${person.accountId}/permissions`)).json().roles;

  it('creates a role with rights and custom rights, and shows what it effectively gives', async () => {
    const right = await owner.client.post(`${base}/rights`, {
      key: 'approve_offers',
      name: 'Approve offers',
      description: 'May approve job offers',
    });
    expect(right.statusCode, right.body).toBe(201);
    const res = await owner.client.post(`${base}/roles`, {
      key: 'hiring_manager',
      name: 'Hiring manager',
      internal: true,
      rights: ['app.data.read', 'approve_offers', 'app.data.edit'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      key: 'hiring_manager',
      internal: true,
      builder: false,
      allData: false,
      forceMfa: false,
      rights: ['app.data.edit', 'app.data.read', 'approve_offers'],
      effectiveRights: ['app.data.edit', 'app.data.read', 'approve_offers'],
      defaultFor: null,
      users: 0,
    });
  });

  it('shows a builder role as holding every backoffice right', async () => {
    const res = await owner.client.post(`${base}/roles`, { key: 'maker', name: 'Maker', builder: true });
    expect(res.json().rights).toEqual([]);
    expect(res.json().effectiveRights).toEqual([...APP_RIGHT_KEYS].sort());
    expect((await owner.client.delete(`${base}/roles/maker`)).statusCode).toBe(204);
  });

  it('refuses unknown rights, naming each, and creates nothing', async () => {
    const before = await roleRows();
    const res = await owner.client.post(`${base}/roles`, {
      key: 'sloppy',
      name: 'Sloppy',
      rights: ['app.data.read', 'app.data.destroy', 'company.billing.manage', 'fly'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'UNKNOWN_RIGHTS',
      details: { unknown: ['app.data.destroy', 'company.billing.manage', 'fly'] },
    });
    const edit = await owner.client.patch(`${base}/roles/hiring_manager`, { rights: ['nope'] });
    expect(edit.json().error.details.unknown).toEqual(['nope']);
    expect(await roleRows()).toEqual(before);
  });

  it('keeps keys stable and unique', async () => {
    const rekey = await owner.client.patch(`${base}/roles/hiring_manager`, { key: 'boss' });
    expect(rekey.statusCode).toBe(400);
    const dup = await owner.client.post(`${base}/roles`, { key: 'hiring_manager', name: 'Again' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('ROLE_KEY_TAKEN');
    const badKey = await owner.client.post(`${base}/roles`, { key: 'Hiring Manager', name: 'X' });
    expect(badKey.json().error.details.issues[0].field).toBe('key');
    expect((await roleRows()).map((r) => r.key)).toEqual(['analyst', 'hiring_manager', 'team_admin', 'user']);
  });

  it('edits a role and audits it before and after', async () => {
    const res = await owner.client.patch(`${base}/roles/hiring_manager`, {
      name: 'Hiring lead',
      forceMfa: true,
      rights: ['app.data.read', 'approve_offers'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      key: 'hiring_manager',
      name: 'Hiring lead',
      forceMfa: true,
      internal: true,
    });
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.role.updated')
      .executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({
      before: {
        name: 'Hiring manager',
        forceMfa: false,
        rights: ['app.data.edit', 'app.data.read', 'approve_offers'],
      },
      after: { name: 'Hiring lead', forceMfa: true, rights: ['app.data.read', 'approve_offers'] },
    });
    expect(entry.target_id).toBe('hiring_manager');
  });

  it('lets app.dataformats.read see roles and rights but not change them', async () => {
    expect((await reader.client.get(`${base}/roles`)).statusCode).toBe(200);
    expect(
      (await reader.client.get(`${base}/rights`)).json().items.map((r: { key: string }) => r.key),
    ).toEqual(['approve_offers']);
    expect((await reader.client.get(`${base}/roles/analyst`)).json().users).toBe(1);
    const write = await reader.client.post(`${base}/roles`, { key: 'mine', name: 'Mine' });
    expect(write.statusCode).toBe(403);
    expect((await reader.client.patch(`${base}/rights/approve_offers`, { name: 'X' })).statusCode).toBe(403);
    expect((await alice.client.get(`${base}/roles`)).statusCode).toBe(403);
  });

  it('refuses to delete a held role without a replacement, with the count, and changes nothing', async () => {
    await owner.client.request('PUT', `${base}/users/${alice.accountId}/permissions`, {
      roles: ['hiring_manager', 'user'],
      directRights: [],
    });
    const res = await owner.client.delete(`${base}/roles/analyst`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ROLE_IN_USE', details: { users: 1 } });
    expect(await rolesOf(reader)).toEqual(['analyst']);
    const unknown = await owner.client.delete(`${base}/roles/analyst?replacement=ghost`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues[0]).toMatchObject({
      location: 'querystring',
      field: 'replacement',
    });
    expect((await owner.client.get(`${base}/roles/analyst`)).statusCode).toBe(200);
  });

  it('moves users to the replacement when a held role is deleted', async () => {
    const res = await owner.client.delete(`${base}/roles/hiring_manager?replacement=user`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await rolesOf(alice)).toEqual(['user']);
    expect((await owner.client.get(`${base}/roles/hiring_manager`)).statusCode).toBe(404);
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.role.deleted')
      .where('target_id', '=', 'hiring_manager')
      .executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({
      before: { key: 'hiring_manager', users: 1 },
      after: null,
      replacement: 'user',
      movedUsers: [alice.accountId],
    });
  });

  it('never deletes the default roles', async () => {
    for (const key of ['team_admin', 'user']) {
      const res = await owner.client.delete(`${base}/roles/${key}?replacement=analyst`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('DEFAULT_ROLE');
    }
    expect((await roleRows()).map((r) => r.key)).toEqual(['analyst', 'team_admin', 'user']);
  });

  it('deleting a custom right removes it from roles and direct rights, audited', async () => {
    await owner.client.patch(`${base}/roles/analyst`, { rights: ['app.dataformats.read', 'approve_offers'] });
    await owner.client.request('PUT', `${base}/users/${alice.accountId}/permissions`, {
      roles: ['user'],
      directRights: ['approve_offers', 'app.media.read'],
    });
    const res = await owner.client.delete(`${base}/rights/approve_offers`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await roleRows()).find((r) => r.key === 'analyst')!.rights).toEqual(['app.dataformats.read']);
    const alicePermissions = await owner.client.get(`${base}/users/${alice.accountId}/permissions`);
    expect(alicePermissions.json().directRights).toEqual(['app.media.read']);
    expect((await owner.client.get(`${base}/rights/approve_offers`)).statusCode).toBe(404);
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.right.deleted')
      .executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({
      before: { key: 'approve_offers', name: 'Approve offers', roles: ['analyst'], users: [alice.accountId] },
      after: null,
    });
  });

  it('edits a custom right by key and refuses a taken key', async () => {
    await owner.client.post(`${base}/rights`, { key: 'export', name: 'Export' });
    const dup = await owner.client.post(`${base}/rights`, { key: 'export', name: 'Export again' });
    expect(dup.statusCode).toBe(409);
    const edit = await owner.client.patch(`${base}/rights/export`, { description: 'Download CSV files' });
    expect(edit.json()).toMatchObject({ key: 'export', name: 'Export', description: 'Download CSV files' });
    expect((await owner.client.patch(`${base}/rights/export`, { key: 'csv' })).statusCode).toBe(400);
  });
});
