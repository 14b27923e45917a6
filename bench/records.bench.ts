// `npm run bench:records`: record reads over real HTTP on PostgreSQL with 100,000 positions and 20
// users, the shape of the Directus peer in ../shared/bench-peer/. Lists of 50 as the admin and as an
// interviewer (row filter, salary masked), one record own and foreign; `--peer` runs the Directus
// harness in the same session and adds the ratio.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { type Database, openPostgres } from '../apps/server/src/db/database.js';
import { migrateToLatest } from '../apps/server/src/db/migrate.js';
import { insertPasswordAccount } from '../apps/server/src/modules/auth/accounts.repository.js';
import { hashPassword } from '../apps/server/src/modules/auth/password-hash.js';
import { loadAppSchema } from '../apps/server/src/modules/data-model/app-schema.js';
import { round } from './support.js';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.DURATION ?? 10);
const RUNS = Number(process.env.RUNS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const WARMUP = Number(process.env.WARMUP ?? 3);
// Before each run, wait up to this many seconds for the machine to be idle (< 0.25 cores busy), as the
// peer harness does; both sides get the same value.
const WAIT_QUIET = Number(process.env.WAIT_QUIET ?? 5);
const N_ROWS = 100_000;
const N_USERS = 20;
const PEER = process.argv.includes('--peer');
// A comma-separated subset of the scenarios, e.g. for a CPU profile of one of them.
const SCENARIOS = process.env.SCENARIOS?.split(',');
if (SCENARIOS && PEER) throw new Error('--peer compares the full set of scenarios: unset SCENARIOS');
const PEER_DIR = resolve(process.cwd(), '../shared/bench-peer');
const PASSWORD = 'Quartz meadow lantern 6081';
const OWNER_EMAIL = 'owner@bench.example';
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

// ------------------------------------------------------------------ the server process, from /proc

function procTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
}

function procMemMb(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return round(Number(match?.[1] ?? Number.NaN) / 1024, 1);
}

