import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { findAccount, insertPasswordAccount } from '../modules/auth/accounts.repository.js';
import { hashPassword } from '../modules/auth/password-hash.js';
import { DATA_EDIT_RIGHT, DATA_READ_RIGHT } from '../modules/rights/catalogue.js';
import {
  CANDIDATE_FIELDS,
  CANDIDATES,
  DEMO_PAGES,
  DEMO_PEOPLE,
  DEMO_RULES,
  type DemoPerson,
  POSITION_FIELDS,
  POSITIONS,
} from './demo-data.js';

// The demo's own roles pass the data gate; the data rules decide what their holders see.
const DATA_RIGHTS = [DATA_READ_RIGHT, DATA_EDIT_RIGHT];

const COMPANY = 'Acme Talent';

// A signed-in browser over app.inject: the demo builds everything through the public API, as
// the admin app would.
class DemoSession {
  private cookie = '';
  constructor(
    private readonly app: FastifyInstance,
    private readonly origin: string,
  ) {}

  async signIn(person: DemoPerson): Promise<void> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: this.origin },
      payload: { email: person.email, password: person.password },
    });
    if (res.statusCode !== 200) throw new Error(`demo sign-in for ${person.email} failed: ${res.body}`);
    this.cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  async call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ): Promise<T> {
    const res = await this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, origin: this.origin },
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 300)
      throw new Error(`demo step ${method} ${url} failed: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  }
}

/**
 * Seeds the recruitment demo once (a second start finds it and changes nothing) and returns the
 * text that tells people where to go and how to sign in.
 */
export async function seedDemo(app: FastifyInstance, ctx: AppContext): Promise<string> {
  const origin = ctx.config.publicUrl;
  if (!(await findAccount(ctx.database.db, { email: DEMO_PEOPLE[0]!.email }))) {
    await createPeople(ctx);
    const session = new DemoSession(app, origin);
    await session.signIn(DEMO_PEOPLE[0]!);
    await buildRecruitingApp(session);
  }
  return welcome(origin);
}

async function createPeople(ctx: AppContext): Promise<void> {
  for (const person of DEMO_PEOPLE) {
    const passwordHash = await hashPassword(person.password);
    await ctx.database.db.transaction().execute((trx) =>
      insertPasswordAccount(trx, {
        email: person.email,
        name: person.name,
        passwordHash,
        emailVerified: true,
        platformRole: person.role === 'team_admin' ? 'owner' : null,
      }),
    );
  }
}

async function buildRecruitingApp(session: DemoSession): Promise<void> {
  const company = await session.call<{ id: string }>('POST', '/api/companies', { name: COMPANY });
  const created = await session.call<{ app: { id: string } }>('POST', `/api/companies/${company.id}/apps`, {
    name: 'Recruiting',
    description: 'Open positions, candidates and interview reviews.',
  });
  const base = `/api/apps/${created.app.id}`;
  for (const [key, name, fields] of [
    ['positions', 'Positions', POSITION_FIELDS],
    ['candidates', 'Candidates', CANDIDATE_FIELDS],
  ] as const) {
    await session.call('POST', `${base}/collections`, { key, name });
    for (const field of fields) await session.call('POST', `${base}/collections/${key}/fields`, field);
  }
  await session.call('POST', `${base}/roles`, {
    key: 'hiring_manager',
    name: 'Hiring Manager',
    description: 'Owns positions and their candidates.',
    internal: true,
    rights: DATA_RIGHTS,
  });
  await session.call('POST', `${base}/roles`, {
    key: 'interviewer',
    name: 'Interviewer',
    description: 'Interviews for some positions.',
    internal: true,
    rights: DATA_RIGHTS,
  });
  const ids: Record<string, string> = {};
  for (const person of DEMO_PEOPLE.slice(1)) {
    const user = await session.call<{ accountId: string }>('POST', `${base}/users`, {
      email: person.email,
      roles: [person.role],
    });
    ids[person.key] = user.accountId;
  }
  for (const rule of DEMO_RULES) await session.call('POST', `${base}/rules`, rule);
  await addRecords(session, base, ids);
  for (const page of DEMO_PAGES) await session.call('POST', `${base}/pages`, page);
  await session.call('PATCH', base, {
    loginTemplate: {
      title: 'Acme Talent recruiting',
      subtitle: 'Sign in with your Acme Talent account.',
      color: 'indigo',
    },
  });
}

async function addRecords(session: DemoSession, base: string, people: Record<string, string>): Promise<void> {
  const positionIds: string[] = [];
  for (const p of POSITIONS) {
    const values = {
      title: p.title,
      department: p.department,
      salary: p.salary,
      status: p.status,
      hiringManager: people[p.manager],
      interviewers: p.interviewers.map((k) => people[k]),
    };
    const record = await session.call<{ id: string }>('POST', `${base}/collections/positions/records`, {
      values,
    });
    positionIds.push(record.id);
  }
  for (const c of CANDIDATES) {
    const values = {
      name: c.name,
      email: c.email,
      position: positionIds[c.position],
      stage: c.stage,
      review: c.review || null,
    };
    await session.call('POST', `${base}/collections/candidates/records`, { values });
  }
}

function welcome(url: string): string {
  const width = Math.max(...DEMO_PEOPLE.map((p) => p.email.length));
  const lines = DEMO_PEOPLE.map((p) => `  ${p.email.padEnd(width)}  ${p.password}   ${p.title}`);
  return [
    '',
    `Charter demo: the "${COMPANY}" company and its Recruiting app (the Noloco recruitment scenario).`,
    `Open the admin app at ${url}/sign-in, or the Recruiting app its people use at ${url}/a/recruiting,`,
    'and sign in as any of these:',
    ...lines,
    '',
    'Try the same list as each of them: GET /api/apps/<app>/collections/positions/records.',
    'Andy sees his positions with salaries; Melissa sees only the ones she interviews for, never a salary.',
    'As Tessa, ask why (POST /api/apps/<app>/access/explain) or view the app as Melissa',
    '(POST /api/apps/<app>/access/view-as): docs/builder-tools.md walks through every builder tool.',
    '',
  ].join('\n');
}
