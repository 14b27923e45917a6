import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { MEMBER_PRESETS } from '../rights/catalogue.js';

// DESIGN.md §3: those who manage the company's apps hold every backoffice right of each (without
// being app users); Access All Data implies the data model and the data rights. Data still
// comes only from the data rules and Access All Data.
describeDb('rights implied by company.apps.manage and by Access All Data', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let admin: Person;
  let editor: Person;
  let auditor: Person;
  let plain: Person;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@implied.test', 'Owner');
    admin = await signUp(app, ctx, 'admin@implied.test', 'Admin');
    editor = await signUp(app, ctx, 'editor@implied.test', 'Editor');
    auditor = await signUp(app, ctx, 'auditor@implied.test', 'Auditor');
    plain = await signUp(app, ctx, 'plain@implied.test', 'Plain');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    await insertMember(ctx, companyId, admin.accountId, [...MEMBER_PRESETS.admin]);
    await insertMember(ctx, companyId, editor.accountId, [...MEMBER_PRESETS.editor]);
    // The owner made the app, its model and its first record: the admin had no part in it.
    const created = await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Hiring' });
    base = `/api/apps/${created.json().app.id}`;
    await ok(owner.client.post(`${base}/collections`, { key: 'positions', name: 'Positions' }), 201);
    await ok(owner.client.post(`${base}/collections/positions/fields`, { name: 'title', type: 'text' }), 201);
    await ok(
      owner.client.post(`${base}/collections/positions/records`, { values: { title: 'Secret role' } }),
      201,
    );
    await ok(owner.client.post(`${base}/roles`, { key: 'auditor', name: 'Auditor', allData: true }), 201);
    await ok(owner.client.post(`${base}/roles`, { key: 'plain', name: 'Plain' }), 201);
    await ok(owner.client.post(`${base}/users`, { email: auditor.email, roles: ['auditor'] }), 201);
    await ok(owner.client.post(`${base}/users`, { email: plain.email, roles: ['plain'] }), 201);
  });

  async function ok(pending: Promise<{ statusCode: number; body: string }>, status: number) {
    const res = await pending;
    expect(res.statusCode, res.body).toBe(status);
    return res;
  }

  // Actor × route → status. The admin preset changes the data model of an app he did not make.
  const modelRoutes = [
    ['GET', '/collections', undefined],
    ['POST', '/collections', { key: 'offers', name: 'Offers' }],
    ['POST', '/collections/positions/fields', { name: 'salary', type: 'decimal' }],
    ['PATCH', '/collections/positions/fields/title', { name: 'heading' }],
    ['GET', '/rules', undefined],
  ] as const;

  it('an admin-preset member changes the data model of an app someone else made', async () => {
    const statuses = [];
    for (const [method, path, body] of modelRoutes) {
      statuses.push((await admin.client.request(method, `${base}${path}`, body)).statusCode);
    }
    expect(statuses).toEqual([200, 201, 201, 200, 200]);
    const names = (await admin.client.get(`${base}/collections/positions`))
      .json()
      .fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['heading', 'salary']));
    expect(names).not.toContain('title');
  });

  it('a member without company.apps.manage does not', async () => {
    const statuses = [];
    for (const [method, path, body] of modelRoutes) {
      statuses.push((await editor.client.request(method, `${base}${path}`, body)).statusCode);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403]);
    const refused = await editor.client.get(`${base}/collections`);
    expect(refused.json().error).toMatchObject({
      code: 'FORBIDDEN',
      details: { required: ['app.dataformats.read'] },
    });
    expect(refused.body).not.toContain('positions');
  });

  it('the admin adds himself as an app user; his data access is what the rules give', async () => {
    // Not an app user: the backoffice rights do not make him one, so records stay closed.
    const before = await admin.client.get(`${base}/collections/positions/records`);
    expect(before.statusCode).toBe(403);
    expect(before.json().error.code).toBe('NOT_AN_APP_USER');
    expect(before.body).not.toContain('Secret role');

    // The User role holds app.data.read and app.data.edit: within his ceiling, as implied rights.
    await ok(admin.client.post(`${base}/users`, { email: admin.email }), 201);
    const mine = await ok(admin.client.get(`${base}/collections/positions/records`), 200);
    // Restricted, no rule for the User role: nothing, not the owner's record.
    expect(JSON.parse(mine.body).items).toEqual([]);
    expect(mine.body).not.toContain('Secret role');

    // Access All Data opens data, which only roles give: above his ceiling.
    const higher = await admin.client.put(`${base}/users/${admin.accountId}/permissions`, {
      roles: ['team_admin'],
      directRights: [],
    });
    expect(higher.statusCode, higher.body).toBe(403);
    expect(higher.json().error.code).toBe('DELEGATION_CEILING');
    expect(higher.json().error.details.missing).toContain('flag:allData');
    expect(higher.json().error.details.missing.filter((m: string) => m.startsWith('app.'))).toEqual([]);
  });

  it('an Access All Data role without the builder flag sees the data model and all data', async () => {
    const statuses = {
      collections: (await auditor.client.get(`${base}/collections`)).statusCode,
      collection: (await auditor.client.get(`${base}/collections/positions`)).statusCode,
      records: (await auditor.client.get(`${base}/collections/positions/records`)).statusCode,
      create: (await auditor.client.post(`${base}/collections/positions/records`, { values: {} })).statusCode,
      changeModel: (await auditor.client.post(`${base}/collections`, { key: 'audits', name: 'Audits' }))
        .statusCode,
    };
    expect(statuses).toEqual({
      collections: 200,
      collection: 200,
      records: 200,
      create: 201,
      changeModel: 403,
    });
    expect((await auditor.client.get(`${base}/collections/positions/records`)).body).toContain('Secret role');
  });

  it('a role with neither the flag nor rights sees neither the model nor the data', async () => {
    const collections = await plain.client.get(`${base}/collections`);
    const records = await plain.client.get(`${base}/collections/positions/records`);
    expect([collections.statusCode, records.statusCode]).toEqual([403, 403]);
    expect(records.json().error.details.required).toEqual(['app.data.read']);
    expect(records.body).not.toContain('Secret role');
  });
});
