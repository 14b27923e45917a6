// `npm run bench:dashboards`: a dashboard of 4 widgets (a count, a bar by department, a pie by
// status, a monthly time series) over 100,000 positions, computed over HTTP under an interviewer's
// rules (a row rule and a row-dependent field condition), beside a plain COUNT(*) over the same
// table, measured alternately in one run.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config/config.js';
import { type AppContext, systemClock } from '../apps/server/src/context.js';
import { type Database, openPostgres } from '../apps/server/src/db/database.js';
import { migrateToLatest } from '../apps/server/src/db/migrate.js';
import { createLogger } from '../apps/server/src/lib/logger.js';
import { createMailer } from '../apps/server/src/mail/mailer.js';
import { insertPasswordAccount } from '../apps/server/src/modules/auth/accounts.repository.js';
import { hashPassword } from '../apps/server/src/modules/auth/password-hash.js';
import { loadAppSchema } from '../apps/server/src/modules/data-model/app-schema.js';
import { percentile, round, rssMb } from './support.js';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const N_ROWS = 100_000;
const N_USERS = 20;
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const PASSWORD = 'Quartz meadow lantern 6081';
// The server listens on a port of its own choosing; requests name this origin, which it trusts.
const ORIGIN = 'http://bench.localhost';

class Session {
  cookie = '';
  constructor(
    readonly url: string,
    readonly email: string,
  ) {}

  async signIn(): Promise<void> {
    const res = await fetch(`${this.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email: this.email, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${this.email}: ${res.status} ${await res.text()}`);
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }

