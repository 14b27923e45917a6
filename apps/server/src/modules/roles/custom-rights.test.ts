import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// GET /api/apps/:app/rights/:right says what uses the right, read from the parsed conditions.
describeDb('what uses a custom right', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let portal: string;
  let intranet: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@right-use.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    const create = async (name: string) =>
      `/api/apps/${(await owner.client.post(`/api/companies/${companyId}/apps`, { name })).json().app.id}`;
    portal = await create('Portal');
    intranet = await create('Intranet');
    for (const base of [portal, intranet]) {
      await post(base, '/rights', { key: 'approve', name: 'Approve' });
      await post(base, '/rights', { key: 'export', name: 'Export' });
      await post(base, '/collections', { key: 'offers', name: 'Offers' });
      await post(base, '/collections/offers/fields', { name: 'note', type: 'text' });
    }
    await post(portal, '/roles', { key: 'approver', name: 'Approver', rights: ['app.data.read', 'approve'] });
    await post(portal, '/roles', { key: 'exporter', name: 'Exporter', rights: ['export'] });
  });

  async function post(base: string, path: string, body: object) {
    const res = await owner.client.post(`${base}${path}`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const rule = (base: string, name: string, kind: 'grant' | 'guard', condition: string) =>
    post(base, '/rules', {
      kind,
      name,
      collection: 'offers',
      to: { audience: 'everyone' },
      actions: ['read'],
      condition,
    });

  it('lists the roles holding the right and the rules whose condition tests it, nothing else', async () => {
    const tests = await rule(portal, 'Approvers read offers', 'grant', '"approve" in user.rights');
    const quantified = await rule(
      portal,
      'Only approvers read',
      'guard',
      'user.rights.exists(r, r == "approve") || record.createdBy == user.id',
    );
    await rule(portal, 'Notes that say approve', 'grant', 'record.note == "approve"');
    await rule(portal, 'Exporters read offers', 'grant', '"export" in user.rights');
    await rule(intranet, 'Intranet approvers', 'grant', '"approve" in user.rights');

    const res = await owner.client.get(`${portal}/rights/approve`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ key: 'approve', name: 'Approve' });
    expect(body.usedBy.roles).toEqual([{ key: 'approver', name: 'Approver' }]);
    expect(body.usedBy.rules).toEqual([
      {
        id: tests.rule.id,
        name: 'Approvers read offers',
        kind: 'grant',
        collection: 'offers',
        actions: ['read'],
        access: null,
        condition: '"approve" in user.rights',
      },
      expect.objectContaining({ id: quantified.rule.id, name: 'Only approvers read', kind: 'guard' }),
    ]);

    const other = (await owner.client.get(`${portal}/rights/export`)).json();
    expect(other.usedBy.roles).toEqual([{ key: 'exporter', name: 'Exporter' }]);
    expect(other.usedBy.rules.map((r: { name: string }) => r.name)).toEqual(['Exporters read offers']);

    const intranetUse = (await owner.client.get(`${intranet}/rights/approve`)).json();
    expect(intranetUse.usedBy).toEqual({
      roles: [],
      rules: [expect.objectContaining({ name: 'Intranet approvers', collection: 'offers' })],
    });
  });

  it('lists the rules only to those who may read them', async () => {
    const manager = await signUp(app, ctx, 'manager@right-use.test');
    const companyId = (await owner.client.get(portal)).json().companyId;
    await insertMember(ctx, companyId, manager.accountId, ['company.users.manage']);
    const res = await manager.client.get(`${portal}/rights/approve`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().usedBy).toEqual({ roles: [{ key: 'approver', name: 'Approver' }], rules: null });
  });

  it('an unused right lists nothing', async () => {
    await post(portal, '/rights', { key: 'archive', name: 'Archive' });
    const res = await owner.client.get(`${portal}/rights/archive`);
    expect(res.json().usedBy).toEqual({ roles: [], rules: [] });
  });
});
