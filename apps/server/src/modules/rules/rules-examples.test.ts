import type { Action } from '@charter/policy';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { NINOX_NOTE_FIELDS, NINOX_NOTE_RULES } from '../../../test/harness/ninox-notes.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { createPolicyEngines } from '../data/policy-engines.js';

// The worked examples of docs/permissions.md ("Writing rules through the API"), saved and planned.
describeDb('the documented rule examples', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let appId: string;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@rule-examples.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    appId = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Examples' })).json().app.id;
    base = `/api/apps/${appId}`;
    for (const key of ['editor', 'viewer', 'hiring_manager', 'interviewer']) {
      await post('/roles', { key, name: key, rights: ['app.data.read', 'app.data.edit'] });
    }
    await post('/collections', { key: 'notes', name: 'Notes' });
    for (const field of NINOX_NOTE_FIELDS) await post('/collections/notes/fields', field);
    await post('/collections', { key: 'positions', name: 'Positions' });
    for (const field of [
      { name: 'title', type: 'text' },
      { name: 'department', type: 'text' },
      { name: 'salary', type: 'decimal' },
      { name: 'status', type: 'singleSelect', options: ['draft', 'open', 'closed'] },
      { name: 'hiringManager', type: 'linkUser' },
      { name: 'interviewers', type: 'linkUsers' },
    ]) {
      await post('/collections/positions/fields', field);
    }
  });

  async function post(path: string, body: object) {
    const res = await owner.client.post(`${base}${path}`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const principal = (roles: string[]) => ({
    id: owner.accountId,
    email: owner.email,
    roles,
    // The data gate the roles hold; without it every plan is deny before the rules.
    rights: ['app.data.read', 'app.data.edit'],
    internal: false,
    builder: false,
    allData: false,
    attributes: {},
    anonymous: false,
  });
  const plan = async (roles: string[], action: Action, collection: string) =>
    (await createPolicyEngines(ctx).forApp(appId)).engine.planAccess(principal(roles), action, collection);

  it('expresses Ninox table rights, "Readable if" and "Writable if"', async () => {
    for (const rule of NINOX_NOTE_RULES) expect((await post('/rules', rule)).warnings).toEqual([]);
    expect((await plan(['viewer'], 'read', 'notes')).kind).toBe('where');
    expect((await plan(['viewer'], 'update', 'notes')).kind).toBe('deny');
    expect((await plan(['editor'], 'update', 'notes')).kind).toBe('where');
    expect((await plan(['editor'], 'create', 'notes')).kind).toBe('allow');
    expect((await plan(['user'], 'read', 'notes')).kind).toBe('deny');
  });

  it('expresses the Noloco recruitment roles and a field condition', async () => {
    await post('/rules', {
      kind: 'grant',
      name: 'Hiring managers read and edit their positions',
      collection: 'positions',
      to: { roles: ['hiring_manager'] },
      actions: ['read', 'update'],
      condition: 'record.hiringManager == user.id',
    });
    await post('/rules', {
      kind: 'grant',
      name: 'Interviewers read and edit their positions',
      collection: 'positions',
      to: { roles: ['interviewer'] },
      actions: ['read', 'update'],
      condition: 'user.id in record.interviewers',
      fields: {
        read: ['title', 'department', 'status', 'hiringManager', 'interviewers'],
        update: ['status'],
      },
    });
    const saved = await post('/rules', {
      kind: 'fieldCondition',
      name: 'Salary only while draft',
      collection: 'positions',
      to: { audience: 'everyone' },
      fields: ['salary'],
      access: 'write',
      condition: 'record.status == "draft"',
    });
    expect(saved.rule).toMatchObject({ actions: [], fields: ['salary'], access: 'write', valid: true });
    const interviewer = await plan(['interviewer'], 'read', 'positions');
    expect(interviewer.kind).toBe('where');
    expect(interviewer.fields.has('salary')).toBe(false);
    const manager = await plan(['hiring_manager'], 'read', 'positions');
    expect(manager.fields.has('salary')).toBe(true);
    expect((await plan(['interviewer'], 'update', 'positions')).fields.has('title')).toBe(false);
    expect((await plan(['interviewer'], 'delete', 'positions')).kind).toBe('deny');
  });
});