/** Busy and total jiffies of the whole machine, from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - cpu[3]! - cpu[4]!, total };
}

function ticksOf(pids: number[]): number {
  let sum = 0;
  for (const pid of pids) {
    try {
      sum += procTicks(pid);
    } catch {
      // the backend ended
    }
  }
  return sum;
}

async function waitQuiet(): Promise<void> {
  const until = Date.now() + WAIT_QUIET * 1000;
  const cores = Number(execFileSync('nproc').toString().trim());
  for (;;) {
    const a = machineTicks();
    await new Promise((r) => setTimeout(r, 1000));
    const b = machineTicks();
    if (((b.busy - a.busy) / Math.max(1, b.total - a.total)) * cores < 0.25 || Date.now() > until) return;
  }
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function startCharter(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...SERVER.flags, 'apps/server/dist/main.js'], {
    env: {
      ...process.env,
      ...SERVER.env,
      DATABASE_URL: databaseUrl,
      CHARTER_SECRET: randomBytes(24).toString('hex'),
      PORT: String(port),
      CHARTER_PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`charter exited with ${child.exitCode} at start`);
    try {
      const res = await fetch(`${url}/api/ready`);
      await res.arrayBuffer();
      if (res.ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('charter did not become ready in 60 s');
}

/**
 * How `npm start` runs the server: its environment assignments (the allocator settings) and Node's
 * flags (the V8 heap settings), then BENCH_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
function serverCommand(): { env: Record<string, string>; flags: string[] } {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  const match = /((?:\b[A-Z_]+=\S+ )*)node ((?:--\S+ )*)apps\/server\/dist\/main\.js/.exec(start);
  if (!match) throw new Error('package.json: the start script does not run apps/server/dist/main.js');
  // A value may hold '=' itself (GLIBC_TUNABLES=a=1:b=2): the name ends at the first one.
  const env = Object.fromEntries(
    [...(match[1] ?? '').matchAll(/\b([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]),
  );
  const flags = [...(match[2] ?? '').split(' '), ...(process.env.BENCH_NODE_ARGS?.split(' ') ?? [])];
  return { env, flags: flags.filter(Boolean) };
}

const SERVER = serverCommand();

async function stopCharter(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
}

// ------------------------------------------------------------------ a signed-in client

class Session {
  cookie = '';
  constructor(
    readonly url: string,
    readonly email: string,
  ) {}

  async signIn(): Promise<void> {
    const res = await fetch(`${this.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.url },
      body: JSON.stringify({ email: this.email, password: PASSWORD }),
    });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`sign-in of ${this.email} answered ${res.status}: ${body}`);
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }

  async raw(
    method: 'GET' | 'POST',
    path: string,
    payload?: object,
  ): Promise<{ status: number; body: string }> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        origin: this.url,
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload ? { body: JSON.stringify(payload) } : {}),
    });
    return { status: res.status, body: await res.text() };
  }

  async call<T = Record<string, unknown>>(
    method: 'GET' | 'POST',
    path: string,
    payload?: object,
  ): Promise<T> {
    const res = await this.raw(method, path, payload);
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.body}`);
    return JSON.parse(res.body) as T;
  }
}

// ------------------------------------------------------------------ seed

interface Seeded {
  appId: string;
  admin: Session;
  interviewer: Session;
  ownId: string;
  foreignId: string;
  ownRows: number;
}

async function seed(database: Database, url: string): Promise<Seeded> {
  const db = database.db;
  const passwordHash = await hashPassword(PASSWORD);
  const addAccount = (input: { email: string; name: string; platformRole?: 'owner' }) =>
    db
      .transaction()
      .execute((trx) => insertPasswordAccount(trx, { ...input, passwordHash, emailVerified: true }));
  const ownerId = await addAccount({ email: OWNER_EMAIL, name: 'Bench Owner', platformRole: 'owner' });
  const emails = Array.from(
    { length: N_USERS },
    (_, i) => `interviewer${String(i + 1).padStart(2, '0')}@bench.example`,
  );
  for (const [i, email] of emails.entries()) await addAccount({ email, name: `Interviewer ${i + 1}` });

  const admin = new Session(url, OWNER_EMAIL);
  await admin.signIn();
  const company = await admin.call<{ id: string }>('POST', '/api/companies', { name: 'Bench Co' });
  const created = await admin.call<{ app: { id: string } }>('POST', `/api/companies/${company.id}/apps`, {
    name: 'Recruiting bench',
  });
  const appId = created.app.id;
  const base = `/api/apps/${appId}`;
  await admin.call('POST', `${base}/collections`, { key: 'positions', name: 'Positions' });
  for (const field of [
    { name: 'title', label: 'Title', type: 'text' },
    { name: 'salary', label: 'Salary', type: 'decimal' },
    { name: 'hiringManager', label: 'Hiring manager', type: 'linkUser' },
  ])
    await admin.call('POST', `${base}/collections/positions/fields`, field);
  await admin.call('POST', `${base}/roles`, { key: 'interviewer', name: 'Interviewer' });
  const userIds: string[] = [];
  for (const email of emails) {
    const user = await admin.call<{ accountId: string }>('POST', `${base}/users`, {
      email,
      roles: ['interviewer'],
    });
    userIds.push(user.accountId);
  }
  await admin.call('POST', `${base}/rules`, {
    kind: 'grant',
    name: 'Interviewers: positions they manage, no salary',
    collection: 'positions',
    to: { roles: ['interviewer'] },
    actions: ['read'],
    condition: 'record.hiringManager == user.id',
    fields: { read: ['title', 'hiringManager'] },
  });

  // 100,000 rows straight into the app's table, in a few multi-row statements.
  const schema = await loadAppSchema(db, appId);
  const positions = schema.schema.collections.positions!;
  const column = (name: string) => {
    const c = positions.fields.find((f) => f.name === name)?.column;
    if (!c) throw new Error(`no column for ${name}`);
    return sql.id(c);
  };
  const table = sql.id(positions.table.schema, positions.table.name);
  const users = sql`${sql.val(`{${userIds.join(',')}}`)}::uuid[]`;
  const BATCH = 25_000;
  for (let from = 1; from <= N_ROWS; from += BATCH) {
    const to = Math.min(N_ROWS, from + BATCH - 1);
    // hiringManager: a deterministic pseudo-random pick (multiplicative hash of the row number).
    await sql`insert into ${table} (${column('title')}, ${column('salary')}, ${column('hiringManager')}, created_by, updated_by)
      select 'Position ' || g, round((30000 + random() * 120000)::numeric, 2),
             (${users})[1 + ((g::bigint * 2654435761) % 4294967296) % ${N_USERS}], ${ownerId}::uuid, ${ownerId}::uuid
      from generate_series(${from}::int, ${to}::int) g`.execute(db);
  }
  await sql`analyze ${table}`.execute(db);

  // Checks through the API, like the peer's seed.
  const interviewer = new Session(url, emails[0]!);
  await interviewer.signIn();
  const me = userIds[0]!;
  const records = `${base}/collections/positions/records`;
  type Page = { items: Record<string, unknown>[] };
  const restricted = await interviewer.call<Page>('GET', `${records}?limit=50`);
  if (restricted.items.length !== 50) throw new Error(`restricted list has ${restricted.items.length} rows`);
  for (const item of restricted.items) {
    if (item.hiringManager !== me)
      throw new Error(`restricted list shows a foreign row: ${JSON.stringify(item)}`);
    if ('salary' in item) throw new Error(`restricted list shows salary: ${JSON.stringify(item)}`);
  }
  const full = await admin.call<Page>('GET', `${records}?limit=50`);
  if (full.items.length !== 50 || !full.items.every((i) => 'salary' in i))
    throw new Error('admin list lacks rows or salary');
  const foreign = full.items.find((i) => i.hiringManager !== me);
  if (!foreign) throw new Error('no foreign row in the first 50');
  const ownId = String(restricted.items[0]!.id);
  const foreignId = String(foreign.id);
  const own = await interviewer.raw('GET', `${records}/${ownId}`);
  if (own.status !== 200 || 'salary' in JSON.parse(own.body))
    throw new Error(`own row: ${own.status} ${own.body}`);
  const other = await interviewer.raw('GET', `${records}/${foreignId}`);
  if (other.status !== 404) throw new Error(`foreign row: expected 404, got ${other.status} ${other.body}`);
  const count = await sql<{
    n: string;
  }>`select count(*) as n from ${table} where ${column('hiringManager')} = ${me}::uuid`.execute(db);
  return { appId, admin, interviewer, ownId, foreignId, ownRows: Number(count.rows[0]!.n) };
}

// ------------------------------------------------------------------ load

interface Run {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  cpu_ms_per_req: number;
  server_cores: number;
  pg_ms_per_req: number;
  pg_cores: number;
  loadgen_cores: number;
  machine_cores: number;
  other_cores: number;
}

interface Load {
  pid: number;
  backends: () => Promise<number[]>;
}

async function runOnce(load: Load, url: string, cookie: string, seconds: number): Promise<Run> {
  await waitQuiet();
  const pid = load.pid;
  // The server's own backends on this database: Postgres CPU spent for Charter.
  const backends = (await load.backends()).filter((b) => b !== pid);
  const ticks = procTicks(pid);
  const pgTicks = ticksOf(backends);
  const selfCpu = process.cpuUsage();
  const machine = machineTicks();
  const started = performance.now();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { cookie } });
  const wall = (performance.now() - started) / 1000;
  const cpuMs = ((procTicks(pid) - ticks) * 1000) / CLK_TCK;
  const pgMs = ((ticksOf(backends) - pgTicks) * 1000) / CLK_TCK;
  const self = process.cpuUsage(selfCpu);
  const loadgenMs = (self.user + self.system) / 1000;
  const after = machineTicks();
  const cores = Number(execFileSync('nproc').toString().trim());
  const machineMs =
    ((after.busy - machine.busy) / Math.max(1, after.total - machine.total)) * cores * wall * 1000;
  const requests = result.requests.total;
  return {
    rps: round(result.requests.average, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpu_ms_per_req: round(cpuMs / Math.max(1, requests), 3),
    server_cores: round(cpuMs / 1000 / wall, 2),
    pg_ms_per_req: round(pgMs / Math.max(1, requests), 3),
    pg_cores: round(pgMs / 1000 / wall, 2),
    loadgen_cores: round(loadgenMs / 1000 / wall, 2),
    machine_cores: round(machineMs / 1000 / wall, 2),
    other_cores: round(Math.max(0, machineMs - cpuMs - pgMs - loadgenMs) / 1000 / wall, 2),
  };
}

interface Scenario {
  id: string;
  path: string;
  session: Session;
  expect: number;
}

async function measure(load: Load, url: string, scenario: Scenario) {
  const probe = await scenario.session.raw('GET', scenario.path);
  if (probe.status !== scenario.expect)
    throw new Error(
      `${scenario.id}: expected ${scenario.expect}, got ${probe.status}: ${probe.body.slice(0, 300)}`,
    );
  const target = `${url}${scenario.path}`;
  await runOnce(load, target, scenario.session.cookie, WARMUP);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(load, target, scenario.session.cookie, DURATION));
  const median = [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;
  // A 404 scenario answers non-2xx by design; anything else that is not 2xx would make the figures wrong.
  const unexpected = scenario.expect === 200 ? median.non2xx : median.requests - median.non2xx;
  if (unexpected > 0 || median.errors > 0)
    throw new Error(`${scenario.id}: ${unexpected} unexpected answers, ${median.errors} errors under load`);
  return {
    id: scenario.id,
    expect: scenario.expect,
    bytes: probe.body.length,
    ...median,
    runs_rps: runs.map((r) => r.rps),
  };
}

// ------------------------------------------------------------------ the Directus peer

interface PeerFigures {
  directus: string;
  list_admin_rps: number;
  list_restricted_rps: number;
  list_restricted_p50_ms: number;
  list_restricted_p99_ms: number;
  list_restricted_cpu_ms_per_req: number;
  rss_after_mb: number;
  rss_peak_mb: number;
  results_file: string;
}

function runPeer(): PeerFigures {
  const env = {
    ...process.env,
    DURATION: String(DURATION),
    RUNS: String(RUNS),
    CONNECTIONS: String(CONNECTIONS),
    WARMUP: String(WARMUP),
    WAIT_QUIET: String(WAIT_QUIET),
  };
  const run = (script: string, args: string[]) =>
    execFileSync('bash', [resolve(PEER_DIR, script), ...args], {
      cwd: PEER_DIR,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    console.log('peer: setup.sh pg');
    process.stdout.write(run('setup.sh', ['pg']));
    console.log('peer: bench.sh pg');
    const out = run('bench.sh', ['pg']);
    process.stdout.write(out);
    const file = /full results: (\S+)/.exec(out)?.[1];
    if (!file) throw new Error('bench.sh printed no results file');
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      meta: { directus: string };
      results: {
        instance: string;
        rss_kb_after: number;
        rss_kb_peak: number;
        scenarios: { id: string; median: { rps: number; p50: number; p99: number; cpu_directus: number } }[];
      }[];
    };
    const pg = data.results.find((r) => r.instance === 'pg');
    const scenario = (id: string) => {
      const s = pg?.scenarios.find((x) => x.id === id);
      if (!s) throw new Error(`peer results lack pg ${id}`);
      return s.median;
    };
    const restricted = scenario('list_restricted');
    return {
      directus: data.meta.directus,
      list_admin_rps: round(scenario('list_admin').rps, 1),
      list_restricted_rps: round(restricted.rps, 1),
      list_restricted_p50_ms: restricted.p50,
      list_restricted_p99_ms: restricted.p99,
      list_restricted_cpu_ms_per_req: round((restricted.cpu_directus * 1000) / restricted.rps, 2),
      rss_after_mb: round(pg!.rss_kb_after / 1024, 1),
      rss_peak_mb: round(pg!.rss_kb_peak / 1024, 1),
      results_file: file,
    };
  } finally {
    try {
      process.stdout.write(run('stop.sh', []));
    } catch (error) {
      console.error(`peer: stop.sh failed: ${(error as Error).message}`);
    }
  }
}

// ------------------------------------------------------------------ main

async function main() {
  const name = `charter_bench_records_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(BASE_URL, 2);
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const target = new URL(BASE_URL);
  target.pathname = `/${name}`;
  const databaseUrl = target.toString();
  let database: Database | undefined;
  let child: ChildProcess | undefined;
  try {
    database = openPostgres(databaseUrl, 4);
    await migrateToLatest(database.db);
    const server = await startCharter(databaseUrl);
    child = server.child;
    const pid = child.pid!;
    const seedStarted = performance.now();
    const s = await seed(database, server.url);
    const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);
    console.log(
      `seeded ${N_ROWS} positions, ${N_USERS} interviewers in ${seedSeconds} s; interviewer01 manages ${s.ownRows}`,
    );
    const records = `/api/apps/${s.appId}/collections/positions/records`;
    const rssBefore = procMemMb(pid, 'VmRSS');
    const scenarios: Scenario[] = [
      { id: 'list_admin', path: `${records}?limit=50`, session: s.admin, expect: 200 },
      { id: 'list_restricted', path: `${records}?limit=50`, session: s.interviewer, expect: 200 },
      { id: 'single_own', path: `${records}/${s.ownId}`, session: s.interviewer, expect: 200 },
      { id: 'single_foreign', path: `${records}/${s.foreignId}`, session: s.interviewer, expect: 404 },
    ];
    const db = database.db;
    const load: Load = {
      pid,
      backends: async () =>
        (
          await sql<{
            pid: number;
          }>`select pid from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`.execute(db)
        ).rows.map((r) => r.pid),
    };
    const results = [];
    for (const scenario of scenarios.filter((s) => !SCENARIOS || SCENARIOS.includes(s.id))) {
      const r = await measure(load, server.url, scenario);
      console.log(
        `${r.id.padEnd(16)} ${String(r.rps).padStart(8)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ` +
          `cpu ${r.cpu_ms_per_req} ms/req (postgres ${r.pg_ms_per_req})  cores: charter ${r.server_cores} ` +
          `postgres ${r.pg_cores} load-gen ${r.loadgen_cores} other ${r.other_cores}  runs [${r.runs_rps.join(', ')}]`,
      );
      results.push(r);
    }
    const rssAfter = procMemMb(pid, 'VmRSS');
    const rssPeak = procMemMb(pid, 'VmHWM');
    await new Promise((r) => setTimeout(r, 1000)); // let requests autocannon left in flight finish
    await stopCharter(child);
    child = undefined;

    const by = Object.fromEntries(results.map((r) => [r.id, r]));
    const figures: Record<string, unknown> = {
      date: new Date().toISOString(),
      node: process.version,
      node_flags: SERVER.flags.join(' '),
      server_env: Object.entries(SERVER.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
      database: 'postgres',
      rows: N_ROWS,
      users: N_USERS,
      own_rows: s.ownRows,
      connections: CONNECTIONS,
      warmup_s: WARMUP,
      wait_quiet_s: WAIT_QUIET,
      runs: RUNS,
      duration_s: DURATION,
      load_average: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    };
    for (const r of results) {
      figures[`${r.id}_rps`] = r.rps;
      figures[`${r.id}_p50_ms`] = r.p50;
      figures[`${r.id}_p99_ms`] = r.p99;
      figures[`${r.id}_cpu_ms_per_req`] = r.cpu_ms_per_req;
      figures[`${r.id}_pg_ms_per_req`] = r.pg_ms_per_req;
      figures[`${r.id}_non_2xx`] = r.non2xx;
      figures[`${r.id}_other_cores`] = r.other_cores;
      figures[`${r.id}_runs_rps`] = r.runs_rps;
    }
    figures.rss_before_mb = rssBefore;
    figures.rss_after_mb = rssAfter;
    figures.rss_peak_mb = rssPeak;
    if (by.list_restricted && by.list_admin)
      figures.restricted_over_admin = round(by.list_restricted.rps / by.list_admin.rps, 3);

    if (PEER) {
      try {
        const peer = runPeer();
        figures.directus = peer;
        figures.over_directus = round(by.list_restricted!.rps / peer.list_restricted_rps, 2);
        figures.rss_over_directus = round(rssAfter / peer.rss_after_mb, 2);
      } catch (error) {
        const message = (error as Error).message.split('\n')[0];
        console.log(`PEER NOT MEASURED: the Directus harness failed here: ${message}`);
        figures.directus = null;
        figures.over_directus = null;
        figures.peer_error = message;
      }
    }

    console.table(
      results.map((r) => ({
        scenario: r.id,
        'req/s': r.rps,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        'CPU ms/req': r.cpu_ms_per_req,
        'Postgres ms/req': r.pg_ms_per_req,
        'Charter cores': r.server_cores,
        'other cores': r.other_cores,
        'non-2xx': r.non2xx,
        bytes: r.bytes,
      })),
    );
    const peer = figures.directus as PeerFigures | null | undefined;
    console.table({
      'restricted / admin (target ≥ 0.85)': figures.restricted_over_admin,
      ...(PEER
        ? {
            'Directus list_restricted req/s': peer?.list_restricted_rps ?? 'not measured',
            'Charter / Directus (target ≥ 10)': figures.over_directus ?? 'not measured',
            'Directus RSS after, MB': peer?.rss_after_mb ?? 'not measured',
          }
        : {}),
      'Charter RSS after, MB (target ≤ half of Directus)': rssAfter,
      'Charter RSS peak, MB': rssPeak,
    });
    console.log(JSON.stringify(figures));
  } finally {
    if (child) await stopCharter(child);
    await database?.close();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
  }
}

await main();
