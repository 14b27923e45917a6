import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { seedDemo } from '../../cli/demo.js';
import { DEMO_PEOPLE } from '../../cli/demo-data.js';
import type { AppContext } from '../../context.js';
import type { MutationReport } from './mutation-check.js';
import type { PolicyTestReport } from './policy-tests.service.js';

const FIXTURE = fileURLToPath(new URL('../../../policy-tests/recruitment.yaml', import.meta.url));

// The demo app's fixture is the project's CI permission test: it passes on the demo as seeded,
// leaves no rule unexercised, and goes red when any rule is broken.
describeDb('the recruitment fixture on the demo app', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let tessa: TestClient;
  let base: string;
  let fixture: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await seedDemo(app, ctx);
    const apps = await ctx.database.db.selectFrom('application').select('id').execute();
    base = `/api/apps/${apps[0]!.id}`;
    tessa = new TestClient(app, ctx.config.publicUrl);
    const admin = DEMO_PEOPLE[0]!;
    await tessa.post('/api/auth/login', { email: admin.email, password: admin.password });
    fixture = await fs.readFile(FIXTURE, 'utf8');
  });

  const run = async (): Promise<PolicyTestReport> => {
    const res = await tessa.post(`${base}/policy/test`, fixture, { 'content-type': 'application/yaml' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PolicyTestReport;
  };

  it('passes on the demo as seeded, with every rule exercised', async () => {
    const report = await run();
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(report.results.length);
    expect(report.tests).toBeGreaterThan(15);
    expect(report.coverage).toEqual({ rules: 4, exercised: 4, unexercised: [] });
  });

  it('the mutation check through the API catches every mutant, and names the rules a thinner fixture leaves unprotected', async () => {
    const before = (await tessa.get(`${base}/rules`)).json().items as Rule[];
    const full = await tessa.post(`${base}/policy/test/mutations`, fixture, {
      'content-type': 'application/yaml',
    });
    expect(full.statusCode, full.body).toBe(200);
    const report = full.json() as MutationReport;
    expect(report.baseline.failed).toBe(0);
    expect(report.rules).toHaveLength(4);
    expect(report.mutants).toBeGreaterThanOrEqual(20);
    expect(report.survived).toBe(0);
    expect(report.rules.every((r) => r.protected)).toBe(true);
    const deleted = report.rules[0]!.mutants.find((m) => m.mutation === 'rule deleted')!;
    expect(deleted.caught).toBe(true);
    expect(deleted.failingTests.length).toBeGreaterThan(0);

    // Without the interviewers' tests, their rules' mutants go unnoticed; the others stay caught.
    const parsed = parse(fixture) as { tests: { as: string }[] };
    const thin = { ...parsed, tests: parsed.tests.filter((t) => t.as !== 'melissa' && t.as !== 'jonas') };
    const res = await tessa.post(`${base}/policy/test/mutations`, thin);
    expect(res.statusCode, res.body).toBe(200);
    const thinReport = res.json() as MutationReport;
    const unprotected = thinReport.rules.filter((r) => !r.protected).map((r) => r.name);
    expect(unprotected).toContain('Interviewers: positions they interview for, never salary');
    expect(unprotected).toContain('Interviewers: their candidates, not the reviews');
    expect(unprotected).not.toContain('Hiring managers: their positions');
    expect(thinReport.survived).toBeGreaterThan(0);

    // The stored rules were never touched.
    expect((await tessa.get(`${base}/rules`)).json().items).toEqual(before);
  });

  it('goes red for every broken rule, and green again once it is restored', async () => {
    const rules = (await tessa.get(`${base}/rules`)).json().items as Rule[];
    expect(rules.map((r) => r.name).sort()).toEqual([
      'Hiring managers: candidates for their positions',
      'Hiring managers: their positions',
      'Interviewers: positions they interview for, never salary',
      'Interviewers: their candidates, not the reviews',
    ]);
    const survived: string[] = [];
    let mutants = 0;
    for (const rule of rules) {
      for (const mutation of mutationsOf(rule)) {
        mutants++;
        const url = `${base}/rules/${rule.id}`;
        const changed = await tessa.patch(url, mutation.patch);
        expect(changed.statusCode, changed.body).toBe(200);
        const report = await run();
        if (report.failed === 0) survived.push(`${rule.name}: ${mutation.label}`);
        const restored = await tessa.patch(url, restoreOf(rule));
        expect(restored.statusCode, restored.body).toBe(200);
      }
      // Deleting the rule: what it opened must be missed by some test.
      expect((await tessa.delete(`${base}/rules/${rule.id}`)).statusCode).toBe(204);
      mutants++;
      if ((await run()).failed === 0) survived.push(`${rule.name}: deleted`);
      const { id: _id, valid: _v, createdAt: _c, updatedAt: _u, ...body } = rule;
      const recreated = await tessa.post(`${base}/rules`, dropEmpty(body));
      expect(recreated.statusCode, recreated.body).toBe(201);
    }
    expect(survived).toEqual([]);
    expect(mutants).toBeGreaterThanOrEqual(20);
    const after = await run();
    expect(after.failed).toBe(0);
    expect(after.coverage.unexercised).toEqual([]);
  });
});

interface Rule {
  id: string;
  kind: 'grant' | 'guard' | 'fieldCondition';
  name: string;
  actions: string[];
  condition: string | null;
  fields: Record<string, string[]> | string[] | null;
  valid: boolean;
  createdAt: string;
  updatedAt: string;
}

const ALL_ACTIONS = ['read', 'create', 'update', 'delete'];

// Each way a builder could get a rule wrong: it holds everywhere, lists every field, loses an
// action, gains every action. (Deletion is tested apart, since it changes the rule's id.)
function mutationsOf(rule: Rule): { label: string; patch: Record<string, unknown> }[] {
  const out: { label: string; patch: Record<string, unknown> }[] = [];
  if (rule.condition !== null && rule.condition !== 'true')
    out.push({ label: 'condition replaced by true', patch: { condition: 'true' } });
  if (rule.kind !== 'grant') return out;
  if (rule.fields && Object.keys(rule.fields).length > 0)
    out.push({ label: 'field lists dropped', patch: { fields: null } });
  if (rule.actions.length > 1) {
    for (const action of rule.actions) {
      const actions = rule.actions.filter((a) => a !== action);
      const { [action]: _dropped, ...fields } = (rule.fields ?? {}) as Record<string, string[]>;
      const patch = { actions, fields: Object.keys(fields).length > 0 ? fields : null };
      out.push({ label: `${action} removed`, patch });
    }
  }
  if (rule.actions.length < ALL_ACTIONS.length)
    out.push({ label: 'every action granted', patch: { actions: ALL_ACTIONS } });
  return out;
}

function restoreOf(rule: Rule): Record<string, unknown> {
  return {
    condition: rule.condition,
    ...(rule.kind === 'grant' ? { actions: rule.actions, fields: rule.fields } : {}),
  };
}

function dropEmpty(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );
}
