// `npm run bench:import`: 100,000 candidates imported from CSV on PostgreSQL as Andy, a hiring
// manager whose create rule reads through a link (record.position.hiringManager == user.id), with a
// unique email and a link that must exist; beside it, in the same run and database, the same rows
// parsed and written with plain multi-row INSERTs and no checks at all. Prints both times and the ratio.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.js';
import { seedDemo } from '../apps/server/src/cli/demo.js';
import { loadConfig } from '../apps/server/src/config/config.js';
import type { AppContext } from '../apps/server/src/context.js';
import { createLogger } from '../apps/server/src/lib/logger.js';
import { createPolicyEngines } from '../apps/server/src/modules/data/policy-engines.js';
import { importRecords } from '../apps/server/src/modules/records/record-import.service.js';
import { readImportRows } from '../apps/server/src/modules/records/record-import-parse.js';
import { listRecords } from '../apps/server/src/modules/records/record-read.js';
import { type RecordScope, resolveRecordScope } from '../apps/server/src/modules/records/record-scope.js';
import { openContext } from '../apps/server/src/server.js';
import { round } from './support.js';

const BASE_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const N_ROWS = Number(process.env.ROWS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 1);
const STAGES = ['Applied', 'Screening', 'Interview', 'Offer'];

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(query: string) {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

// The same candidates for both paths, but each run its own emails: the unique index stays busy.
function candidatesCsv(tag: string, positions: readonly string[]): string {
  const rows = Array.from({ length: N_ROWS }, (_, i) => [
    `Candidate ${i}`,
    `c${i}.${tag}@bench.example`,
    positions[i % positions.length]!,
    STAGES[i % STAGES.length]!,
  ]);
  return stringify([['name', 'email', 'position', 'stage'], ...rows]);
}

async function checkedImport(scope: RecordScope, csv: string, maxRows: number) {
  const rows = readImportRows(Readable.from([csv]), 'csv', { maxRows, maxBytes: Number.MAX_SAFE_INTEGER });
  const report = await importRecords(scope, rows, { mode: 'all', dryRun: false, maxRows, cells: 'csv' });
  if (report.outcome !== 'written' || report.created !== N_ROWS) {
    throw new Error(
      `the import did not write every row: ${JSON.stringify({ ...report, problems: report.problems.slice(0, 3) })}`,
    );
  }
}

// The floor: csv-parse, then INSERTs of 500 rows in one transaction, no rules, masks or type checks.
async function plainInsert(ctx: AppContext, scope: RecordScope, csv: string, andy: string) {
  const columns = new Map(scope.def.fields.map((f) => [f.name, f.column!]));
  const table = sql.raw(`"${scope.def.table.schema}"."${scope.def.table.name}"`);
  const names = ['name', 'email', 'position', 'stage'].map((n) => sql.ref(columns.get(n)!));
  await ctx.database.db.transaction().execute(async (trx) => {
    let batch: string[][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const tuples = batch.map(
        ([name, email, position, stage]) =>
          sql`(${andy}::uuid, ${andy}::uuid, ${name}, ${email}, ${position}::uuid, ${stage})`,
      );
      await sql`insert into ${table} ("created_by", "updated_by", ${sql.join(names)}) values ${sql.join(tuples)}`.execute(
        trx,
      );
      batch = [];
    };
    let header = true;
    for await (const cells of Readable.from([csv]).pipe(parse()) as AsyncIterable<string[]>) {
      if (header) {
        header = false;
        continue;
      }
      batch.push(cells);
      if (batch.length === 500) await flush();
    }
    await flush();
  });
}

async function main() {
  const name = `charter_bench_import_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const config = loadConfig({ DATABASE_URL: withDatabase(BASE_URL, name), CHARTER_SECRET: 'b'.repeat(32) });
  const ctx = await openContext(config, createLogger('silent'));
  try {
    const app = await buildApp(ctx);
    await app.ready();
    await seedDemo(app, ctx);
    await app.close();
    const appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
    const andy = await ctx.database.db
      .selectFrom('account')
      .select(['id', 'email'])
      .where('email', '=', 'andy@acme-talent.example')
      .executeTakeFirstOrThrow();
    const engines = createPolicyEngines(ctx);
    const scopeOf = (collection: string) =>
      resolveRecordScope(ctx, engines, { appId, accountId: andy.id, email: andy.email, collection });
    // His positions, as his own list shows them: every row's create rule holds.
    const positions = (
      await listRecords(await scopeOf('positions'), { limit: 500, fields: ['title'] })
    ).items.map((p) => String(p.id));
    const scope = await scopeOf('candidates');
    console.log(
      `${N_ROWS.toLocaleString('en')} candidates as Andy over ${positions.length} positions, PostgreSQL ${name}`,
    );
    const results: { checked: number; plain: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const plainCsv = candidatesCsv(`p${run}`, positions);
      const checkedCsv = candidatesCsv(`c${run}`, positions);
      let started = performance.now();
      await plainInsert(ctx, scope, plainCsv, andy.id);
      const plain = (performance.now() - started) / 1000;
      started = performance.now();
      await checkedImport(scope, checkedCsv, N_ROWS);
      const checked = (performance.now() - started) / 1000;
      results.push({ checked, plain });
      console.log(
        `run ${run + 1}: checked import ${round(checked, 1)} s (${Math.round(N_ROWS / checked).toLocaleString('en')} rows/s), plain INSERT ${round(plain, 1)} s, ratio ${round(checked / plain, 1)}×`,
      );
    }
    const best = results.reduce((a, b) => (b.checked < a.checked ? b : a));
    console.log(
      `best: ${round(best.checked, 1)} s for ${N_ROWS.toLocaleString('en')} rows through the checked path, ${round(best.checked / best.plain, 1)}× a plain bulk INSERT (${round(best.plain, 1)} s)`,
    );
  } finally {
    await ctx.mailer.close();
    await ctx.database.close();
    await admin(`drop database if exists ${name}`);
  }
}

await main();
