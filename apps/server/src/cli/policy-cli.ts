// What the `charter policy` commands share: where they write, the database they open, and how an
// app is named on the command line.
import { loadConfig } from '../config/config.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/app-error.js';
import { createLogger } from '../lib/logger.js';
import { isUuid } from '../lib/uuid.js';
import { openContext } from '../server.js';

/** Where a command writes; a test passes its own. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const STDIO: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Opens the configured database like `migrate` and runs the command on it. An AppError the
 * command does not handle (an unknown app, a refusal) is one line on stderr and exit 1.
 */
export async function withContext(
  work: (ctx: AppContext) => Promise<number>,
  out: Output = STDIO,
): Promise<number> {
  const config = loadConfig(process.env);
  const ctx = await openContext(config, createLogger('warn'));
  try {
    return await work(ctx);
  } catch (error) {
    if (error instanceof AppError) {
      out.stderr(`charter: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await ctx.mailer.close();
    await ctx.database.close();
  }
}

/** An app by id, or by name when exactly one app has that name; 404 APP_NOT_FOUND otherwise. */
export async function resolveApp(ctx: AppContext, named: string): Promise<string> {
  const query = ctx.database.db
    .selectFrom('application')
    .innerJoin('company', 'company.id', 'application.company_id')
    .select(['application.id', 'application.name', 'company.name as company']);
  const rows = isUuid(named)
    ? await query.where('application.id', '=', named.toLowerCase()).execute()
    : await query.where('application.name', '=', named).execute();
  if (rows.length === 1) return rows[0]!.id;
  const message =
    rows.length === 0
      ? `no app ${isUuid(named) ? 'has the id' : 'is named'} "${named}"`
      : `${rows.length} apps are named "${named}"; give the id: ${rows.map((r) => `${r.id} (${r.company})`).join(', ')}`;
  throw new AppError(404, 'APP_NOT_FOUND', message);
}
