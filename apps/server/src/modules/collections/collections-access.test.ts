import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { provisionAppStorage } from './app-storage.js';

// app.dataformats.read reads the model, app.dataformats.edit changes it; other tenants see nothing.
describeDb('who may read and change the data model', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let reader: Person;
  let endUser: Person;
  let stranger: Person;
  let base: string;
  let otherBase: string;
  let otherCollectionId: string;
  let positionsId: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@model-access.test');
    reader = await signUp(app, ctx, 'reader@model-access.test');
    endUser = await signUp(app, ctx, 'user@model-access.test');
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
    positionsId = (
      await owner.client.post(`${base}/collections`, { key: 'positions', name: 'Positions' })
    ).json().id;
    await owner.client.post(`${base}/collections/positions/fields`, { name: 'title', type: 'text' });
    const other = await stranger.client.post(`${otherBase}/collections`, { key: 'secrets', name: 'Secrets' });
    otherCollectionId = other.json().id;
    await stranger.client.post(`${otherBase}/collections/secrets/fields`, { name: 'code', type: 'text' });
  });

  async function newApp(person: Person, name: string): Promise<string> {
    const companyId = await insertCompany(ctx, name, person.accountId);
    const appId = (await person.client.post(`/api/companies/${companyId}/apps`, { name })).json().app.id;
    await ctx.database.db.transaction().execute((trx) => provisionAppStorage(trx, appId));
    return `/api/apps/${appId}`;
  }
  const snapshot = async () => ({
    collections: await ctx.database.db
      .selectFrom('collection')
      .select(['id', 'name', 'restricted'])
      .orderBy('id')
      .execute(),
    fields: await ctx.database.db
      .selectFrom('collection_field')
      .select(['id', 'name'])
      .orderBy('id')
      .execute(),
  });
  const writes = (prefix: string) =>
    [
      ['POST', `${prefix}/collections`, { key: 'offers', name: 'Offers' }],
      ['PATCH', `${prefix}/collections/positions`, { restricted: false }],
      ['DELETE', `${prefix}/collections/positions`, undefined],
      ['POST', `${prefix}/collections/positions/fields`, { name: 'salary', type: 'decimal' }],
      ['PATCH', `${prefix}/collections/positions/fields/title`, { name: 'heading' }],
      ['DELETE', `${prefix}/collections/positions/fields/title`, undefined],
    ] as const;
  const reads = (prefix: string) => [
    `${prefix}/collections`,
    `${prefix}/collections/positions`,
    `${prefix}/collections/${positionsId}`,
    `${prefix}/collections/positions/fields/title`,
  ];

  it('lets app.dataformats.read read the model but refuses every write with 403, changing nothing', async () => {
    for (const url of reads(base)) expect((await reader.client.get(url)).statusCode, url).toBe(200);
    const before = await snapshot();
    for (const [method, url, body] of writes(base)) {
      const res = await reader.client.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.details.required).toEqual(['app.dataformats.edit']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an app user without the rights, reading or writing', async () => {
    for (const url of reads(base)) expect((await endUser.client.get(url)).statusCode, url).toBe(403);
    for (const [method, url, body] of writes(base)) {
      expect((await endUser.client.request(method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
  });

  const sameAsMissing = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
    expect(a.statusCode).toBe(404);
    expect(b.statusCode).toBe(404);
    const strip = (r: LightMyRequestResponse) => ({ ...r.json().error, requestId: undefined });
    expect(strip(a)).toEqual(strip(b));
  };

  it("answers another company's app and collection ids like ids that do not exist", async () => {
    const before = await snapshot();
    for (const url of reads(otherBase)) {
      sameAsMissing(
        await owner.client.get(url),
        await owner.client.get(url.replace(otherBase, `/api/apps/${randomUUID()}`)),
      );
    }
    for (const [method, url, body] of writes(otherBase)) {
      expect((await owner.client.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    for (const path of ['', '/fields/code']) {
      sameAsMissing(
        await owner.client.get(`${base}/collections/${otherCollectionId}${path}`),
        await owner.client.get(`${base}/collections/${randomUUID()}${path}`),
      );
    }
    sameAsMissing(
      await owner.client.delete(`${base}/collections/${otherCollectionId}`),
      await owner.client.delete(`${base}/collections/${randomUUID()}`),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a link to a collection of another app, naming the valid targets', async () => {
    const res = await owner.client.post(`${base}/collections/positions/fields`, {
      name: 'secret',
      type: 'linkOne',
      target: otherCollectionId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'target', message: expect.stringContaining('positions') }),
    ]);
  });

  it('lets the owner turn the restricted switch, audited with before and after', async () => {
    const res = await owner.client.patch(`${base}/collections/positions`, {
      restricted: false,
      name: 'Open roles',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ key: 'positions', name: 'Open roles', restricted: false });
    const event = await ctx.database.db
      .selectFrom('audit_event')
      .select(['details', 'actor_account_id'])
      .where('action', '=', 'app.collection.updated')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      actor_account_id: owner.accountId,
      details: {
        before: { restricted: true, name: 'Positions' },
        after: { restricted: false, name: 'Open roles' },
      },
    });
  });
});
