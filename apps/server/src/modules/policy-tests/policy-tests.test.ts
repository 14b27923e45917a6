import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertMember, signUp } from '../../../test/harness/tenants.js';
import { seedDemo } from '../../cli/demo.js';
import { DEMO_PEOPLE } from '../../cli/demo-data.js';
import type { AppContext } from '../../context.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { qualifiedName } from '../data-model/storage-names.js';
import type { PolicyTestReport } from './policy-tests.service.js';

const users = {
  andy: { roles: ['hiring_manager'] },
  melissa: { roles: ['interviewer'] },
};
const records = {
  positions: {
    'backend-lead': {
      title: 'Backend Lead',
      salary: 95000,
      hiringManager: 'andy',
      interviewers: ['melissa'],
    },
  },
  candidates: {
    lena: { name: 'Lena', email: 'lena@fixture.test', position: 'backend-lead', review: 'Good' },
  },
};

// The API of permission tests on the demo app: results, refusals that name the path, no trace
// left behind, and the right that gates it.
describeDb('POST /api/apps/:app/policy/test', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let tessa: TestClient;
  let appId: string;
  let url: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await seedDemo(app, ctx);
    appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
    url = `/api/apps/${appId}/policy/test`;
    tessa = await signIn('tessa');
  });

  const signIn = async (key: string) => {
    const person = DEMO_PEOPLE.find((p) => p.key === key)!;
    const client = new TestClient(app, ctx.config.publicUrl);
    expect(
      (await client.post('/api/auth/login', { email: person.email, password: person.password })).statusCode,
    ).toBe(200);
    return client;
  };

  // Every row the runner could write: accounts, memberships, role assignments, records, links.
  const countRows = async () => {
    const db = ctx.database.db;
    const counts: Record<string, number> = {};
    for (const table of ['account', 'app_user', 'app_user_role'] as const) {
      counts[table] = Number(
        (await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
      );
    }
    const { schema } = await loadAppSchema(db, appId);
    for (const def of Object.values(schema.collections)) {
      const tables = [def.table, ...def.fields.flatMap((f) => (f.junction ? [f.junction.table] : []))];
      for (const t of tables) {
        const name = qualifiedName(t.schema, t.name);
        const rows = await sql<{ n: string }>`select count(*) as n from ${sql.raw(name)}`.execute(db);
        counts[name] = Number(rows.rows[0]!.n);
      }
    }
    return counts;
  };

  it('reports each expectation, a failure with its diff and the reason from explain', async () => {
    const fixture = {
      users,
      records,
      tests: [
        {
          name: 'interviewers cannot read salary',
          as: 'melissa',
          collection: 'positions',
          record: 'backend-lead',
          expect: { read: 'allow', fields: { visible: { excludes: ['salary'] } } },
        },
        {
          name: 'a wrong expectation',
          as: 'andy',
          collection: 'positions',
          record: 'backend-lead',
          expect: { read: 'deny', fields: { visible: { excludes: ['salary'] } } },
        },
        {
          name: 'another wrong one',
          as: 'melissa',
          collection: 'candidates',
          record: 'lena',
          expect: { update: 'allow', fields: { visible: { includes: ['review'] } } },
        },
      ],
    };
    const res = await tessa.post(url, fixture);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as PolicyTestReport;
    expect(report).toMatchObject({ app: appId, tests: 3, passed: 2, failed: 4 });
    const failures = report.results.filter((r) => !r.ok).map((r) => r.message);
    expect(failures).toEqual([
      'positions/backend-lead as andy: expected read to be denied, but it was allowed: role:hiring_manager: grant "Hiring managers: their positions" held',
      'positions/backend-lead as andy: expected fields.visible to exclude salary, but salary is visible (role:hiring_manager lists it)',
      'candidates/lena as melissa: expected fields.visible to include review, but review is hidden (no role whose grants hold on this record lists this field)',
      expect.stringMatching(
        /^candidates\/lena as melissa: expected update to be allowed, but it was denied: no role of this user has a grant for update on candidates/,
      ),
    ]);
    const passing = report.results.filter((r) => r.ok);
    expect(passing.map((r) => [r.test, r.action])).toEqual([
      ['interviewers cannot read salary', 'read'],
      ['interviewers cannot read salary', 'fields.visible'],
    ]);
    expect(passing.every((r) => r.message === undefined)).toBe(true);
    // Only the rules of these tests' principals took part; the others are reported.
    expect(report.coverage.rules).toBe(4);
    expect(report.coverage.unexercised.map((r) => r.name).sort()).toEqual([
      'Hiring managers: candidates for their positions',
    ]);
  });

  it('takes YAML as it is written', async () => {
    const yaml = [
      'users: { andy: { roles: [hiring_manager] } }',
      'records: { positions: { mine: { title: Mine, hiringManager: andy } } }',
      'tests:',
      '  - { name: his own, as: andy, collection: positions, record: mine, expect: { read: allow } }',
    ].join('\n');
    const res = await tessa.post(url, yaml, { 'content-type': 'application/yaml' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ tests: 1, passed: 1, failed: 0 });
  });

  it('leaves nothing behind: not after a run with writes, not after a refused fixture', async () => {
    const before = await countRows();
    const fixture = {
      users,
      records,
      tests: [
        {
          name: 'create',
          as: 'andy',
          collection: 'candidates',
          values: { name: 'N', position: 'backend-lead' },
          expect: { create: 'allow' },
        },
        {
          name: 'change',
          as: 'andy',
          collection: 'positions',
          record: 'backend-lead',
          change: { salary: 1 },
          expect: { update: 'allow' },
        },
        {
          name: 'delete',
          as: 'andy',
          collection: 'positions',
          record: 'backend-lead',
          expect: { delete: 'deny' },
        },
      ],
    };
    const res = await tessa.post(url, fixture);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ passed: 3, failed: 0 });
    expect(await countRows()).toEqual(before);
    expect(before.account).toBeGreaterThan(0);
    // A unique value clashes with a demo candidate only once rows are written: refused, rolled back.
    const clash = await tessa.post(url, {
      ...fixture,
      records: { ...records, candidates: { lena: { name: 'Lena', email: 'lena.hoffmann@mail.example' } } },
    });
    expect(clash.statusCode, clash.body).toBe(400);
    expect(clash.json().error.details.issues).toEqual([
      {
        location: 'body',
        field: 'records.candidates.lena.email',
        message: 'another record of the app already has this value (unique)',
      },
    ]);
    expect(await countRows()).toEqual(before);

    // A required field whose column cannot be empty, left out: refused, naming it, not a 500.
    const empty = await tessa.post(url, {
      ...fixture,
      records: { ...records, positions: { ...records.positions, bare: {} } },
    });
    expect(empty.statusCode, empty.body).toBe(400);
    expect(empty.json().error.details.issues).toEqual([
      {
        location: 'body',
        field: 'records.positions.bare.title',
        message:
          'required: the field has no default and its records may not leave it empty, so give it a value',
      },
    ]);
    expect(await countRows()).toEqual(before);
  });

  it('refuses a fixture that names what the app does not have, naming every path', async () => {
    const res = await tessa.post(url, {
      users: { andy: { roles: ['recruiter'], attributes: { team: 'x' } }, eve: { roles: ['user'] } },
      records: {
        jobs: { a: { title: 'x' } },
        positions: { p: { title: 'x', salry: 1, hiringManager: 'bob' } },
      },
      tests: [
        { name: 't', as: 'zoe', collection: 'positions', record: 'q', expect: { read: 'allow' } },
        { name: 'u', as: 'andy', collection: 'offers', record: 'p', expect: { read: 'allow' } },
        {
          name: 'v',
          as: 'eve',
          collection: 'positions',
          record: 'p',
          expect: { fields: { visible: ['pay'] } },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('POLICY_TEST_INVALID');
    const fields = (res.json().error.details.issues as { field: string; message: string }[]).map((i) => [
      i.field,
      i.message,
    ]);
    expect(fields).toEqual([
      [
        'users.andy.roles.0',
        "unknown role 'recruiter'; expected hiring_manager, interviewer, team_admin, user",
      ],
      ['users.andy.attributes.team', "unknown attribute 'team'; expected (none)"],
      ['records.jobs', "unknown collection 'jobs'; expected candidates, positions"],
      ['records.positions.p.hiringManager', "unknown user 'bob'; expected andy, eve"],
      ['records.positions.p.salry', expect.stringContaining('is not a field; expected one of title')],
      ['tests.0.as', "unknown user 'zoe'; expected andy, eve"],
      ['tests.0.record', "unknown positions record 'q'; expected p"],
      ['tests.1.collection', "unknown collection 'offers'; expected candidates, positions, users"],
      [
        'tests.2.expect.fields.visible.0',
        expect.stringMatching(/^unknown field of positions 'pay'; expected /),
      ],
    ]);
  });

  it('refuses a malformed fixture with the path or the line at fault', async () => {
    const shape = await tessa.post(url, {
      tests: [{ name: 'x', as: 'a', collection: 'c', record: 'r', expect: { read: 'maybe' } }],
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'tests.0.expect.read', message: expect.stringContaining('"allow"') }),
    ]);
    const crowd = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`u${i}`, { roles: [] }]));
    const big = await tessa.post(url, {
      users: crowd,
      tests: [{ name: 'x', as: 'u0', collection: 'positions', record: 'r', expect: { read: 'allow' } }],
    });
    expect(big.json().error.details.issues).toEqual([
      { location: 'body', field: 'users', message: 'at most 500 users' },
    ]);
    const none = await tessa.post(url, { users: {} });
    expect(none.json().error.details.issues).toEqual([expect.objectContaining({ field: 'tests' })]);
    const yaml = await tessa.post(url, 'tests:\n  - name: [unclosed\n', {
      'content-type': 'application/yaml',
    });
    expect(yaml.statusCode).toBe(400);
    expect(yaml.json().error.details.issues[0].field).toMatch(/^line \d+, column \d+$/);
    const other = await tessa.post(url, {
      app: 'Another app',
      tests: [{ name: 'x', as: 'a', collection: 'c', record: 'r', expect: { read: 'allow' } }],
    });
    expect(other.json().error.details.issues).toEqual([
      expect.objectContaining({
        field: 'app',
        message: expect.stringContaining('the fixture is for app "Another app"'),
      }),
    ]);
  });

  it('runs a fixture that names this app by name', async () => {
    const res = await tessa.post(url, {
      app: 'Recruiting',
      users,
      records,
      tests: [
        { name: 'x', as: 'andy', collection: 'positions', record: 'backend-lead', expect: { read: 'allow' } },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('explains guards and field conditions, and counts them as exercised', async () => {
    const rules = `/api/apps/${appId}/rules`;
    const guard = await tessa.post(rules, {
      kind: 'guard',
      name: 'Filled positions are closed',
      collection: 'positions',
      to: { audience: 'everyone' },
      actions: ['read', 'update'],
      condition: 'record.status != "Filled" || record.createdBy == user.id',
    });
    const salary = await tessa.post(rules, {
      kind: 'fieldCondition',
      name: 'Salary only while draft',
      collection: 'positions',
      to: { audience: 'everyone' },
      fields: ['salary'],
      access: 'read',
      condition: 'record.status == "Draft"',
    });
    expect([guard.statusCode, salary.statusCode], guard.body + salary.body).toEqual([201, 201]);
    try {
      const res = await tessa.post(url, {
        users,
        records: {
          positions: {
            filled: { title: 'Filled', status: 'Filled', hiringManager: 'andy' },
            'filled-by-andy': { title: 'Own', status: 'Filled', hiringManager: 'andy', createdBy: 'andy' },
            open: { title: 'Open', status: 'Open', salary: 1, hiringManager: 'andy' },
          },
        },
        tests: [
          {
            name: 'filled',
            as: 'andy',
            collection: 'positions',
            record: 'filled',
            expect: { read: 'allow' },
          },
          {
            name: 'own',
            as: 'andy',
            collection: 'positions',
            record: 'filled-by-andy',
            expect: { read: 'allow' },
          },
          {
            name: 'open',
            as: 'andy',
            collection: 'positions',
            record: 'open',
            expect: { read: 'allow', fields: { visible: { includes: ['salary'] } } },
          },
          { name: 'users', as: 'andy', collection: 'users', record: 'melissa', expect: { read: 'deny' } },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const report = res.json() as PolicyTestReport;
      expect(report.results.map((r) => [r.test, r.action, r.ok])).toEqual([
        ['filled', 'read', false],
        ['own', 'read', true],
        ['open', 'read', true],
        ['open', 'fields.visible', false],
        ['users', 'read', true],
      ]);
      expect(report.results[0]!.message).toBe(
        'positions/filled as andy: expected read to be allowed, but it was denied: guard "Filled positions are closed" did not hold (false: record.status != "Filled" || record.createdBy == andy.id)',
      );
      expect(report.results[3]!.message).toBe(
        'positions/open as andy: expected fields.visible to include salary, but salary is hidden (field condition "Salary only while draft" did not hold (false: record.status == "Draft"))',
      );
      expect(report.coverage.rules).toBe(6);
      expect(report.coverage.unexercised.map((r) => r.name).sort()).toEqual([
        'Hiring managers: candidates for their positions',
        'Interviewers: positions they interview for, never salary',
        'Interviewers: their candidates, not the reviews',
      ]);
    } finally {
      await tessa.delete(`${rules}/${guard.json().rule.id}`);
      await tessa.delete(`${rules}/${salary.json().rule.id}`);
    }
  });

  it('needs app.dataformats.read: a member without it and an end user get 403', async () => {
    const body = { tests: [{ name: 'x', as: 'a', collection: 'c', record: 'r', expect: { read: 'allow' } }] };
    const member = await signUp(app, ctx, 'member@policy-tests.test');
    const company = await ctx.database.db.selectFrom('company').select('id').executeTakeFirstOrThrow();
    await insertMember(ctx, company.id, member.accountId, []);
    const uma = await signIn('uma');
    // The run and the mutation check are guarded alike.
    for (const target of [url, `${url}/mutations`]) {
      expect((await member.client.post(target, body)).statusCode).toBe(403);
      expect((await uma.post(target, body)).statusCode).toBe(403);
      expect((await new TestClient(app).post(target, body)).statusCode).toBe(401);
      // The builder's own answer for the same body: it ran, and refused the fixture.
      const refused = await tessa.post(target, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.code).toBe('POLICY_TEST_INVALID');
    }
  });
});
