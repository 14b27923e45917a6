// `charter data export|import`: the records API's export and import on the server's database,
// as one app user (--as), under that person's rules, exactly as their HTTP requests would be.
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { AppContext } from '../context.js';
import { AppError } from '../http/app-error.js';
import { createPolicyEngines } from '../modules/data/policy-engines.js';
import { exportRecords } from '../modules/records/record-export.js';
import { type ImportReport, importRecords } from '../modules/records/record-import.service.js';
import { type ImportFormat, readImportRows } from '../modules/records/record-import-parse.js';
import { resolveRecordScope } from '../modules/records/record-scope.js';
import { type Output, resolveApp, STDIO, withContext } from './policy-cli.js';

/** The `charter data …` lines of the usage text. */
export const DATA_USAGE = `  data export APP COLLECTION [--format csv|json] [--filter CEL] [--sort F,-F] [--fields A,B]
              [--as EMAIL] [--out FILE]  write the records APP's user may read (default: an owner)
  data import APP COLLECTION FILE [--dry-run] [--mode all|valid] [--as EMAIL]
                                         check each row like a create (or update, by id), then write`;

/** `charter data <command>`: the exit code, or null when the command is unknown. */
export async function runDataCommand(args: string[], out: Output = STDIO): Promise<number | null> {
  const [command, ...rest] = args;
  if (command === 'export') return runDataExport(rest, out);
  if (command === 'import') return runDataImport(rest, out);
  return null;
}

async function runDataExport(args: string[], out: Output): Promise<number> {
  let parsed: ReturnType<typeof parseExportArgs>;
  try {
    parsed = parseExportArgs(args);
  } catch (error) {
    return usage(out, (error as Error).message);
  }
  return withContext(async (ctx) => {
    const scope = await scopeFor(ctx, parsed.app, parsed.collection, parsed.as, out);
    const stream = exportRecords(scope, parsed.list, parsed.format);
    if (parsed.out) {
      await pipeline(stream, createWriteStream(parsed.out));
      out.stderr(`charter: wrote ${parsed.collection} to ${parsed.out}\n`);
    } else {
      for await (const chunk of stream) out.stdout(String(chunk));
    }
    return 0;
  }, out);
}

function parseExportArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'csv' },
      filter: { type: 'string' },
      sort: { type: 'string' },
      fields: { type: 'string' },
      search: { type: 'string' },
      as: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 2) throw new Error('data export needs APP and COLLECTION');
  const format = values.format;
  if (format !== 'csv' && format !== 'json') throw new Error('--format is csv or json');
  const fields = values.fields
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return {
    app: positionals[0]!,
    collection: positionals[1]!,
    format: format as ImportFormat,
    as: values.as,
    out: values.out,
    list: {
      ...(values.filter ? { filter: values.filter } : {}),
      ...(values.sort ? { sort: values.sort } : {}),
      ...(values.search ? { search: values.search } : {}),
      ...(fields?.length ? { fields } : {}),
    },
  };
}

async function runDataImport(args: string[], out: Output): Promise<number> {
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(args);
  } catch (error) {
    return usage(out, (error as Error).message);
  }
  let size: number;
  try {
    size = (await fs.stat(parsed.file)).size;
  } catch {
    return usage(out, `cannot read ${parsed.file}`);
  }
  return withContext(async (ctx) => {
    const scope = await scopeFor(ctx, parsed.app, parsed.collection, parsed.as, out);
    let bytes = 0;
    const rows = readImportRows(createReadStream(parsed.file), parsed.format, ctx.config.imports, (n) => {
      bytes = n;
    });
    const started = Date.now();
    const report = await importRecords(scope, rows, {
      mode: parsed.mode,
      dryRun: parsed.dryRun,
      maxRows: ctx.config.imports.maxRows,
      cells: parsed.format,
      onProgress: (done) => {
        const percent = size > 0 ? Math.floor((bytes / size) * 100) : 100;
        out.stderr(`\rcharter: ${done.toLocaleString('en')} rows checked (${percent}% of the file)`);
      },
    });
    out.stderr('\n');
    out.stdout(`${describeReport(report, parsed.file, Date.now() - started).join('\n')}\n`);
    // A dry run or an all-or-nothing import with refused rows fails, so a script can stop on it.
    return report.invalid > 0 && report.outcome !== 'written' ? 1 : 0;
  }, out);
}

function parseImportArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'dry-run': { type: 'boolean', default: false },
      mode: { type: 'string', default: 'all' },
      format: { type: 'string' },
      as: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 3) throw new Error('data import needs APP, COLLECTION and FILE');
  const mode = values.mode;
  if (mode !== 'all' && mode !== 'valid') throw new Error('--mode is all or valid');
  const file = positionals[2]!;
  const format = values.format ?? (file.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new Error('--format is csv or json');
  return {
    app: positionals[0]!,
    collection: positionals[1]!,
    file,
    format: format as ImportFormat,
    mode: mode as 'all' | 'valid',
    dryRun: values['dry-run'] ?? false,
    as: values.as,
  };
}

/** The report in lines: what happened, then each problem (the first 50). */
export function describeReport(report: ImportReport, file: string, ms: number): string[] {
  const what =
    report.outcome === 'checked'
      ? 'Dry run: nothing was written.'
      : report.outcome === 'refused'
        ? 'Nothing was written: every row must pass in mode all.'
        : `Created ${report.created}, updated ${report.updated}.`;
  const lines = [
    `${file}: ${report.rows} rows, ${report.valid} valid, ${report.invalid} refused, in ${(ms / 1000).toFixed(1)} s. ${what}`,
  ];
  for (const p of report.problems.slice(0, 50)) {
    lines.push(`  row ${p.row}${p.field ? `, ${p.field}` : ''}: ${p.code}: ${p.message}`);
  }
  const more = report.problems.length - 50 + report.problemsOmitted;
  if (more > 0) lines.push(`  … and ${more} more problems`);
  return lines;
}

// The app user the command acts as: --as EMAIL, or else the company's first owner (whoever runs
// the command holds the database; the rules still decide what that person reads and writes).
async function scopeFor(
  ctx: AppContext,
  app: string,
  collection: string,
  as: string | undefined,
  out: Output,
) {
  const appId = await resolveApp(ctx, app);
  const query = ctx.database.db
    .selectFrom('account')
    .select(['account.id', 'account.email'])
    .innerJoin('app_user', 'app_user.account_id', 'account.id')
    .where('app_user.app_id', '=', appId);
  const person = as
    ? await query.where('account.email', '=', as.toLowerCase()).executeTakeFirst()
    : await query
        .innerJoin('application', 'application.id', 'app_user.app_id')
        .innerJoin('company_member', (join) =>
          join
            .onRef('company_member.company_id', '=', 'application.company_id')
            .onRef('company_member.account_id', '=', 'account.id'),
        )
        .where('company_member.is_owner', '=', true)
        .orderBy('company_member.created_at')
        .executeTakeFirst();
  if (!person) {
    throw new AppError(
      404,
      'APP_USER_NOT_FOUND',
      as
        ? `${as} is no user of this app`
        : 'no owner of the company is a user of this app; name one with --as EMAIL',
    );
  }
  if (!as) out.stderr(`charter: acting as ${person.email} (name another app user with --as EMAIL)\n`);
  const engines = createPolicyEngines(ctx);
  return resolveRecordScope(ctx, engines, { appId, accountId: person.id, email: person.email, collection });
}

function usage(out: Output, problem: string): number {
  out.stderr(`charter: ${problem}\n\nUsage:\n${DATA_USAGE}\n`);
  return 2;
}
