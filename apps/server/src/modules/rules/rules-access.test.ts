import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// app.dataformats.read reads rules, app.dataformats.edit writes them; other tenants see nothing.
describeDb('who may read and write rules', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let reader: Person;
  let endUser: Person;
  let stranger: Person;
  let base: string;
  let otherBase: string;
  let ruleId: string;
  let otherRuleId: string;

  const guard = {
    kind: 'guard',
    name: 'Readable if the creator',
    collection: 'notes',
    to: { audience: 'everyone' },
    actions: ['read'],
    condition: 'record.createdBy == user.id',
  };

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@rules-access.test');
    reader = await signUp(app, ctx, 'reader@rules-access.test');
    endUser = await signUp(app, ctx, 'user@rules-access.test');
    stranger = await signUp(app, ctx, 'owner@elsewhere.test');
    base = await newApp(owner, 'Acme');
    otherBase = await newApp(stranger, 'Elsewhere');
    await owner.client.post(`${base}/roles`, {
      key: 'modeler',
      name: 'Modeler',
      rights: ['app.dataformats.read'],
    });
    await owner.client.post(`${base}/users`, { email: reader.email, roles: ['modeler'] });
    await owner.client.post(`${base}/users`, { email: endUser.email });
    ruleId = await newRule(owner, base);
    otherRuleId = await newRule(stranger, otherBase);
  });

  async function newApp(person: Person, name: string): Promise<string> {
    const companyId = await insertCompany(ctx, name, person.accountId);
    const appId = (await person.client.post(`/api/companies/${companyId}/apps`, { name })).json().app.id;
    const collection = await person.client.post(`/api/apps/${appId}/collections`, {
      key: 'notes',
      name: 'Notes',
    });
    expect(collection.statusCode).toBe(201);
    return `/api/apps/${appId}`;
  }
  async function newRule(person: Person, prefix: string): Promise<string> {
    const res = await person.client.post(`${prefix}/rules`, guard);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().rule.id;
  }
  const snapshot = () => ctx.database.db.selectFrom('data_rule').selectAll().orderBy('id').execute();
  const reads = (prefix: string, id: string) => [
    `${prefix}/rules`,
    `${prefix}/rules?collection=notes`,
    `${prefix}/rules/${id}`,
  ];
  const writes = (prefix: string, id: string) =>
    [
      ['POST', `${prefix}/rules`, { ...guard, name: 'Another' }],
      ['PATCH', `${prefix}/rules/${id}`, { name: 'Renamed' }],
      ['DELETE', `${prefix}/rules/${id}`, undefined],
    ] as const;

  it('lets app.dataformats.read list and read rules but refuses every write with 403', async () => {
    for (const url of reads(base, ruleId)) expect((await reader.client.get(url)).statusCode, url).toBe(200);
    const before = await snapshot();
    for (const [method, url, body] of writes(base, ruleId)) {
      const res = await reader.client.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.details.required).toEqual(['app.dataformats.edit']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an app user without the rights, reading or writing', async () => {
    for (const url of reads(base, ruleId)) expect((await endUser.client.get(url)).statusCode, url).toBe(403);
    for (const [method, url, body] of writes(base, ruleId)) {
      expect((await endUser.client.request(method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
  });

  const sameAsMissing = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
    expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
    const strip = (r: LightMyRequestResponse) => ({ ...r.json().error, requestId: undefined });
    expect(strip(a)).toEqual(strip(b));
  };

  it("answers another company's app and rule ids like ids that do not exist, changing nothing", async () => {
    const before = await snapshot();
    for (const url of reads(otherBase, otherRuleId)) {
      sameAsMissing(
        await owner.client.get(url),
        await owner.client.get(url.replace(otherBase, `/api/apps/${randomUUID()}`)),
      );
    }
    for (const [method, url, body] of writes(otherBase, otherRuleId)) {
      expect((await owner.client.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    sameAsMissing(
      await owner.client.get(`${base}/rules/${otherRuleId}`),
      await owner.client.get(`${base}/rules/${randomUUID()}`),
    );
    for (const [method, url, body] of writes(base, otherRuleId).slice(1)) {
      expect((await owner.client.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
  });
});
