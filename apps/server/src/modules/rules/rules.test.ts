import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { createPolicyEngines } from '../data/policy-engines.js';

// The recruitment app's rules written through the API: checked on save, stored by id, shown by name.
describeDb('the rules API', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let appId: string;
  let base: string;
  const ids: Record<string, string> = {};
  const db = () => ctx.database.db;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@rules.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    appId = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Recruitment' })).json().app
      .id;
    base = `/api/apps/${appId}`;
    for (const key of ['hiring_manager', 'interviewer']) {
      expect((await owner.client.post(`${base}/roles`, { key, name: key })).statusCode).toBe(201);
    }
    await created('/collections', { key: 'positions', name: 'Positions' });
    for (const field of [
      { name: 'title', type: 'text' },
      { name: 'salary', type: 'decimal' },
      { name: 'status', type: 'singleSelect', options: ['draft', 'open', 'closed'] },
      { name: 'hiringManager', type: 'linkUser' },
      { name: 'interviewers', type: 'linkUsers' },
    ]) {
      ids[field.name] = (await created('/collections/positions/fields', field)).id;
    }
    await created('/collections', { key: 'memos', name: 'Memos', restricted: false });
  });

  async function created(path: string, body: object) {
    const res = await owner.client.post(`${base}${path}`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const policyVersion = async () =>
    Number(
      (
        await db()
          .selectFrom('application')
          .select('policy_version')
          .where('id', '=', appId)
          .executeTakeFirstOrThrow()
      ).policy_version,
    );
  const auditCount = async () =>
    (await db().selectFrom('audit_event').select('id').where('app_id', '=', appId).execute()).length;
  const ruleCount = async () =>
    (await db().selectFrom('data_rule').select('id').where('app_id', '=', appId).execute()).length;

  const interviewersGrant = {
    kind: 'grant',
    name: 'Interviewers read and edit their positions',
    description: 'Noloco: the positions they interview for, never the salary',
    collection: 'positions',
    to: { roles: ['interviewer'] },
    actions: ['read', 'update'],
    condition: 'user.id in record.interviewers',
    fields: { read: ['title', 'status', 'interviewers'], update: ['status'] },
  };
  const readableIfCreator = {
    kind: 'guard',
    name: 'Readable if the creator',
    collection: 'positions',
    to: { audience: 'everyone' },
    actions: ['read', 'update', 'delete'],
    condition: 'record.createdBy == user.id',
  };
  const salaryWhileDraft = {
    kind: 'fieldCondition',
    name: 'Salary only while draft',
    collection: 'positions',
    to: { roles: ['hiring_manager'] },
    fields: ['salary'],
    access: 'write',
    condition: 'record.status == "draft"',
  };

  it('saves a grant, a guard and a field condition, stored by field id and listed by name', async () => {
    const saved = [];
    for (const body of [interviewersGrant, readableIfCreator, salaryWhileDraft]) {
      const { rule, warnings } = await created('/rules', body);
      expect(warnings).toEqual([]);
      saved.push(rule);
    }
    expect(saved[0]).toMatchObject({ ...interviewersGrant, access: null, valid: true });
    expect(saved[1]).toMatchObject({ ...readableIfCreator, description: '', fields: null, valid: true });
    expect(saved[2]).toMatchObject({ ...salaryWhileDraft, actions: [], valid: true });
    const stored = await db()
      .selectFrom('data_rule')
      .selectAll()
      .where('id', '=', saved[2].id)
      .executeTakeFirstOrThrow();
    expect(stored.condition).toBe(`record["${ids.status}"] == "draft"`);
    expect(stored.fields).toEqual([ids.salary]);

    const list = await owner.client.get(`${base}/rules?collection=positions`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { name: string }) => r.name)).toEqual(saved.map((r) => r.name));
    expect((await owner.client.get(`${base}/rules?collection=memos`)).json().items).toEqual([]);
    expect((await owner.client.get(`${base}/rules?collection=nope`)).statusCode).toBe(404);
    const one = await owner.client.get(`${base}/rules/${saved[0].id}`);
    expect(one.json()).toEqual(saved[0]);
  });

  const tooLong = `record.title == "${'x'.repeat(5000)}"`;
  const refusals: [string, object, { field: string; code: string; marked?: string }][] = [
    [
      'a type error',
      { condition: 'record.salary == "high"' },
      { field: 'condition', code: 'POLICY_TYPE_MISMATCH' },
    ],
    [
      'an unknown field',
      { condition: 'record.salry > 100' },
      { field: 'condition', code: 'POLICY_UNKNOWN_IDENTIFIER', marked: 'salry' },
    ],
    [
      'a syntax error',
      { condition: 'record.title == ' },
      { field: 'condition', code: 'POLICY_SYNTAX_ERROR' },
    ],
    [
      'a too long condition',
      { condition: tooLong },
      { field: 'condition', code: 'POLICY_EXPRESSION_TOO_LONG' },
    ],
    [
      'an unknown role',
      { to: { roles: ['recruiter'] } },
      { field: 'to.roles.0', code: 'POLICY_INVALID_RULE' },
    ],
    [
      'an unknown field in a list',
      { fields: { read: ['title', 'salry'] } },
      { field: 'fields.read.1', code: 'POLICY_UNKNOWN_IDENTIFIER' },
    ],
    [
      'an unknown collection',
      { collection: 'offers' },
      { field: 'collection', code: 'POLICY_UNKNOWN_COLLECTION' },
    ],
    [
      'a list for an action the grant lacks',
      { fields: { create: ['title'] } },
      { field: 'fields.create', code: 'POLICY_INVALID_RULE' },
    ],
  ];

  it.each(refusals)('refuses %s with 400 RULE_INVALID, storing nothing', async (_, change, expected) => {
    const body = { ...interviewersGrant, name: 'Bad', ...change };
    const [version, audits, rules] = [await policyVersion(), await auditCount(), await ruleCount()];
    const res = await owner.client.post(`${base}/rules`, body);
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('RULE_INVALID');
    expect(error.details.issues).toHaveLength(1);
    const issue = error.details.issues[0];
    expect(issue).toMatchObject({ location: 'body', field: expected.field, code: expected.code });
    if (expected.field === 'condition') {
      const text = (body as { condition: string }).condition;
      expect(issue.position.end).toBeGreaterThanOrEqual(issue.position.start);
      expect(issue.position.end).toBeLessThanOrEqual(text.length);
      if (expected.marked)
        expect(text.slice(issue.position.start, issue.position.end)).toContain(expected.marked);
    }
    expect([await policyVersion(), await auditCount(), await ruleCount()]).toEqual([version, audits, rules]);
  });

  it('names the valid choices: fields for a typo, roles for an unknown role', async () => {
    const typo = await owner.client.post(`${base}/rules`, {
      ...interviewersGrant,
      condition: 'record.salry > 1',
    });
    expect(typo.json().error.details.issues[0].expected).toEqual(expect.arrayContaining(['salary', 'title']));
    const role = await owner.client.post(`${base}/rules`, {
      ...interviewersGrant,
      to: { roles: ['recruiter'] },
    });
    expect(role.json().error.details.issues[0].expected).toEqual(['hiring_manager', 'interviewer', 'user']);
  });

  it('refuses Access All Data roles, which rules do not apply to, and reports every problem at once', async () => {
    const res = await owner.client.post(`${base}/rules`, {
      ...readableIfCreator,
      to: { roles: ['team_admin', 'ghost'] },
      condition: 'record.salary == "high"',
      fields: ['title'],
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.details.issues;
    expect(issues.map((i: { field: string }) => i.field)).toEqual([
      'fields',
      'to.roles.0',
      'to.roles.1',
      'condition',
    ]);
    expect(issues[1].message).toContain('Access All Data');
  });

  it('refuses the parts a kind does not have and asks for those it needs', async () => {
    const guard = await owner.client.post(`${base}/rules`, {
      ...readableIfCreator,
      condition: undefined,
      access: 'read',
    });
    expect(guard.json().error.details.issues.map((i: { field: string }) => i.field)).toEqual([
      'condition',
      'access',
    ]);
    const field = await owner.client.post(`${base}/rules`, {
      ...salaryWhileDraft,
      access: undefined,
      actions: ['read'],
    });
    expect(field.json().error.details.issues.map((i: { field: string }) => i.field)).toEqual([
      'actions',
      'access',
    ]);
  });

  it('warns about a rule with no effect, and saves it', async () => {
    const res = await owner.client.post(`${base}/rules`, { ...readableIfCreator, collection: 'memos' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toEqual([
      { code: 'POLICY_INVALID_RULE', message: expect.stringContaining('not restricted') },
    ]);
    expect((await owner.client.delete(`${base}/rules/${res.json().rule.id}`)).statusCode).toBe(204);
  });

  it('saves a field condition on an unrestricted collection without a warning: it applies there', async () => {
    await created('/collections/memos/fields', { name: 'body', type: 'text' });
    const res = await owner.client.post(`${base}/rules`, {
      ...salaryWhileDraft,
      name: 'Memo bodies for internal users only',
      collection: 'memos',
      to: { audience: 'everyone' },
      fields: ['body'],
      access: 'read',
      condition: 'user.internal',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toEqual([]);
    expect((await owner.client.delete(`${base}/rules/${res.json().rule.id}`)).statusCode).toBe(204);
  });

  it('shows the new name of a renamed field in conditions and field lists', async () => {
    const { rule } = await created('/rules', {
      ...interviewersGrant,
      name: 'Managers see salaries',
      to: { roles: ['hiring_manager'] },
      condition: 'record.hiringManager == user.id && record.salary > 0',
      fields: { read: ['title', 'salary'] },
    });
    const renamed = await owner.client.patch(`${base}/collections/positions/fields/salary`, { name: 'pay' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const shown = (await owner.client.get(`${base}/rules/${rule.id}`)).json();
    expect(shown).toMatchObject({
      condition: 'record.hiringManager == user.id && record.pay > 0',
      fields: { read: ['title', 'pay'] },
      valid: true,
    });
    await owner.client.patch(`${base}/collections/positions/fields/pay`, { name: 'salary' });
    expect((await owner.client.delete(`${base}/rules/${rule.id}`)).statusCode).toBe(204);
  });

  it('changes a rule and checks it again as a whole; null removes a grant condition', async () => {
    const { rule } = await created('/rules', { ...interviewersGrant, name: 'To change' });
    const bad = await owner.client.patch(`${base}/rules/${rule.id}`, { condition: 'record.status == 3' });
    expect(bad.statusCode).toBe(400);
    const res = await owner.client.patch(`${base}/rules/${rule.id}`, {
      name: 'Changed',
      condition: null,
      fields: { read: ['title'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rule).toMatchObject({ name: 'Changed', condition: null, fields: { read: ['title'] } });
    const gone = await owner.client.patch(`${base}/rules/${rule.id}`, {
      actions: ['read'],
      fields: { update: ['title'] },
    });
    expect(gone.json().error.details.issues[0].field).toBe('fields.update');
    expect((await owner.client.delete(`${base}/rules/${rule.id}`)).statusCode).toBe(204);
    expect((await owner.client.get(`${base}/rules/${rule.id}`)).statusCode).toBe(404);
    expect((await owner.client.patch(`${base}/rules/${rule.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await owner.client.get(`${base}/rules/not-an-id`)).statusCode).toBe(404);
  });

  const eventsOf = (ruleId: string) =>
    db()
      .selectFrom('audit_event')
      .select(['action', 'outcome', 'details', 'target_type', 'actor_account_id'])
      .where('target_id', '=', ruleId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();

  it('audits every change with before and after, and moves the policy version once per change', async () => {
    const step = async (request: () => Promise<LightMyRequestResponse>, status: number) => {
      const version = await policyVersion();
      const res = await request();
      expect(res.statusCode, res.body).toBe(status);
      expect(await policyVersion()).toBe(version + 1);
      return res;
    };
    const { rule } = (
      await step(() => owner.client.post(`${base}/rules`, { ...readableIfCreator, name: 'Audited' }), 201)
    ).json();
    await step(
      () => owner.client.patch(`${base}/rules/${rule.id}`, { condition: 'record.updatedBy == user.id' }),
      200,
    );
    await step(() => owner.client.delete(`${base}/rules/${rule.id}`), 204);
    const events = await eventsOf(rule.id);
    expect(events.map((e) => [e.action, e.outcome, e.target_type, e.actor_account_id])).toEqual([
      ['app.rule.created', 'success', 'data_rule', owner.accountId],
      ['app.rule.updated', 'success', 'data_rule', owner.accountId],
      ['app.rule.deleted', 'success', 'data_rule', owner.accountId],
    ]);
    expect(events[0]!.details).toMatchObject({
      before: null,
      after: { name: 'Audited', condition: 'record.createdBy == user.id' },
    });
    expect(events[1]!.details).toMatchObject({
      before: { condition: 'record.createdBy == user.id' },
      after: { condition: 'record.updatedBy == user.id' },
    });
    expect(events[2]!.details).toMatchObject({ before: { name: 'Audited' }, after: null });
  });

  it('is in force on the very next request: the next engine plans with it, and denies once it is gone', async () => {
    const engines = createPolicyEngines(ctx);
    const melissa = {
      id: owner.accountId,
      email: owner.email,
      roles: ['interviewer'],
      // The data gate: without it every plan is deny, whatever the rules say.
      rights: ['app.data.read'],
      internal: false,
      builder: false,
      allData: false,
      attributes: {},
      anonymous: false,
    };
    const plan = async () => (await engines.forApp(appId)).engine.planAccess(melissa, 'read', 'positions');
    for (const { id } of (await owner.client.get(`${base}/rules`)).json().items) {
      expect((await owner.client.delete(`${base}/rules/${id}`)).statusCode).toBe(204);
    }
    expect((await plan()).kind).toBe('deny');
    const { rule } = await created('/rules', interviewersGrant);
    const granted = await plan();
    expect(granted.kind).toBe('where');
    expect([...granted.fields.keys()].sort()).toEqual(['id', 'interviewers', 'status', 'title']);
    expect((await owner.client.delete(`${base}/rules/${rule.id}`)).statusCode).toBe(204);
    expect((await plan()).kind).toBe('deny');
  });
});
