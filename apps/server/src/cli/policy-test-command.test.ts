import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness/app.js';
import { describeDb } from '../../test/harness/database.js';
import type { AppContext } from '../context.js';
import { seedDemo } from './demo.js';
import type { Output } from './policy-cli.js';
import { runPolicyTest, runPolicyTestOn } from './policy-test-command.js';

const DEMO_FIXTURE = fileURLToPath(new URL('../../policy-tests/recruitment.yaml', import.meta.url));

function capture(): Output & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

// `charter policy test` on the demo: the exit code CI relies on, and the diff a builder reads.
describeDb('charter policy test', (database) => {
  let ctx: AppContext;
  let dir: string;
  let appId: string;

  beforeAll(async () => {
    const created = await createTestApp(database());
    ctx = created.ctx;
    await created.app.ready();
    await seedDemo(created.app, ctx);
    appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-policy-test-'));
  });

  const write = async (name: string, text: string) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, text);
    return file;
  };

  it('exits 0 on the demo fixture, with complete coverage', async () => {
    const io = capture();
    expect(await runPolicyTestOn(ctx, { file: DEMO_FIXTURE, app: 'Recruiting' }, io)).toBe(0);
    expect(io.out).toContain('✓ interviewers never see salary');
    expect(io.out).toMatch(/\d+ tests, \d+ checks: \d+ passed, 0 failed/);
    expect(io.out).toContain('Coverage: 4 of 4 rules exercised\n');
    expect(io.out).not.toContain('✗');
    expect(io.err).toBe('');
  });

  it('exits 1 and prints the diff of a failed expectation, and the rules no test exercised', async () => {
    const file = await write(
      'failing.yaml',
      [
        `app: ${appId}`,
        'users: { andy: { roles: [hiring_manager] } }',
        'records:',
        '  positions:',
        '    backend-lead: { title: Backend Lead, salary: 95000, hiringManager: andy }',
        'tests:',
        '  - name: hiring managers cannot read salary',
        '    as: andy',
        '    collection: positions',
        '    record: backend-lead',
        '    expect: { read: allow, delete: allow, fields: { visible: { excludes: [salary] } } }',
      ].join('\n'),
    );
    const io = capture();
    expect(await runPolicyTestOn(ctx, { file }, io)).toBe(1);
    expect(io.out).toContain(
      '✗ hiring managers cannot read salary — positions/backend-lead as andy: expected fields.visible to exclude salary, but salary is visible (role:hiring_manager lists it)\n',
    );
    expect(io.out).toContain(
      '✗ hiring managers cannot read salary — positions/backend-lead as andy: expected delete to be allowed, but it was denied: no role of this user has a grant for delete on positions (default deny)\n',
    );
    expect(io.out).not.toContain('✓ hiring managers cannot read salary');
    expect(io.out).toContain('1 test, 3 checks: 1 passed, 2 failed');
    expect(io.out).toContain('Coverage: 1 of 4 rules exercised; no test exercised:\n');
    expect(io.out).toContain('  - "Interviewers: their candidates, not the reviews" on candidates (');
    expect(io.out).not.toContain('"Hiring managers: their positions" on');
  });

  it('exits 1 on an invalid fixture, naming each path', async () => {
    const file = await write(
      'invalid.yaml',
      'users: { andy: { roles: [recruiter] } }\ntests:\n  - { name: x, as: andy, collection: jobs, record: a, expect: { read: allow } }\n',
    );
    const io = capture();
    expect(await runPolicyTestOn(ctx, { file, app: appId }, io)).toBe(1);
    expect(io.err).toBe(
      [
        'The fixture is invalid:',
        "  users.andy.roles.0: unknown role 'recruiter'; expected hiring_manager, interviewer, team_admin, user",
        "  tests.0.collection: unknown collection 'jobs'; expected candidates, positions, users",
        '',
      ].join('\n'),
    );
    expect(io.out).toBe('');
  });

  it('exits 2 on a usage error: no file, no app, an unknown app', async () => {
    const quiet = capture();
    const original = process.stderr.write;
    process.stderr.write = ((text: string) => quiet.stderr(text)) as typeof process.stderr.write;
    try {
      expect(await runPolicyTest([])).toBe(2);
      expect(await runPolicyTest(['a.yaml', 'b.yaml'])).toBe(2);
      expect(await runPolicyTest(['a.yaml', '--bogus'])).toBe(2);
    } finally {
      process.stderr.write = original;
    }
    expect(quiet.err).toContain('policy test needs exactly one FILE');
    const fixture = await write(
      'no-app.yaml',
      'tests: [{ name: x, as: a, collection: c, record: r, expect: { read: allow } }]',
    );
    const noApp = capture();
    expect(await runPolicyTestOn(ctx, { file: fixture }, noApp)).toBe(2);
    expect(noApp.err).toContain('name the app with --app ID');
    const unknown = capture();
    expect(await runPolicyTestOn(ctx, { file: fixture, app: 'Payroll' }, unknown)).toBe(2);
    expect(unknown.err).toContain('no app is named "Payroll"');
    const missing = capture();
    expect(await runPolicyTestOn(ctx, { file: path.join(dir, 'nope.yaml'), app: appId }, missing)).toBe(2);
    expect(missing.err).toContain('cannot read');
  });
});
