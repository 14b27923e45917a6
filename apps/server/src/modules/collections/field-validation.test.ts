import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { provisionAppStorage } from './app-storage.js';

// Every refusal names the body field at fault and what is expected, and changes nothing.
describeDb('field and collection definitions the API refuses', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@field-validation.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    const appId = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'HR' })).json().app.id;
    await ctx.database.db.transaction().execute((trx) => provisionAppStorage(trx, appId));
    base = `/api/apps/${appId}/collections`;
    await owner.client.post(base, { key: 'positions', name: 'Positions' });
    await owner.client.post(`${base}/positions/fields`, { name: 'title', type: 'text' });
    await owner.client.post(`${base}/positions/fields`, {
      name: 'tags',
      type: 'multiSelect',
      options: ['a', 'b'],
    });
  });

  const fieldNames = async () =>
    (await ctx.database.db.selectFrom('collection_field').select('name').orderBy('name').execute()).map(
      (r) => r.name,
    );

  it('refuses reserved and malformed field names, giving the valid form', async () => {
    const cases: [string, string][] = [
      ['id', 'system field'],
      ['createdBy', 'system field'],
      ['updatedAt', 'system field'],
      ['in', 'reserved word'],
      ['null', 'reserved word'],
      ['1st', 'a letter or _'],
      ['first name', 'a letter or _'],
      ['salary-usd', 'a letter or _'],
      ['', 'a letter or _'],
      ['x'.repeat(64), 'at most 63'],
    ];
    for (const [name, message] of cases) {
      const res = await owner.client.post(`${base}/positions/fields`, { name, type: 'text' });
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.details.issues, name).toEqual([
        expect.objectContaining({ field: 'name', message: expect.stringContaining(message) }),
      ]);
    }
    const rename = await owner.client.patch(`${base}/positions/fields/title`, { name: 'createdAt' });
    expect(rename.statusCode).toBe(400);
    expect(await fieldNames()).toEqual(['tags', 'title']);
  });

  it('refuses definitions that do not fit the type, one issue per body field', async () => {
    const cases: [object, string, string][] = [
      [{ name: 'x', type: 'emoji' }, 'type', 'text'],
      [{ name: 'x', type: 'singleSelect' }, 'options', 'at least one choice'],
      [{ name: 'x', type: 'multiSelect', options: ['a', 'a'] }, 'options', 'distinct'],
      [{ name: 'x', type: 'integer', options: ['1'] }, 'options', 'only singleSelect'],
      [{ name: 'x', type: 'linkOne' }, 'target', 'positions'],
      [{ name: 'x', type: 'linkMany', target: 'nothing' }, 'target', 'positions'],
      [{ name: 'x', type: 'linkOne', target: 'users' }, 'target', 'linkUser'],
      [{ name: 'x', type: 'linkUser', target: 'positions' }, 'target', 'users collection'],
      [{ name: 'x', type: 'text', target: 'positions' }, 'target', 'only link fields'],
      [{ name: 'x', type: 'linkUsers', unique: true }, 'unique', 'cannot be unique'],
      [{ name: 'x', type: 'integer', default: 1.5 }, 'default', 'whole number'],
      [{ name: 'x', type: 'date', default: '2023-02-29' }, 'default', 'YYYY-MM-DD'],
      [{ name: 'x', type: 'singleSelect', options: ['a'], default: 'b' }, 'default', '"a"'],
      [
        { name: 'x', type: 'linkUser', default: '7f000000-0000-7000-8000-000000000000' },
        'default',
        'no default',
      ],
      [{ name: 'x', type: 'text', colour: 'red' }, 'colour', 'not a known field'],
    ];
    for (const [body, field, message] of cases) {
      const res = await owner.client.post(`${base}/positions/fields`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const issue = res.json().error.details.issues.find((i: { field: string }) => i.field === field);
      expect(issue?.message, JSON.stringify(body)).toContain(message);
    }
    const patch = await owner.client.patch(`${base}/positions/fields/tags`, { default: ['c'] });
    expect(patch.statusCode).toBe(400);
    expect(await fieldNames()).toEqual(['tags', 'title']);
  });

  it('refuses a taken field name or collection key with 409, and the users key with 400', async () => {
    const field = await owner.client.post(`${base}/positions/fields`, { name: 'title', type: 'integer' });
    expect(field.statusCode).toBe(409);
    expect(field.json().error).toMatchObject({
      code: 'FIELD_NAME_TAKEN',
      details: { issues: [{ field: 'name' }] },
    });
    const rename = await owner.client.patch(`${base}/positions/fields/tags`, { name: 'title' });
    expect(rename.statusCode).toBe(409);
    const collection = await owner.client.post(base, { key: 'positions', name: 'Again' });
    expect(collection.json().error).toMatchObject({ code: 'COLLECTION_KEY_TAKEN' });
    for (const key of ['users', 'Positions', 'job-offers', '9lives']) {
      const res = await owner.client.post(base, { key, name: 'X' });
      expect(res.statusCode, key).toBe(400);
      expect(res.json().error.details.issues[0].field).toBe('key');
    }
    const keyChange = await owner.client.patch(`${base}/positions`, { key: 'roles' });
    expect(keyChange.statusCode).toBe(400);
  });

  it('lets one of two concurrent identical creations win; the other gets the 409', async () => {
    const body = { name: 'code', type: 'text' };
    const both = await Promise.all([1, 2].map(() => owner.client.post(`${base}/positions/fields`, body)));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const keys = await Promise.all(
      [1, 2].map(() => owner.client.post(base, { key: 'offers', name: 'Offers' })),
    );
    expect(keys.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('answers 404 for a field or collection that does not exist', async () => {
    expect((await owner.client.get(`${base}/nothing`)).statusCode).toBe(404);
    expect((await owner.client.patch(`${base}/positions/fields/salary`, { label: 'Pay' })).statusCode).toBe(
      404,
    );
    expect((await owner.client.delete(`${base}/positions/fields/salary`)).statusCode).toBe(404);
  });
});
