// `npm run bench:auth`: sign-in latency and sign-ins per second with argon2id, on the real HTTP
// stack and database, beside better-auth's default scrypt measured in the same run.
import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import { hashPassword as scryptHash, verifyPassword as scryptVerify } from 'better-auth/crypto';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config/config.js';
import { type AppContext, systemClock } from '../apps/server/src/context.js';
import { fromPglite, openPostgres } from '../apps/server/src/db/database.js';
import { migrateToLatest } from '../apps/server/src/db/migrate.js';
import { createLogger } from '../apps/server/src/lib/logger.js';
import { createMailer } from '../apps/server/src/mail/mailer.js';
import { createAccountWithTemporaryPassword } from '../apps/server/src/modules/accounts/accounts-admin.service.js';
import { hashPassword, verifyPassword } from '../apps/server/src/modules/auth/password-hash.js';
import { checkPassword } from '../apps/server/src/modules/auth/password-policy.js';
import { percentile, round, rssMb, timeEach } from './support.js';

const PASSWORD = 'Lantern orbit bench velvet cascade 93';
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);

async function openBenchDatabase() {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) return openPostgres(url, 10);
  return fromPglite(new PGlite(), 'in-memory PGlite');
}

async function start() {
  const database = await openBenchDatabase();
  await migrateToLatest(database.db);
  // Spread requests over many client addresses, as real traffic is, so per-address limits do not cap the run.
  const config = loadConfig({
    CHARTER_SECRET: 'bench-secret-bench-secret-bench-secret',
    CHARTER_TRUSTED_PROXIES: '127.0.0.1',
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
  const { account } = await createAccountWithTemporaryPassword(
    ctx,
    { email: 'bench@example.com', name: 'Bench', emailVerified: true },
    { actor: { accountId: null } },
  );
  await database.db
    .updateTable('account')
    .set({ must_change_password: false })
    .where('id', '=', account.id)
    .execute();
  await database.db
    .updateTable('account_identity')
    .set({ password: await hashPassword(PASSWORD) })
    .where('account_id', '=', account.id)
    .execute();
  const app = await buildApp(ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { ctx, app, url: `http://127.0.0.1:${port}` };
}

function randomAddress(): string {
  return `10.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}.${(Math.random() * 254 + 1) | 0}`;
}

async function login(url: string): Promise<number> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': randomAddress() },
    body: JSON.stringify({ email: 'bench@example.com', password: PASSWORD }),
  });
  await res.arrayBuffer();
  return res.status;
}

async function main() {
  const { app, ctx, url } = await start();
  for (let i = 0; i < 5; i++) await login(url); // warm-up

  const sequential = await timeEach(50, async () => {
    const status = await login(url);
    if (status !== 200) throw new Error(`login answered ${status}`);
  });

  const cpuBefore = process.cpuUsage();
  const load = await autocannon({
    url: `${url}/api/auth/login`,
    method: 'POST',
    connections: 10,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: PASSWORD }),
    // A new client address on every request, so the per-address limit never answers 429.
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'x-forwarded-for': randomAddress() },
        }),
      },
    ],
  });
  if (load.non2xx > 0)
    throw new Error(`${load.non2xx} sign-ins failed under load: the figures would be wrong`);
  const cpu = process.cpuUsage(cpuBefore);

  const argonHash = await hashPassword(PASSWORD);
  const scrypt = await scryptHash(PASSWORD);
  const argonVerify = await timeEach(20, () => verifyPassword(argonHash, PASSWORD));
  const scryptVerifyTimes = await timeEach(20, () => scryptVerify({ hash: scrypt, password: PASSWORD }));
  const worstPolicyInput = '4@8({[<6|)3#69&1!|<!17^n2/0()9$5+7<>/%>2uv'.repeat(4).slice(0, 128);
  const policy = await timeEach(3, () =>
    checkPassword(worstPolicyInput, { email: 'bench@example.com', name: 'Bench' }),
  );

  const figures = {
    database: ctx.database.kind,
    login_p50_ms: round(percentile(sequential, 50)),
    login_p99_ms: round(percentile(sequential, 99)),
    logins_per_s: round(load.requests.average, 1),
    load_non_2xx: load.non2xx,
    load_latency_p50_ms: load.latency.p50,
    load_latency_p99_ms: load.latency.p99,
    cpu_ms_per_login: round((cpu.user + cpu.system) / 1000 / Math.max(1, load.requests.total), 2),
    argon2id_verify_ms: round(percentile(argonVerify, 50)),
    scrypt_verify_ms: round(percentile(scryptVerifyTimes, 50)),
    ratio_scrypt_over_argon2id: round(percentile(scryptVerifyTimes, 50) / percentile(argonVerify, 50)),
    password_policy_worst_128_ms: round(percentile(policy, 50)),
    rss_mb: rssMb(),
  };
  console.table(figures);
  await app.close();
  await ctx.mailer.close();
  await ctx.database.close();
  console.log(JSON.stringify(figures));
}

await main();
