import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { type Person, signUp } from '../../../test/harness/tenants.js';
import { seedDemo } from '../../cli/demo.js';
import { CANDIDATE_FIELDS, DEMO_PEOPLE, POSITION_FIELDS } from '../../cli/demo-data.js';
import type { AppContext } from '../../context.js';
import { exportPolicy, serializePolicy } from './policy-document.js';

type Doc = {
  roles: { key: string; allData: boolean; rights: string[] }[];
  customRights: { key: string; name: string }[];
  collections: Record<string, { restricted: boolean }>;
  rules: { collection: string; name: string; fields?: Record<string, string[]>; condition?: string }[];
};

const INTERVIEWER_RULE = 'Interviewers: positions they interview for, never salary';
// Every role of the demo holds the data gate.
const DATA_GATE = ['app.data.edit', 'app.data.read'];

describeDb('policy as code', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let tessa: TestClient;
  let melissa: TestClient;
  let appId: string;
  let companyId: string;
  let base: string;
  let original: string;

  const signIn = async (key: string) => {
    const person = DEMO_PEOPLE.find((p) => p.key === key)!;
    const client = new TestClient(app, ctx.config.publicUrl);
    const res = await client.post('/api/auth/login', { email: person.email, password: person.password });
    expect(res.statusCode, res.body).toBe(200);
    return client;
  };
  const exported = async (url = base) => {
    const res = await tessa.get(`${url}/policy`);
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };
  const state = async (id = appId) => {
    const db = ctx.database.db;
    const rules = await db
      .selectFrom('data_rule')
      .selectAll()
      .where('app_id', '=', id)
      .orderBy('id')
      .execute();
    const roles = await db
      .selectFrom('app_role')
      .selectAll()
      .where('app_id', '=', id)
      .orderBy('key')
      .execute();
    const version = await db
      .selectFrom('application')
      .select('policy_version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const collections = await db
      .selectFrom('collection')
      .select(['key', 'restricted'])
      .where('app_id', '=', id)
      .orderBy('key')
      .execute();
    const audit = await db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return { rules, roles, version: Number(version.policy_version), collections, audit: Number(audit.n) };
  };
  const positionsAs = async (client: TestClient, url = base) => {
    const res = await client.get(`${url}/collections/positions/records?limit=50`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Record<string, unknown>[];
  };

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await seedDemo(app, ctx);
    const row = await ctx.database.db
      .selectFrom('application')
      .select(['id', 'company_id'])
      .executeTakeFirstOrThrow();
    appId = row.id;
    companyId = row.company_id;
    base = `/api/apps/${appId}`;
    tessa = await signIn('tessa');
    melissa = await signIn('melissa');
    original = await exported();
  });

  it('exports the same bytes twice, by keys and names, with no database ids', async () => {
    const first = await exported();
    expect(await exported()).toBe(first);
    expect(serializePolicy(await exportPolicy(ctx.database.db, appId))).toBe(first);
    expect(first).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const doc = JSON.parse(first);
    expect(Object.keys(doc)).toEqual([
      'format',
      'formatVersion',
      'app',
      'roles',
      'customRights',
      'collections',
      'rules',
      'pages',
    ]);
    expect(doc.format).toBe('charter.policy');
    expect(doc.roles.map((r: { key: string }) => r.key)).toEqual([
      'hiring_manager',
      'interviewer',
      'team_admin',
      'user',
    ]);
    expect(doc.collections).toEqual({
      candidates: { restricted: true },
      positions: { restricted: true },
      users: { restricted: true },
    });
    expect(doc.rules.map((r: { collection: string; name: string }) => `${r.collection}: ${r.name}`)).toEqual([
      'candidates: Hiring managers: candidates for their positions',
      'candidates: Interviewers: their candidates, not the reviews',
      'positions: Hiring managers: their positions',
      `positions: ${INTERVIEWER_RULE}`,
    ]);
    const interviewer = doc.rules[3];
    expect(interviewer).toEqual({
      collection: 'positions',
      name: INTERVIEWER_RULE,
      kind: 'grant',
      description: 'Melissa sees only the positions she interviews for, and no salary.',
      to: { roles: ['interviewer'] },
      actions: ['read', 'update'],
      condition: 'user.id in record.interviewers',
      fields: {
        read: ['title', 'department', 'status', 'hiringManager', 'interviewers'],
        update: ['status'],
      },
    });
  });

  it('imports its own export as no change at all, and rewrites nothing', async () => {
    const before = await state();
    const res = await tessa.post(`${base}/policy/import`, JSON.parse(await exported()));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unchanged).toBe(true);
    expect(body.dryRun).toBe(false);
    expect(body.impact.unchanged).toBe(true);
    for (const part of ['roles', 'customRights', 'rules'] as const) {
      expect(body.changes[part]).toEqual({ added: [], removed: [], changed: [] });
    }
    const after = await state();
    expect(after.rules).toEqual(before.rules);
    expect(after.roles).toEqual(before.roles);
  });

  describe('a changed file', () => {
    let changed: Doc;
    beforeAll(async () => {
      changed = JSON.parse(await exported());
      const rule = changed.rules.find((r) => r.name === INTERVIEWER_RULE)!;
      rule.fields!.read!.push('salary');
      changed.customRights.push({ key: 'approve_offers', name: 'Approve offers' });
      // A custom right on top of the data gate the interviewers hold.
      changed.roles.find((r) => r.key === 'interviewer')!.rights.push('approve_offers');
      changed.collections.candidates = { restricted: false };
      changed.rules = changed.rules.filter(
        (r) => r.name !== 'Interviewers: their candidates, not the reviews',
      );
    });

    it('is previewed by a dry run that changes nothing', async () => {
      const before = await state();
      const res = await tessa.post(`${base}/policy/import?dryRun=true`, changed);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.dryRun).toBe(true);
      expect(body.unchanged).toBe(false);
      expect(body.policyVersion).toBe(before.version);
      expect(body.changes.customRights.added).toEqual([{ key: 'approve_offers', name: 'Approve offers' }]);
      expect(body.changes.roles.changed).toEqual([
        {
          key: 'interviewer',
          changes: { rights: { before: DATA_GATE, after: [...DATA_GATE, 'approve_offers'] } },
        },
      ]);
      expect(body.changes.collections.changed).toEqual([
        { collection: 'candidates', changes: { restricted: { before: true, after: false } } },
      ]);
      expect(body.changes.rules.removed).toEqual([
        { collection: 'candidates', name: 'Interviewers: their candidates, not the reviews', kind: 'grant' },
      ]);
      expect(body.changes.rules.changed).toHaveLength(1);
      expect(body.changes.rules.changed[0].changes.fields.after.read).toContain('salary');
      expect(body.changes.rules.changed[0].changes.fields.before.read).not.toContain('salary');
      expect(body.changes.rules.added).toEqual([]);
      const melissaImpact = body.impact.users.find((u: { email: string }) => u.email.startsWith('melissa@'));
      expect(melissaImpact?.gains.join(' ')).toMatch(/salary/i);
      // Andy sees salaries already; opening candidates to everyone is what he gains.
      const andyImpact = body.impact.users.find((u: { email: string }) => u.email.startsWith('andy@'));
      expect(andyImpact?.gains.join(' ')).not.toMatch(/salary/i);
      expect(andyImpact?.gains.join(' ')).toMatch(/Candidates/);
      expect(await state()).toEqual(before);
      expect(await positionsAs(melissa)).not.toContainEqual(
        expect.objectContaining({ salary: expect.anything() }),
      );
    });

    it('is applied in one transaction with one policy-version bump, and audited', async () => {
      const before = await state();
      const res = await tessa.post(`${base}/policy/import`, changed);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().dryRun).toBe(false);
      const after = await state();
      expect(after.version).toBe(before.version + 1);
      expect(res.json().policyVersion).toBe(after.version);
      expect(after.rules).toHaveLength(3);
      expect(after.collections).toContainEqual({ key: 'candidates', restricted: false });
      expect(after.roles.find((r) => r.key === 'interviewer')?.rights).toEqual([
        ...DATA_GATE,
        'approve_offers',
      ]);
      const mine = await positionsAs(melissa);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((p) => typeof p.salary === 'number')).toBe(true);
      const actions = await ctx.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('app_id', '=', appId)
        .orderBy('occurred_at', 'desc')
        .limit(6)
        .execute();
      expect(actions.map((a) => a.action).sort()).toEqual([
        'app.collection.updated',
        'app.policy.imported',
        'app.right.created',
        'app.role.updated',
        'app.rule.deleted',
        'app.rule.updated',
      ]);
      const restored = await tessa.post(`${base}/policy/import?prune=true`, JSON.parse(original));
      expect(restored.statusCode, restored.body).toBe(200);
      expect(await exported()).toBe(original);
    });
  });

  it('refuses a file with one bad rule at the end, naming each part, and changes nothing', async () => {
    const doc = JSON.parse(await exported());
    doc.roles.find((r: { key: string }) => r.key === 'interviewer').allData = false;
    doc.roles.find((r: { key: string }) => r.key === 'hiring_manager').name = 'Renamed';
    doc.collections.positions = { restricted: false };
    doc.collections.offers = { restricted: true };
    doc.rules.push({
      kind: 'guard',
      name: 'Rich positions',
      collection: 'positions',
      to: { roles: ['recruiter'] },
      actions: ['read'],
      condition: 'record.salry > 50000',
    });
    const before = await state();
    const res = await tessa.post(`${base}/policy/import`, doc);
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('POLICY_INVALID');
    const last = doc.rules.length - 1;
    const issues = error.details.issues as { field: string; code: string; position?: object }[];
    expect(issues.map((i) => i.field)).toEqual([
      'collections.offers',
      `rules.${last}.to.roles.0`,
      `rules.${last}.condition`,
    ]);
    expect(issues[0]!.code).toBe('POLICY_UNKNOWN_COLLECTION');
    expect(issues[2]).toMatchObject({ code: 'POLICY_UNKNOWN_IDENTIFIER', position: { start: 0, end: 12 } });
    expect(await state()).toEqual(before);
  });

  it('names the path of a malformed part', async () => {
    const doc = JSON.parse(await exported());
    doc.formatVersion = 3;
    doc.roles[0].key = 'Not A Key';
    doc.roles[1].rights = ['approve_everything'];
    doc.rules[0].colour = 'red';
    const res = await tessa.post(`${base}/policy/import`, doc);
    expect(res.statusCode, res.body).toBe(400);
    const issues = res.json().error.details.issues as { field: string; message: string }[];
    expect(res.json().error.code).toBe('POLICY_INVALID');
    expect(issues.map((i) => i.field).sort()).toEqual(['formatVersion', 'roles.0.key', 'rules.0']);
    expect(issues.find((i) => i.field === 'rules.0')?.message).toContain('colour');

    const fixedShape = JSON.parse(await exported());
    fixedShape.roles[1].rights = ['approve_everything', 'app.data.read'];
    fixedShape.roles = fixedShape.roles.filter((r: { key: string }) => r.key !== 'user');
    const semantic = await tessa.post(`${base}/policy/import?dryRun=true`, fixedShape);
    expect(semantic.statusCode, semantic.body).toBe(400);
    expect(semantic.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'roles', code: 'POLICY_DEFAULT_ROLE_MISSING' }),
      expect.objectContaining({ field: 'roles.1.rights.0', code: 'POLICY_UNKNOWN_RIGHT' }),
    ]);
  });

  it('removes a role the file leaves out only when nobody holds it, or on prune', async () => {
    const doc = JSON.parse(await exported());
    const withoutInterviewer = {
      ...doc,
      roles: doc.roles.filter((r: { key: string }) => r.key !== 'interviewer'),
      rules: doc.rules.filter((r: { to: { roles?: string[] } }) => !r.to.roles?.includes('interviewer')),
      // A page shown to the role goes with it, as its rules do.
      pages: doc.pages.filter(
        (p: { visibility: { roles: string[] } }) => !p.visibility.roles.includes('interviewer'),
      ),
    };
    const before = await state();
    const refused = await tessa.post(`${base}/policy/import`, withoutInterviewer);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('POLICY_REMOVES_IN_USE');
    expect(refused.json().error.details.roles).toEqual([{ key: 'interviewer', users: 2 }]);
    expect(await state()).toEqual(before);

    const preview = await tessa.post(`${base}/policy/import?dryRun=true&prune=true`, withoutInterviewer);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().changes.roles.removed).toEqual([
      { key: 'interviewer', name: 'Interviewer', users: 2 },
    ]);
    const losses = preview.json().impact.users.find((u: { email: string }) => u.email.startsWith('melissa@'));
    expect(losses?.losses.length).toBeGreaterThan(0);
    expect(await state()).toEqual(before);

    const created = await tessa.post(`${base}/roles`, { key: 'spare', name: 'Spare' });
    expect(created.statusCode, created.body).toBe(201);
    const dropSpare = await tessa.post(`${base}/policy/import`, doc);
    expect(dropSpare.statusCode, dropSpare.body).toBe(200);
    expect(dropSpare.json().changes.roles.removed).toEqual([{ key: 'spare', name: 'Spare', users: 0 }]);
    expect((await state()).roles.map((r) => r.key)).not.toContain('spare');
  });

  describe('into a fresh copy of the data model', () => {
    let copyBase: string;
    beforeAll(async () => {
      const res = await tessa.post(`/api/companies/${companyId}/apps`, { name: 'Recruiting copy' });
      expect(res.statusCode, res.body).toBe(201);
      copyBase = `/api/apps/${res.json().app.id}`;
      for (const [key, name, fields] of [
        ['positions', 'Positions', POSITION_FIELDS],
        ['candidates', 'Candidates', CANDIDATE_FIELDS],
      ] as const) {
        expect((await tessa.post(`${copyBase}/collections`, { key, name })).statusCode).toBe(201);
        for (const field of fields) {
          expect((await tessa.post(`${copyBase}/collections/${key}/fields`, field)).statusCode).toBe(201);
        }
      }
    });

    it('creates the roles and rules, and the same rules are in force', async () => {
      const source = await exported();
      const res = await tessa.post(`${copyBase}/policy/import`, JSON.parse(source));
      expect(res.statusCode, res.body).toBe(200);
      expect(
        res
          .json()
          .changes.roles.added.map((r: { key: string }) => r.key)
          .sort(),
      ).toEqual(
        [...new Set(JSON.parse(source).roles.map((r: { key: string }) => r.key))]
          .filter((k) => k !== 'team_admin' && k !== 'user')
          .sort(),
      );
      const copied = JSON.parse(await exported(copyBase));
      expect({ ...copied, app: null }).toEqual({ ...JSON.parse(source), app: null });

      const melissaPerson = DEMO_PEOPLE.find((p) => p.key === 'melissa')!;
      const user = await tessa.post(`${copyBase}/users`, {
        email: melissaPerson.email,
        roles: ['interviewer'],
      });
      expect(user.statusCode, user.body).toBe(201);
      const values = { title: 'Data Engineer', salary: 90000, interviewers: [user.json().accountId] };
      const hidden = { title: 'Secret Role', salary: 120000 };
      for (const v of [values, hidden]) {
        const rec = await tessa.post(`${copyBase}/collections/positions/records`, { values: v });
        expect(rec.statusCode, rec.body).toBe(201);
      }
      const seen = await positionsAs(melissa, copyBase);
      expect(seen.map((p) => p.title)).toEqual(['Data Engineer']);
      expect(seen[0]).not.toHaveProperty('salary');
    });
  });

  describe('who may export and import', () => {
    let editor: Person;
    let stranger: Person;
    beforeAll(async () => {
      editor = await signUp(app, ctx, 'editor@policy.test');
      stranger = await signUp(app, ctx, 'stranger@policy.test');
      const role = await tessa.post(`${base}/roles`, {
        key: 'modeler',
        name: 'Modeler',
        rights: ['app.dataformats.read', 'app.dataformats.edit'],
      });
      expect(role.statusCode, role.body).toBe(201);
      expect(
        (await tessa.post(`${base}/users`, { email: editor.email, roles: ['modeler'] })).statusCode,
      ).toBe(201);
    });

    it('refuses an app user without the right, and a stranger sees no app', async () => {
      const doc = JSON.parse(await exported());
      expect((await melissa.get(`${base}/policy`)).statusCode).toBe(403);
      const res = await melissa.post(`${base}/policy/import?dryRun=true`, doc);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect((await stranger.client.get(`${base}/policy`)).statusCode).toBe(404);
    });

    it('lets a data-model editor change rules, but not roles', async () => {
      const doc = JSON.parse(await exported());
      expect((await editor.client.get(`${base}/policy`)).body).toBe(`${JSON.stringify(doc, null, 2)}\n`);
      const rule = doc.rules.find((r: { name: string }) => r.name === INTERVIEWER_RULE);
      rule.description = 'Edited by the data-model editor.';
      const rules = await editor.client.post(`${base}/policy/import?dryRun=true`, doc);
      expect(rules.statusCode, rules.body).toBe(200);
      expect(rules.json().changes.rules.changed).toHaveLength(1);

      doc.roles.find((r: { key: string }) => r.key === 'interviewer').rights = ['app.data.read'];
      const roles = await editor.client.post(`${base}/policy/import?dryRun=true`, doc);
      expect(roles.statusCode, roles.body).toBe(403);
      expect(roles.json().error.details.required).toEqual(['company.users.manage']);
    });
  });
});
