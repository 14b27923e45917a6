import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

// biome-ignore lint/suspicious/noExplicitAny: traces are deep JSON; the assertions check their shape.
type Json = Record<string, any>;

describeDb('explain and decision references', (database) => {
  let r: Recruitment;
  const pos: Record<string, string> = {};
  let candidate = '';
  let explainUrl = '';

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'explain');
    const { andy, melissa, admin } = r;
    for (const [title, hiringManager, interviewers] of [
      ['Backend Engineer', andy.accountId, [melissa.accountId]],
      ['Sales Lead', admin.accountId, []],
    ] as const) {
      const res = await admin.client.post(r.records('positions'), {
        values: { title, salary: 100_000, hiringManager, interviewers, department: 'Engineering' },
      });
      expect(res.statusCode, res.body).toBe(201);
      pos[title] = res.json().id;
    }
    const res = await admin.client.post(r.records('candidates'), {
      values: { name: 'Grace Hopper', position: pos['Backend Engineer'], review: 'Strong' },
    });
    candidate = res.json().id;
    explainUrl = `/api/apps/${r.appId}/access/explain`;
  });

  const explain = async (body: Json) => {
    const res = await r.admin.client.post(explainUrl, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };

  it('explains a readable record: fields open and hidden, and the SQL path agrees', async () => {
    const out = await explain({
      user: ` ${r.melissa.email.toUpperCase()} `, // an email in any case, as a builder types it
      action: 'read',
      collection: 'positions',
      record: pos['Backend Engineer'],
    });
    expect(out.user).toEqual({ id: r.melissa.accountId, email: r.melissa.email });
    expect(out.trace.principal.roles).toEqual(['interviewer']);
    expect(out.trace.units.map((u: Json) => u.unit)).toContain('role:interviewer');
    // Conditions are stored by field id; the trace shows them as the builder wrote them.
    expect(out.trace.units[0].grants[0].condition).toBe('user.id in record.interviewers');
    expect(out.record).toMatchObject({
      exists: true,
      allowed: true,
      sqlAllowed: true,
      agrees: true,
      reasons: [],
    });
    expect(out.trace.record.fields).toContain('title');
    expect(out.trace.record.fields).not.toContain('salary');
    const salary = out.trace.record.hiddenFields.find((h: Json) => h.field === 'salary');
    expect(salary.reason).toMatch(/no role/);
    // Explanations name fields, never the record's values.
    expect(JSON.stringify(out)).not.toContain('100000');
  });

  it('notes the links whose targets the user cannot read: their ids show, expand leaves them bare', async () => {
    const record = pos['Backend Engineer'];
    const melissa = await explain({
      user: r.melissa.accountId,
      action: 'read',
      collection: 'positions',
      record,
    });
    // No rule opens app users to her: both links point at users she cannot read.
    expect(melissa.record.links).toEqual([
      { field: 'hiringManager', collection: 'users', linked: 1, unreadable: 1 },
      { field: 'interviewers', collection: 'users', linked: 1, unreadable: 1 },
    ]);
    expect(melissa.record.notes).toHaveLength(2);
    expect(melissa.record.notes[1]).toMatch(/^link interviewers: 1 of its 1 linked users .*bare ids/);
    // The explanation counts the targets; it never names them.
    expect(JSON.stringify(melissa)).not.toContain(r.andy.accountId);
    const admin = await explain({ user: r.admin.accountId, action: 'read', collection: 'positions', record });
    expect(admin.record.links.map((l: Json) => l.unreadable)).toEqual([0, 0]);
    expect(admin.record.notes).toEqual([]);
    const update = await explain({
      user: r.melissa.accountId,
      action: 'update',
      collection: 'positions',
      record,
    });
    expect(update.record).not.toHaveProperty('notes');
  });

  it('says why a record is absent, and follows relations (candidate → position → hiring manager)', async () => {
    const out = await explain({
      user: r.melissa.accountId,
      action: 'read',
      collection: 'positions',
      record: pos['Sales Lead'],
      list: {},
    });
    expect(out.record).toMatchObject({ exists: true, allowed: false, sqlAllowed: false, agrees: true });
    expect(out.record.reasons.join(' ')).toMatch(/grant "rule 1" did not hold/);
    expect(out.list.includesRecord).toBe(false);
    expect(out.list.sql).toMatch(/select/i);

    const andy = await explain({
      user: r.andy.email,
      action: 'update',
      collection: 'candidates',
      record: candidate,
    });
    expect(andy.record).toMatchObject({ allowed: true, agrees: true });
    const melissa = await explain({
      user: r.melissa.email,
      action: 'update',
      collection: 'candidates',
      record: candidate,
    });
    expect(melissa.record).toMatchObject({ allowed: false, agrees: true });
    expect(melissa.record.reasons.join(' ')).toMatch(/no role of this user has a grant for update/);
  });

  it('tells a filter that excludes a record from a rule that does', async () => {
    const out = await explain({
      user: r.melissa.email,
      action: 'read',
      collection: 'positions',
      record: pos['Backend Engineer'],
      list: { filter: 'record.title == "Something else"' },
    });
    expect(out.record).toMatchObject({
      allowed: true,
      reasons: [expect.stringMatching(/filter or search excludes/)],
    });
    expect(out.list.includesRecord).toBe(false);
    const missing = await explain({
      user: r.melissa.email,
      action: 'read',
      collection: 'positions',
      record: randomUUID(),
    });
    expect(missing.record).toMatchObject({ exists: false, allowed: false });
    const salaryFilter = await r.admin.client.post(explainUrl, {
      user: r.melissa.email,
      action: 'read',
      collection: 'positions',
      list: { filter: 'record.salary > 1' },
    });
    expect(salaryFilter.statusCode).toBe(400); // the explained user could not filter on it either
  });

  it('gives denied requests a reference that the builder resolves, and only for 24 hours', async () => {
    const denied = await r.melissa.client.get(`${r.records('positions')}/${pos['Sales Lead']}`);
    const missing = await r.melissa.client.get(`${r.records('positions')}/${randomUUID()}`);
    expect(denied.statusCode).toBe(404);
    const reference = denied.json().error.details.reference as string;
    expect(reference).toMatch(/^ref_[A-Za-z0-9_-]{16}$/);
    expect(missing.json().error.details.reference).toMatch(/^ref_/);
    expect(Object.keys(denied.json().error.details)).toEqual(Object.keys(missing.json().error.details));

    const url = `/api/apps/${r.appId}/access/explanations/${reference}`;
    expect((await r.melissa.client.get(url)).statusCode).toBe(403);
    const resolved = await r.admin.client.get(url);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({
      reference,
      user: { id: r.melissa.accountId, email: r.melissa.email },
      viewedAsBy: null,
      action: 'read',
      collection: 'positions',
      recordId: pos['Sales Lead'],
      policyChanged: false,
      record: { allowed: false },
    });
    const audit = await r.ctx.database.db
      .selectFrom('audit_event')
      .select(['actor_account_id', 'outcome', 'details'])
      .where('action', '=', 'data.denied')
      .execute();
    expect(
      audit.some((a) => a.details.reference === reference && a.actor_account_id === r.melissa.accountId),
    ).toBe(true);

    // A day later the reference resolves to nothing.
    const clock = r.ctx.clock;
    const realNow = clock.now.bind(clock);
    clock.now = () => new Date(realNow().getTime() + 24 * 3600_000 + 1000);
    try {
      expect((await r.admin.client.get(url)).statusCode).toBe(404);
    } finally {
      clock.now = realNow;
    }
    expect((await r.admin.client.get(url)).statusCode).toBe(200);
  });

  it('references refused writes, and nothing changes', async () => {
    const resolve = async (reference: string) =>
      (await r.admin.client.get(`/api/apps/${r.appId}/access/explanations/${reference}`)).json();
    const patch = await r.melissa.client.patch(`${r.records('positions')}/${pos['Sales Lead']}`, {
      values: { title: 'Taken over' },
    });
    expect(patch.statusCode).toBe(404);
    expect(await resolve(patch.json().error.details.reference)).toMatchObject({
      action: 'update',
      recordId: pos['Sales Lead'],
      record: { exists: true, allowed: false },
    });
    const create = await r.andy.client.post(r.records('positions'), { values: { title: 'Shadow role' } });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('RECORD_WRITE_DENIED');
    const created = await resolve(create.json().error.details.reference);
    expect(created).toMatchObject({ action: 'create', recordId: null });
    expect(created.trace.unitsWithoutGrants).toContain('role:hiring_manager');
    const stored = await r.admin.client.get(`${r.records('positions')}/${pos['Sales Lead']}`);
    expect(stored.json().title).toBe('Sales Lead');
    const all = await r.admin.client.get(r.records('positions'));
    expect(all.json().items.map((i: Json) => i.title)).not.toContain('Shadow role');
  });

  it('is for builders only, and names the user at fault', async () => {
    const asAndy = await r.andy.client.post(explainUrl, {
      user: r.melissa.email,
      action: 'read',
      collection: 'positions',
    });
    expect(asAndy.statusCode).toBe(403);
    const unknown = await r.admin.client.post(explainUrl, {
      user: 'nobody@x.test',
      action: 'read',
      collection: 'positions',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'APP_USER_NOT_FOUND', details: { field: 'user' } });
    const badAction = await r.admin.client.post(explainUrl, {
      user: null,
      action: 'steal',
      collection: 'positions',
    });
    expect(badAction.statusCode).toBe(400);
    const anonymous = await explain({ user: null, action: 'read', collection: 'positions' });
    expect(anonymous.trace.principal.anonymous).toBe(true);
  });
});
