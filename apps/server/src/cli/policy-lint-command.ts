// `charter policy lint --app ID|NAME`: one line per warning; lint findings never fail the command.
import { parseArgs } from 'node:util';
import type { AppContext } from '../context.js';
import { AppError } from '../http/app-error.js';
import { formatWarning, lintApp } from '../modules/policy/policy-lint.service.js';
import { type Output, resolveApp, STDIO, withContext } from './policy-cli.js';
import { POLICY_USAGE } from './policy-usage.js';

/** Exit 0 with or without warnings, 1 when the app cannot be linted, 2 for bad usage. */
export async function runPolicyLint(args: string[]): Promise<number> {
  let app: string;
  try {
    const { values, positionals } = parseArgs({ args, options: { app: { type: 'string' } }, strict: true });
    if (positionals.length > 0) throw new Error(`unexpected arguments: ${positionals.join(' ')}`);
    if (!values.app) throw new Error('policy lint needs --app ID|NAME');
    app = values.app;
  } catch (error) {
    process.stderr.write(`charter: ${(error as Error).message}\n\nUsage:\n${POLICY_USAGE}\n`);
    return 2;
  }
  return withContext(async (ctx) => runPolicyLintOn(ctx, await resolveApp(ctx, app), STDIO));
}

/** The command on an open context: warnings on stdout, the tally or the error on stderr. */
export async function runPolicyLintOn(ctx: AppContext, appId: string, io: Output): Promise<number> {
  try {
    const warnings = await lintApp(ctx.database.db, appId);
    for (const w of warnings) io.stdout(`${formatWarning(w)}\n`);
    const count = warnings.filter((w) => w.severity === 'warning').length;
    io.stderr(`charter: ${count} warning(s), ${warnings.length - count} note(s)\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr(`charter: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