  async call<T = Record<string, unknown>>(method: string, path: string, payload?: object): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        origin: ORIGIN,
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload ? { body: JSON.stringify(payload) } : {}),
    });
    const body = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${body.slice(0, 500)}`);
    return JSON.parse(body) as T;
  }
}

const WIDGETS = [
  { kind: 'number', title: 'Positions', collection: 'positions', measure: { fn: 'count' } },
  {
    kind: 'bar',
    title: 'By department',
    collection: 'positions',
    measure: { fn: 'count' },
    groupBy: { field: 'department' },
  },
  {
    kind: 'pie',
    title: 'By status',
    collection: 'positions',
    measure: { fn: 'count' },
    groupBy: { field: 'status' },
  },
  {
    kind: 'timeSeries',
    title: 'Opened per month',
    collection: 'positions',
    measure: { fn: 'count' },
    date: 'createdAt',
    interval: 'month',
  },
];

async function seed(database: Database, url: string) {
  const db = database.db;
  const passwordHash = await hashPassword(PASSWORD);
  const addAccount = (email: string, platformRole?: 'owner') =>
    db.transaction().execute((trx) =>
      insertPasswordAccount(trx, {
        email,
        name: email,
        passwordHash,
        emailVerified: true,
        ...(platformRole ? { platformRole } : {}),
      }),
    );
  const ownerId = await addAccount('owner@bench.example', 'owner');
  const emails = Array.from(
    { length: N_USERS },
    (_, i) => `interviewer${String(i + 1).padStart(2, '0')}@bench.example`,
  );
  for (const email of emails) await addAccount(email);
  const admin = new Session(url, 'owner@bench.example');
  await admin.signIn();
  const company = await admin.call<{ id: string }>('POST', '/api/companies', { name: 'Bench Co' });
  const appId = (
    await admin.call<{ app: { id: string } }>('POST', `/api/companies/${company.id}/apps`, { name: 'Dash' })
  ).app.id;
  const base = `/api/apps/${appId}`;
  await admin.call('POST', `${base}/collections`, { key: 'positions', name: 'Positions' });
  for (const field of [
    { name: 'title', type: 'text' },
    { name: 'department', type: 'singleSelect', options: ['Engineering', 'Sales', 'Support', 'Marketing'] },
    { name: 'status', type: 'singleSelect', options: ['draft', 'open', 'closed'] },
    { name: 'salary', type: 'decimal' },
    { name: 'hiringManager', type: 'linkUser' },
  ])
    await admin.call('POST', `${base}/collections/positions/fields`, field);
  await admin.call('POST', `${base}/roles`, {
    key: 'interviewer',
    name: 'Interviewer',
    rights: ['app.data.read', 'app.dashboards.read'],
  });
  const userIds: string[] = [];
  for (const email of emails) {
    userIds.push(
      (await admin.call<{ accountId: string }>('POST', `${base}/users`, { email, roles: ['interviewer'] }))
        .accountId,
    );
  }
  await admin.call('POST', `${base}/rules`, {
    kind: 'grant',
    name: 'Interviewers: positions they manage, no salary',
    collection: 'positions',
    to: { roles: ['interviewer'] },
    actions: ['read'],
    condition: 'record.hiringManager == user.id',
    fields: { read: ['title', 'department', 'status', 'hiringManager', 'createdAt'] },
  });
  await admin.call('POST', `${base}/rules`, {
    kind: 'fieldCondition',
    name: 'Departments of drafts stay hidden',
    collection: 'positions',
    to: { roles: ['interviewer'] },
    fields: ['department'],
    access: 'read',
    condition: 'record.status != "draft"',
  });
  const schema = await loadAppSchema(db, appId);
  const positions = schema.schema.collections.positions!;
  const column = (name: string) => sql.id(positions.fields.find((f) => f.name === name)!.column!);
  const table = sql.id(positions.table.schema, positions.table.name);
  const users = sql`${sql.val(`{${userIds.join(',')}}`)}::uuid[]`;
  for (let from = 1; from <= N_ROWS; from += 25_000) {
    const to = Math.min(N_ROWS, from + 24_999);
    await sql`insert into ${table} (${column('title')}, ${column('department')}, ${column('status')}, ${column('salary')},
        ${column('hiringManager')}, created_by, updated_by, created_at)
      select 'Position ' || g, (array['Engineering','Sales','Support','Marketing'])[1 + g % 4],
             (array['draft','open','closed'])[1 + (g / 7) % 3], round((30000 + random() * 120000)::numeric, 2),
             (${users})[1 + ((g::bigint * 2654435761) % 4294967296) % ${N_USERS}], ${ownerId}::uuid, ${ownerId}::uuid,
             now() - make_interval(days => g % 730)
      from generate_series(${from}::int, ${to}::int) g`.execute(db);
  }
  await sql`analyze ${table}`.execute(db);
  const dashboard = await admin.call<{ id: string }>('POST', `${base}/dashboards`, {
    title: 'Hiring',
    widgets: WIDGETS,
  });
  const interviewer = new Session(url, emails[0]!);
  await interviewer.signIn();
  const own = await sql<{
    n: string;
  }>`select count(*) as n from ${table} where ${column('hiringManager')} = ${userIds[0]}::uuid`.execute(db);
  return { appId, dashboardId: dashboard.id, admin, interviewer, table, ownRows: Number(own.rows[0]!.n) };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function main() {
  const name = `charter_bench_dash_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(BASE_URL, 1);
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const target = new URL(BASE_URL);
  target.pathname = `/${name}`;
  const database = openPostgres(target.toString(), 10);
  try {
    await migrateToLatest(database.db);
    const config = loadConfig({
      CHARTER_SECRET: randomBytes(24).toString('hex'),
      CHARTER_TRUSTED_ORIGINS: ORIGIN,
    });
    const logger = createLogger('silent');
    const mailer = createMailer({ database, logger, smtpUrl: undefined, from: config.mail.from });
    const ctx: AppContext = {
      config: { ...config, secret: config.secret! },
      database,
      logger,
      clock: systemClock,
      mailer,
    };
    const app = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const s = await seed(database, url);
      const dataPath = `/api/apps/${s.appId}/dashboards/${s.dashboardId}/data`;
      type Data = {
        widgets: { title: string; value?: number; error?: unknown; groups?: unknown[]; points?: unknown[] }[];
      };
      const check = await s.interviewer.call<Data>('GET', dataPath);
      const count = check.widgets.find((w) => w.title === 'Positions')?.value;
      if (count !== s.ownRows || check.widgets.some((w) => w.error)) {
        throw new Error(`interviewer's dashboard is wrong: ${JSON.stringify(check).slice(0, 500)}`);
      }
      const list = await s.interviewer.call<{ count: number }>(
        'GET',
        `/api/apps/${s.appId}/collections/positions/records?count=true&limit=1`,
      );
      if (list.count !== count) throw new Error(`list count ${list.count} vs dashboard ${count}`);
      const plainCount = () => sql`select count(*) from ${s.table}`.execute(database.db);
      for (let i = 0; i < 3; i++) {
        await s.interviewer.call('GET', dataPath);
        await s.admin.call('GET', dataPath);
        await plainCount();
      }
      const dash: number[] = [];
      const adminDash: number[] = [];
      const counts: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        dash.push(await timed(() => s.interviewer.call('GET', dataPath)));
        counts.push(await timed(plainCount));
        adminDash.push(await timed(() => s.admin.call('GET', dataPath)));
      }
      const median = (v: number[]) => percentile(v, 50);
      const result = {
        date: new Date().toISOString(),
        node: process.version,
        database: 'postgres',
        rows: N_ROWS,
        widgets: WIDGETS.length,
        interviewer_rows: s.ownRows,
        rounds: ROUNDS,
        dashboard_interviewer_p50_ms: round(median(dash)),
        dashboard_interviewer_p95_ms: round(percentile(dash, 95)),
        dashboard_admin_all_rows_p50_ms: round(median(adminDash)),
        dashboard_admin_all_rows_p95_ms: round(percentile(adminDash, 95)),
        plain_count_all_rows_p50_ms: round(median(counts)),
        ratio_interviewer_dashboard_over_plain_count: round(median(dash) / median(counts)),
        ratio_admin_dashboard_over_plain_count: round(median(adminDash) / median(counts)),
        target_under_1000_ms: percentile(dash, 95) < 1000 && percentile(adminDash, 95) < 1000,
        rss_mb: rssMb(),
      };
      console.log(
        `dashboard of ${WIDGETS.length} widgets over ${N_ROWS} positions: interviewer (${s.ownRows} readable rows) ${result.dashboard_interviewer_p50_ms} ms p50, ` +
          `admin (all rows) ${result.dashboard_admin_all_rows_p50_ms} ms p50, plain COUNT(*) ${result.plain_count_all_rows_p50_ms} ms`,
      );
      console.log(JSON.stringify(result));
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await sql`drop database ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
