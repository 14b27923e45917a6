import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// Ids from another tenant must answer exactly like ids that do not exist.
describeDb('tenant isolation of apps', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let alice: Person;
  let bob: Person;
  let customer: Person;
  let companyA: string;
  let appA: string;
  let appB: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    alice = await signUp(app, ctx, 'alice@a.test');
    bob = await signUp(app, ctx, 'bob@b.test');
    customer = await signUp(app, ctx, 'customer@a.test');
    companyA = await insertCompany(ctx, 'A', alice.accountId);
    const companyB = await insertCompany(ctx, 'B', bob.accountId);
    appA = (await alice.client.post(`/api/companies/${companyA}/apps`, { name: 'A app' })).json().app.id;
    appB = (await bob.client.post(`/api/companies/${companyB}/apps`, { name: 'B app' })).json().app.id;
    await bob.client.post(`/api/apps/${appB}/roles`, { key: 'secret_role', name: 'Secret' });
    await bob.client.post(`/api/apps/${appB}/rights`, { key: 'secret_right', name: 'Secret' });
    await bob.client.post(`/api/apps/${appB}/attributes`, {
      key: 'secretField',
      name: 'Secret',
      type: 'text',
    });
    await alice.client.post(`/api/apps/${appA}/users`, { email: customer.email });
  });

  const sameAnswer = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
    expect(a.statusCode).toBe(404);
    expect(b.statusCode).toBe(404);
    const strip = (r: LightMyRequestResponse) => ({ ...r.json().error, requestId: undefined });
    expect(strip(a)).toEqual(strip(b));
  };

  it("answers another company's app like a random id", async () => {
    for (const path of ['', '/roles', '/users', '/rights', '/attributes']) {
      sameAnswer(
        await alice.client.get(`/api/apps/${appB}${path}`),
        await alice.client.get(`/api/apps/${randomUUID()}${path}`),
      );
    }
    sameAnswer(
      await alice.client.patch(`/api/apps/${appB}`, { name: 'Mine' }),
      await alice.client.patch(`/api/apps/${randomUUID()}`, { name: 'Mine' }),
    );
    expect((await bob.client.get(`/api/apps/${appB}`)).json().name).toBe('B app');
  });

  it("answers another app's role, right, attribute and user like missing ones", async () => {
    const a = `/api/apps/${appA}`;
    sameAnswer(
      await alice.client.get(`${a}/roles/secret_role`),
      await alice.client.get(`${a}/roles/no_such_role`),
    );
    sameAnswer(
      await alice.client.get(`${a}/rights/secret_right`),
      await alice.client.get(`${a}/rights/no_such_right`),
    );
    sameAnswer(
      await alice.client.get(`${a}/attributes/secretField`),
      await alice.client.get(`${a}/attributes/noSuchField`),
    );
    sameAnswer(
      await alice.client.get(`${a}/users/${bob.accountId}`),
      await alice.client.get(`${a}/users/${randomUUID()}`),
    );
    sameAnswer(
      await alice.client.get(`${a}/users/${bob.accountId}/permissions`),
      await alice.client.get(`${a}/users/${randomUUID()}/permissions`),
    );
    sameAnswer(
      await alice.client.delete(`${a}/roles/secret_role`),
      await alice.client.delete(`${a}/roles/no_such_role`),
    );
  });

  it("neither reaches into nor pulls in another tenant's things", async () => {
    const put = await alice.client.request('PUT', `/api/apps/${appA}/users/${bob.accountId}/permissions`, {
      roles: ['user'],
      directRights: [],
    });
    expect(put.statusCode).toBe(404);
    const secretRole = await alice.client.request(
      'PUT',
      `/api/apps/${appA}/users/${customer.accountId}/permissions`,
      {
        roles: ['secret_role'],
        directRights: ['secret_right'],
      },
    );
    expect(secretRole.statusCode).toBe(400);
    const bRows = await ctx.database.db
      .selectFrom('app_user')
      .select('account_id')
      .where('app_id', '=', appB)
      .execute();
    expect(bRows.map((r) => r.account_id)).toEqual([bob.accountId]);
    const aRows = await ctx.database.db
      .selectFrom('app_user')
      .select('account_id')
      .where('app_id', '=', appA)
      .execute();
    expect(aRows.map((r) => r.account_id).sort()).toEqual([alice.accountId, customer.accountId].sort());
  });

  it('gives an end user 403 on the management routes of their own app and 404 elsewhere', async () => {
    const a = `/api/apps/${appA}`;
    const own: [string, string, unknown?][] = [
      ['GET', `${a}/users`],
      ['GET', `${a}/roles`],
      ['GET', `${a}/rights`],
      ['GET', `${a}/attributes`],
      ['POST', `${a}/roles`, { key: 'mine', name: 'Mine', allData: true }],
      ['POST', `${a}/users`, { email: customer.email }],
      ['PUT', `${a}/users/${customer.accountId}/permissions`, { roles: ['team_admin'], directRights: [] }],
      ['PATCH', `${a}/users/${customer.accountId}`, { attributes: {} }],
      ['PUT', `${a}/register-form`, { fields: [] }],
      ['PATCH', a, { registration: 'open' }],
      ['DELETE', a],
    ];
    for (const [method, url, body] of own) {
      const res = await customer.client.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await customer.client.get(a)).statusCode).toBe(200);
    expect((await customer.client.get(`/api/companies/${companyA}/apps`)).statusCode).toBe(404);
    for (const path of ['', '/users', '/roles']) {
      expect((await customer.client.get(`/api/apps/${appB}${path}`)).statusCode).toBe(404);
    }
    const permissions = await alice.client.get(`${a}/users/${customer.accountId}/permissions`);
    expect(permissions.json()).toMatchObject({ roles: ['user'], directRights: [] });
    expect(
      await ctx.database.db.selectFrom('app_role').select('key').where('key', '=', 'mine').execute(),
    ).toEqual([]);
  });
});
