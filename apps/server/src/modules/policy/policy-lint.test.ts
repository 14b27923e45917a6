import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { seedDemo } from '../../cli/demo.js';
import { DEMO_PEOPLE } from '../../cli/demo-data.js';
import { runPolicyLint, runPolicyLintOn } from '../../cli/policy-lint-command.js';
import type { AppContext } from '../../context.js';

type Warning = { code: string; severity: string; ruleId?: string; role?: string; message: string };

// Lint on the recruitment demo: clean as seeded, and each planted mistake found, through the API and the CLI.
describeDb('policy lint', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let appId: string;
  let url: string;
  const clients: Record<string, TestClient> = {};

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await seedDemo(app, ctx);
    appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
    url = `/api/apps/${appId}/policy/lint`;
    for (const key of ['tessa', 'melissa', 'uma']) {
      const person = DEMO_PEOPLE.find((p) => p.key === key)!;
      const client = new TestClient(app, ctx.config.publicUrl);
      const res = await client.post('/api/auth/login', { email: person.email, password: person.password });
      expect(res.statusCode, res.body).toBe(200);
      clients[key] = client;
    }
  });

  const lint = async () => {
    const res = await clients.tessa!.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().warnings as Warning[];
  };
  const capture = () => {
    const io = {
      out: '',
      err: '',
      stdout: (t: string) => {
        io.out += t;
      },
      stderr: (t: string) => {
        io.err += t;
      },
    };
    return io;
  };

  it('finds nothing in the demo as seeded: every role has members and every rule can match', async () => {
    expect(await lint()).toEqual([]);
    const io = capture();
    expect(await runPolicyLintOn(ctx, appId, io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toBe('charter: 0 warning(s), 0 note(s)\n');
  });

  it('is refused to app users without app.dataformats.read, and 404 for an unknown app', async () => {
    for (const key of ['melissa', 'uma']) {
      const res = await clients[key]!.get(url);
      expect(res.statusCode).toBe(403);
      expect(res.json()).not.toHaveProperty('warnings');
    }
    expect((await clients.tessa!.get(`/api/apps/${randomUUID()}/policy/lint`)).statusCode).toBe(404);
  });

  it('finds each planted mistake, on the rule or role at fault, and nothing else', async () => {
    const base = `/api/apps/${appId}`;
    const post = async (path: string, body: object) => {
      const res = await clients.tessa!.post(`${base}${path}`, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const open = await post('/rules', {
      kind: 'grant',
      name: 'Everyone reads candidates',
      collection: 'candidates',
      to: { audience: 'everyone' },
      actions: ['read'],
    });
    const never = await post('/rules', {
      kind: 'guard',
      name: 'Closed and open at once',
      collection: 'positions',
      to: { roles: ['hiring_manager'] },
      actions: ['delete'],
      condition: 'record.status == "open" && record.status == "closed"',
    });
    await post('/roles', { key: 'recruiter', name: 'Recruiter' });
    const interviewerRules = (await clients.tessa!.get(`${base}/rules`))
      .json()
      .items.filter((r: { to: { roles?: string[] } }) => r.to.roles?.includes('interviewer'));
    const allData = await clients.tessa!.patch(`${base}/roles/interviewer`, { allData: true });
    expect(allData.statusCode, allData.body).toBe(200);

    const warnings = await lint();
    const summary = warnings.map((w) => [w.code, w.severity, w.ruleId ?? w.role]);
    expect(summary).toEqual([
      ['ROLE_WITHOUT_MEMBERS', 'info', 'recruiter'],
      ...interviewerRules.map((r: { id: string }) => ['SHADOWED_BY_ALL_DATA', 'warning', r.id]),
      ['OPEN_TO_EVERYONE', 'warning', open.rule.id],
      ['NEVER_MATCHES', 'warning', never.rule.id],
    ]);
    expect(warnings.find((w) => w.code === 'OPEN_TO_EVERYONE')?.message).toContain('email');

    const io = capture();
    expect(await runPolicyLintOn(ctx, appId, io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(warnings.length);
    expect(lines).toContain(
      `warning OPEN_TO_EVERYONE candidates: grant 'Everyone reads candidates' opens read on every record of 'candidates' (holds email addresses: email) to every signed-in user`,
    );
    expect(io.err).toBe(`charter: ${warnings.length - 1} warning(s), 1 note(s)\n`);
  });

  it('exits 1 for an unknown app and 2 for bad usage', async () => {
    const io = capture();
    expect(await runPolicyLintOn(ctx, randomUUID(), io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^charter: .+\n$/);
    expect(await runPolicyLint([])).toBe(2);
    expect(await runPolicyLint(['--app'])).toBe(2); // --app without its value
    expect(await runPolicyLint(['--app', appId, 'extra'])).toBe(2);
  });
});
