// The recruitment app with data for impact tests: five positions, two interviewers, candidates.
import { expect } from 'vitest';
import { signUp } from '../../../test/harness/tenants.js';
import type { Database } from '../../db/database.js';
import { buildRecruitment, type Recruitment } from '../records/recruitment-fixture.js';

/** The built app, a second interviewer, and the positions by title. */
export interface ImpactScenario extends Recruitment {
  zoe: Awaited<ReturnType<typeof signUp>>;
  positions: Record<string, { id: string; salary: number; interviewers: string[] }>;
}

/** Builds the scenario; `tag` keeps emails unique per app in one database. */
export async function buildImpactScenario(database: Database, tag: string): Promise<ImpactScenario> {
  const r = await buildRecruitment(database, tag);
  const zoe = await signUp(r.app, r.ctx, `zoe@${tag}.test`, 'Zoe');
  const added = await r.admin.client.post(`/api/apps/${r.appId}/users`, {
    email: zoe.email,
    roles: ['interviewer'],
  });
  expect(added.statusCode, added.body).toBe(201);
  const { andy, melissa, admin } = r;
  const rows: [string, number, string, string[]][] = [
    ['Backend Engineer', 100_000, andy.accountId, [melissa.accountId, zoe.accountId]],
    ['Sales Lead', 90_000, admin.accountId, [melissa.accountId]],
    ['Data Engineer', 120_000, andy.accountId, []],
    ['Frontend Engineer', 95_000, admin.accountId, [zoe.accountId]],
    ['Office Manager', 60_000, admin.accountId, []],
  ];
  const positions: ImpactScenario['positions'] = {};
  for (const [title, salary, hiringManager, interviewers] of rows) {
    const res = await admin.client.post(r.records('positions'), {
      values: { title, salary, hiringManager, interviewers, department: 'Engineering', status: 'open' },
    });
    expect(res.statusCode, res.body).toBe(201);
    positions[title] = { id: res.json().id, salary, interviewers };
  }
  for (const [name, position] of [
    ['Ann', 'Backend Engineer'],
    ['Bob', 'Sales Lead'],
    ['Cy', 'Office Manager'],
  ] as const) {
    const res = await admin.client.post(r.records('candidates'), {
      values: { name, position: positions[position]!.id, stage: 'applied' },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  return { ...r, zoe, positions };
}

/** Titles of the positions an account interviews for. */
export function interviewedBy(s: ImpactScenario, accountId: string): string[] {
  return Object.entries(s.positions)
    .filter(([, p]) => p.interviewers.includes(accountId))
    .map(([title]) => title);
}
