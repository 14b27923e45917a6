// `charter policy lint --app ID`: one line per warning; lint findings never fail the command.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/app-error.js';
import { createLogger } from '../lib/logger.js';
import { formatWarning, lintApp } from '../modules/policy-lint/policy-lint.service.js';
import { isUuid } from '../modules/tenancy/tenant-access.js';
import { openContext } from '../server.js';
import { POLICY_USAGE } from './policy-command.js';

/** Exit 0 with or without warnings, 1 when the app cannot be linted, 2 for bad usage. */
export async function runPolicyLint(args: string[]): Promise<number> {
  let app: string;
  try {
    const { values, positionals } = parseArgs({ args, options: { app: { type: 'string' } }, strict: true });
    if (positionals.length > 0) throw new Error(`unexpected arguments: ${positionals.join(' ')}`);
    if (!values.app || !isUuid(values.app)) throw new Error('--app needs the application id');
    app = values.app;
  } catch (error) {
    process.stderr.write(`charter: ${(error as Error).message}\n\nUsage:\n${POLICY_USAGE}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const ctx = await openContext(config, createLogger('warn'));
  try {
    return await runPolicyLintOn(ctx, app, STDIO);
  } finally {
    await ctx.mailer.close();
    await ctx.database.close();
  }
}

/** Where the command writes. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const STDIO: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

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
