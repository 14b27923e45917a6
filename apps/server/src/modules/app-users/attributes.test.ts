import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { attributeValueProblem } from './attribute-values.js';

describeDb('custom user attributes', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let member: Person;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@attributes.test');
    member = await signUp(app, ctx, 'member@attributes.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    base = `/api/apps/${(await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'HR' })).json().app.id}`;
    await owner.client.post(`${base}/users`, { email: member.email });
  });

  const keys = async () =>
    (await ctx.database.db.selectFrom('app_user_attribute').select('key').orderBy('key').execute()).map(
      (r) => r.key,
    );

  it('defines typed attributes, with options for selects', async () => {
    const text = await owner.client.post(`${base}/attributes`, {
      key: 'department',
      name: 'Department',
      type: 'text',
    });
    expect(text.statusCode, text.body).toBe(201);
    expect(text.json()).toMatchObject({ key: 'department', type: 'text', options: [] });
    const select = await owner.client.post(`${base}/attributes`, {
      key: 'languages',
      name: 'Languages',
      type: 'multiSelect',
      options: ['en', 'fr', 'nl'],
    });
    expect(select.json()).toMatchObject({ type: 'multiSelect', options: ['en', 'fr', 'nl'] });
    await owner.client.post(`${base}/attributes`, { key: 'startDate', name: 'Start date', type: 'date' });
    const list = await owner.client.get(`${base}/attributes`);
    expect(list.json().items.map((a: { key: string }) => a.key)).toEqual([
      'department',
      'languages',
      'startDate',
    ]);
  });

  it('refuses options that do not fit the type, reserved and taken keys, and types it does not know', async () => {
    const cases = [
      [{ key: 'level', name: 'Level', type: 'singleSelect', options: [] }, 400, 'options'],
      [{ key: 'level', name: 'Level', type: 'singleSelect', options: ['a', 'a'] }, 400, 'options'],
      [{ key: 'age', name: 'Age', type: 'integer', options: ['1'] }, 400, 'options'],
      [{ key: 'email', name: 'Email', type: 'text' }, 400, 'key'],
      [{ key: 'roles', name: 'Roles', type: 'text' }, 400, 'key'],
      [{ key: '1st', name: 'First', type: 'text' }, 400, 'key'],
      [{ key: 'mood', name: 'Mood', type: 'emoji' }, 400, 'type'],
      [{ key: 'department', name: 'Again', type: 'text' }, 409, 'key'],
    ] as const;
    for (const [body, status, field] of cases) {
      const res = await owner.client.post(`${base}/attributes`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.details.issues[0].field, JSON.stringify(body)).toBe(field);
    }
    expect(await keys()).toEqual(['department', 'languages', 'startDate']);
  });

  it('validates values by type', () => {
    const of = (
      type: 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'singleSelect' | 'multiSelect',
    ) => ({
      key: 'x',
      type,
      options: ['a', 'b'],
    });
    const ok: [ReturnType<typeof of>, unknown][] = [
      [of('text'), 'hello'],
      [of('integer'), -3],
      [of('decimal'), 2.5],
      [of('boolean'), false],
      [of('date'), '2024-02-29'],
      [of('singleSelect'), 'a'],
      [of('multiSelect'), ['b', 'a']],
      [of('integer'), null],
    ];
    const bad: [ReturnType<typeof of>, unknown][] = [
      [of('text'), 5],
      [of('text'), 'x'.repeat(2001)],
      [of('integer'), 1.5],
      [of('integer'), '1'],
      [of('decimal'), Number.NaN],
      [of('boolean'), 'true'],
      [of('date'), '2023-02-29'],
      [of('date'), '2024-1-1'],
      [of('singleSelect'), 'c'],
      [of('multiSelect'), ['a', 'a']],
      [of('multiSelect'), 'a'],
    ];
    for (const [definition, value] of ok)
      expect(attributeValueProblem(definition, value), String(value)).toBeNull();
    for (const [definition, value] of bad)
      expect(attributeValueProblem(definition, value), String(value)).not.toBeNull();
  });

  it('keeps a choice that users hold, and lets unused ones go', async () => {
    await owner.client.patch(`${base}/users/${member.accountId}`, { attributes: { languages: ['fr'] } });
    const refused = await owner.client.patch(`${base}/attributes/languages`, { options: ['en', 'nl'] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'OPTION_IN_USE', details: { options: ['fr'] } });
    const res = await owner.client.patch(`${base}/attributes/languages`, {
      name: 'Spoken',
      options: ['en', 'fr', 'de'],
    });
    expect(res.json()).toMatchObject({ name: 'Spoken', options: ['en', 'fr', 'de'] });
    expect((await owner.client.patch(`${base}/attributes/languages`, { type: 'text' })).statusCode).toBe(400);
  });

  it('refuses to delete an attribute the register form asks for; otherwise clears every value', async () => {
    await owner.client.request('PUT', `${base}/register-form`, {
      fields: [{ attribute: 'department', label: 'Your department', required: true }],
    });
    const refused = await owner.client.delete(`${base}/attributes/department`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ATTRIBUTE_IN_USE');

    const res = await owner.client.delete(`${base}/attributes/languages`);
    expect(res.statusCode).toBe(204);
    expect(await keys()).toEqual(['department', 'startDate']);
    const user = await owner.client.get(`${base}/users/${member.accountId}`);
    expect(user.json().attributes).toEqual({});
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.attribute.deleted')
      .executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({
      before: { key: 'languages', type: 'multiSelect' },
      clearedUsers: 1,
    });
  });

  it('refuses to delete an attribute a rule reads, naming the rule, until the rule goes', async () => {
    const created = await owner.client.post(`${base}/attributes`, {
      key: 'region',
      name: 'Region',
      type: 'text',
    });
    expect(created.statusCode, created.body).toBe(201);
    await owner.client.post(`${base}/collections`, { key: 'shifts', name: 'Shifts' });
    await owner.client.post(`${base}/collections/shifts/fields`, { name: 'region', type: 'text' });
    const rule = await owner.client.post(`${base}/rules`, {
      kind: 'grant',
      name: 'Shifts in the user region',
      collection: 'shifts',
      to: { audience: 'everyone' },
      actions: ['read'],
      condition: 'record.region == user.region',
    });
    expect(rule.statusCode, rule.body).toBe(201);
    const refused = await owner.client.delete(`${base}/attributes/region`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'ATTRIBUTE_IN_USE',
      details: {
        rules: [{ id: rule.json().rule.id, name: 'Shifts in the user region', collection: 'shifts' }],
      },
    });
    expect(await keys()).toContain('region');
    expect((await owner.client.delete(`${base}/rules/${rule.json().rule.id}`)).statusCode).toBe(204);
    expect((await owner.client.delete(`${base}/attributes/region`)).statusCode).toBe(204);
    expect(await keys()).not.toContain('region');
  });

  it('lets readers of data formats see attributes, and only user managers change them', async () => {
    expect((await member.client.get(`${base}/attributes`)).statusCode).toBe(403);
    await owner.client.request('PUT', `${base}/users/${member.accountId}/permissions`, {
      roles: ['user'],
      directRights: ['app.dataformats.read'],
    });
    const read = await member.client.get(`${base}/attributes`);
    expect(read.statusCode).toBe(200);
    expect(read.json().items.map((a: { key: string }) => a.key)).toEqual(['department', 'startDate']);
    expect((await member.client.get(`${base}/attributes/startDate`)).json().type).toBe('date');
    expect(
      (await member.client.post(`${base}/attributes`, { key: 'x', name: 'X', type: 'text' })).statusCode,
    ).toBe(403);
    expect((await member.client.delete(`${base}/attributes/startDate`)).statusCode).toBe(403);
    expect(await keys()).toEqual(['department', 'startDate']);
  });
});
