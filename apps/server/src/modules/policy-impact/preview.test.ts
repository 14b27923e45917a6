import { beforeAll, describe, expect, it } from 'vitest';
import { buildImpactScenario, type ImpactScenario, interviewedBy } from '../../../test/fixtures/impact.js';
import { describeDb } from '../../../test/harness/database.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are deep JSON; the assertions check their shape.
type Json = Record<string, any>;

// `?dryRun=true` on the rule and role routes: the same checks as a save, the impact, nothing saved.
describeDb('previewing rule and role changes', (database) => {
  let s: ImpactScenario;
  let base: string;
  let salaryRule: string;
  let interviewerGrant: string;

  beforeAll(async () => {
    s = await buildImpactScenario(database(), 'preview');
    base = `/api/apps/${s.appId}`;
    const rules = (await s.admin.client.get(`${base}/rules?collection=positions`)).json().items as Json[];
    interviewerGrant = rules.find((r) => r.to.roles?.includes('interviewer'))!.id;
    const opened = await s.admin.client.patch(`${base}/rules/${interviewerGrant}`, {
      fields: {
        read: ['title', 'department', 'status', 'hiringManager', 'interviewers', 'salary'],
        update: ['status'],
      },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const created = await s.admin.client.post(`${base}/rules`, {
      kind: 'fieldCondition',
      name: 'Interviewers see only very high salaries',
      collection: 'positions',
      to: { roles: ['interviewer'] },
      fields: ['salary'],
      access: 'read',
      condition: 'record.salary > 1000000',
    });
    expect(created.statusCode, created.body).toBe(201);
    salaryRule = created.json().rule.id;
  });

  const state = async () => {
    const db = s.ctx.database.db;
    const app = await db
      .selectFrom('application')
      .select('policy_version')
      .where('id', '=', s.appId)
      .executeTakeFirstOrThrow();
    const audit = await db.selectFrom('audit_event').select('id').where('app_id', '=', s.appId).execute();
    const rules = (await s.admin.client.get(`${base}/rules`)).json().items as Json[];
    const roles = (await s.admin.client.get(`${base}/roles`)).json().items as Json[];
    return { version: app.policy_version, audit: audit.length, rules, roles };
  };
  const stripId = (body: Json) => ({ ...body.error, requestId: undefined });

  describe('loosening the salary field condition', () => {
    let res: { statusCode: number; json(): Json; body: string };
    let before: Awaited<ReturnType<typeof state>>;
    beforeAll(async () => {
      before = await state();
      res = await s.admin.client.patch(`${base}/rules/${salaryRule}?dryRun=true`, {
        condition: 'record.salary > 0',
      });
    });

    it('answers 200 with the impact and the rule as it would be saved', () => {
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.dryRun).toBe(true);
      expect(body.rule).toMatchObject({ id: salaryRule, condition: 'record.salary > 0' });
      const interviewed = new Set([
        ...interviewedBy(s, s.melissa.accountId),
        ...interviewedBy(s, s.zoe.accountId),
      ]);
      expect(body.impact.collections).toEqual([
        expect.objectContaining({
          collection: 'positions',
          action: 'read',
          recordsGaining: 0,
          recordsLosing: 0,
          fields: [
            {
              field: 'salary',
              access: 'read',
              usersGaining: 2,
              usersLosing: 0,
              recordsGaining: interviewed.size,
              recordsLosing: 0,
            },
          ],
        }),
      ]);
      const melissa = body.impact.users.find((u: Json) => u.userId === s.melissa.accountId);
      expect(melissa.gains).toEqual([
        `gains read of positions.salary on ${interviewedBy(s, s.melissa.accountId).length} records`,
      ]);
      // The same, counted, for screens that weigh a change.
      expect(melissa.changes).toEqual([
        {
          collection: 'positions',
          action: 'read',
          field: 'salary',
          gained: interviewedBy(s, s.melissa.accountId).length,
          lost: 0,
        },
      ]);
      expect(body.impact.users.map((u: Json) => u.email)).not.toContain(s.andy.email);
    });

    it('saves nothing: rules, policy version and audit log stay as they were', async () => {
      const after = await state();
      expect(after).toEqual(before);
      const stored = after.rules.find((r) => r.id === salaryRule);
      expect(stored?.condition).toBe('record.salary > 1000000');
    });
  });

  it('previews a deletion as the interviewers losing their positions, and keeps the rule', async () => {
    const before = await state();
    const res = await s.admin.client.delete(`${base}/rules/${interviewerGrant}?dryRun=true`);
    expect(res.statusCode, res.body).toBe(200);
    const { impact } = res.json();
    const read = impact.collections.find((c: Json) => c.collection === 'positions' && c.action === 'read');
    expect(read).toMatchObject({ usersLosing: 2, recordsLosing: 3, usersGaining: 0, recordsGaining: 0 });
    expect(impact.users.map((u: Json) => u.email).sort()).toEqual([s.melissa.email, s.zoe.email].sort());
    expect(await state()).toEqual(before);
    expect((await s.admin.client.get(`${base}/rules/${interviewerGrant}`)).statusCode).toBe(200);
  });

  it('reports a change that changes no access as unchanged', async () => {
    const res = await s.admin.client.patch(`${base}/rules/${interviewerGrant}?dryRun=true`, {
      name: 'Renamed only',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().impact).toEqual({ unchanged: true, collections: [], users: [] });
    expect(res.json().rule.name).toBe('Renamed only');
    const stored = (await s.admin.client.get(`${base}/rules/${interviewerGrant}`)).json();
    expect(stored.name).not.toBe('Renamed only');
  });

  it('refuses an invalid rule in a dry run exactly as a save would, and creates nothing', async () => {
    const bad = {
      kind: 'guard',
      name: 'Rich positions',
      collection: 'positions',
      to: { roles: ['recruiter'] },
      actions: ['read'],
      condition: 'record.salry > 50000',
    };
    const before = await state();
    const dry = await s.admin.client.post(`${base}/rules?dryRun=true`, bad);
    const real = await s.admin.client.post(`${base}/rules`, bad);
    expect(dry.statusCode).toBe(400);
    expect(dry.json().error.code).toBe('RULE_INVALID');
    expect(stripId(dry.json())).toEqual(stripId(real.json()));
    expect(await state()).toEqual(before);
  });

  it('previews a valid new rule with 200 and its impact, without saving it', async () => {
    const before = await state();
    const grant = {
      kind: 'grant',
      name: 'Everyone reads every position',
      collection: 'positions',
      to: { audience: 'everyone' },
      actions: ['read'],
      fields: { read: ['title'] },
    };
    const res = await s.admin.client.post(`${base}/rules?dryRun=true`, grant);
    expect(res.statusCode, res.body).toBe(200);
    const { impact, rule } = res.json();
    expect(rule.name).toBe(grant.name);
    const gains = (who: { accountId: string }) =>
      impact.users.find((u: Json) => u.userId === who.accountId)?.gains;
    // Andy manages two of the five positions; each interviewer sees two.
    expect(gains(s.andy)).toEqual(['gains read on 3 positions records']);
    expect(gains(s.melissa)).toEqual(['gains read on 3 positions records']);
    expect(gains(s.admin)).toBeUndefined();
    expect(await state()).toEqual(before);
  });

  it('shows that a second grant to the same role narrows instead of widening (conditions AND)', async () => {
    const res = await s.admin.client.post(`${base}/rules?dryRun=true`, {
      kind: 'grant',
      name: 'Hiring managers read open positions',
      collection: 'positions',
      to: { roles: ['hiring_manager'] },
      actions: ['read'],
      condition: 'record.status == "draft"',
    });
    expect(res.statusCode, res.body).toBe(200);
    const andy = res.json().impact.users.find((u: Json) => u.userId === s.andy.accountId);
    expect(andy).toEqual({
      userId: s.andy.accountId,
      email: s.andy.email,
      gains: [],
      losses: ['loses read on 2 positions records'],
      changes: [{ collection: 'positions', action: 'read', gained: 0, lost: 2 }],
    });
  });

  it('previews giving a role Access All Data, and leaves the role as it was', async () => {
    const before = await state();
    const res = await s.admin.client.patch(`${base}/roles/interviewer?dryRun=true`, { allData: true });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.role.allData).toBe(true);
    const read = body.impact.collections.find(
      (c: Json) => c.collection === 'positions' && c.action === 'read',
    );
    expect(read).toMatchObject({ usersGaining: 2, recordsGaining: 4, usersLosing: 0 });
    expect(await state()).toEqual(before);
    expect((await s.admin.client.get(`${base}/roles/interviewer`)).json().allData).toBe(false);
  });

  it('previews deleting a role with the users it would move, and moves nobody', async () => {
    const before = await state();
    const res = await s.admin.client.delete(`${base}/roles/interviewer?replacement=user&dryRun=true`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.movedUsers).toBe(2);
    const read = body.impact.collections.find(
      (c: Json) => c.collection === 'positions' && c.action === 'read',
    );
    expect(read).toMatchObject({ usersLosing: 2, recordsLosing: 3 });
    expect(await state()).toEqual(before);
    const conflict = await s.admin.client.delete(`${base}/roles/interviewer?dryRun=true`);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('ROLE_IN_USE');
  });

  it('needs the same right as the change itself', async () => {
    const rule = await s.andy.client.patch(`${base}/rules/${salaryRule}?dryRun=true`, { name: 'x' });
    const role = await s.andy.client.patch(`${base}/roles/interviewer?dryRun=true`, { allData: true });
    expect(rule.statusCode).toBe(403);
    expect(role.statusCode).toBe(403);
    expect(rule.json()).not.toHaveProperty('impact');
  });
});
