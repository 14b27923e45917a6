// `charter policy export|import`: a thin shell over the policy module, on the server's database.
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AppContext } from '../context.js';
import { AppError } from '../http/app-error.js';
import { sharedErrors } from '../http/error-codes.js';
import type { AppActor } from '../modules/app-change/app-actor.js';
import { exportPolicy, serializePolicy } from '../modules/policy/policy-document.js';
import { importPolicy } from '../modules/policy/policy-import.service.js';
import { describeImport, describeIssues } from '../modules/policy/policy-report.js';
import type { PolicyIssue } from '../modules/policy/policy-validation.js';
import { COMPANY_RIGHT_KEYS } from '../modules/rights/catalogue.js';
import { NO_PERMISSIONS } from '../modules/tenancy/effective-permissions.js';
import { resolveApp, withContext } from './policy-cli.js';
import { POLICY_USAGE } from './policy-usage.js';

/** `charter policy export --app ID|NAME [--out FILE]`. */
export async function runPolicyExport(args: string[]): Promise<number> {
  let parsed: { app: string; out?: string };
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { app: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new Error(`unexpected arguments: ${positionals.join(' ')}`);
    parsed = { app: requireApp(values.app), ...(values.out ? { out: values.out } : {}) };
  } catch (error) {
    return usage((error as Error).message);
  }
  return withContext(async (ctx) => {
    const appId = await resolveApp(ctx, parsed.app);
    const text = serializePolicy(await exportPolicy(ctx.database.db, appId));
    if (parsed.out) {
      await fs.writeFile(parsed.out, text);
      process.stderr.write(`charter: wrote the policy to ${parsed.out}\n`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  });
}

/** `charter policy import --app ID|NAME FILE [--dry-run] [--prune]`. */
export async function runPolicyImport(args: string[]): Promise<number> {
  let parsed: { app: string; file: string; dryRun: boolean; prune: boolean };
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        app: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new Error('policy import needs exactly one FILE');
    parsed = {
      app: requireApp(values.app),
      file: positionals[0]!,
      dryRun: values['dry-run'] ?? false,
      prune: values.prune ?? false,
    };
  } catch (error) {
    return usage((error as Error).message);
  }
  let text: string;
  try {
    text = await fs.readFile(parsed.file, 'utf8');
  } catch {
    return usage(`cannot read ${parsed.file}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`charter: ${parsed.file} is not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  return withContext(async (ctx) => {
    const appId = await resolveApp(ctx, parsed.app);
    const actor = await operatorOf(ctx, appId);
    try {
      const result = await importPolicy(ctx, actor, input, { dryRun: parsed.dryRun, prune: parsed.prune });
      const app = await appName(ctx, appId);
      process.stdout.write(`${describeImport(result, app).join('\n')}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError && error.code === 'POLICY_INVALID') {
        const issues = (error.details?.issues ?? []) as PolicyIssue[];
        const lines = describeIssues(issues, (field) => conditionAt(input, field));
        process.stderr.write(`charter: ${parsed.file} cannot be imported:\n${lines.join('\n')}\n`);
        return 1;
      }
      throw error;
    }
  });
}

// Whoever runs the command on the server holds the database anyway: they act as the company's owner,
// and the audit log records the change with no account and the command as its source.
async function operatorOf(ctx: AppContext, appId: string): Promise<AppActor> {
  const app = await ctx.database.db
    .selectFrom('application')
    .select('company_id')
    .where('id', '=', appId)
    .executeTakeFirst();
  if (!app) throw sharedErrors.NOT_FOUND(`There is no application ${appId}.`);
  return {
    access: {
      appId,
      companyId: app.company_id,
      company: {
        companyId: app.company_id,
        isOwner: true,
        rights: [...COMPANY_RIGHT_KEYS],
        mfaRequired: false,
      },
      appUser: null,
      permissions: NO_PERMISSIONS,
    },
    accountId: '',
    audit: { accountId: null },
    source: { ip: null, userAgent: 'charter policy import', requestId: null },
  };
}

async function appName(ctx: AppContext, appId: string): Promise<string> {
  const row = await ctx.database.db
    .selectFrom('application')
    .select('name')
    .where('id', '=', appId)
    .executeTakeFirst();
  return row?.name ?? appId;
}

// The condition text an issue points into (`rules.N.condition`, `pages.N.sections.M.filter`), for
// the caret line: the string at that path of the file.
function conditionAt(input: unknown, field: string): string | undefined {
  let at: unknown = input;
  for (const part of field.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === 'string' ? at : undefined;
}

function requireApp(app: string | undefined): string {
  if (!app) throw new Error('name the app with --app ID|NAME');
  return app;
}

function usage(problem: string): number {
  process.stderr.write(`charter: ${problem}\n\nUsage:\n${POLICY_USAGE}\n`);
  return 2;
}
