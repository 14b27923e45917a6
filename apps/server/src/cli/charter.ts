#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config/config.js';
import { AppError } from '../http/app-error.js';
import { createLogger } from '../lib/logger.js';
import { createAccountWithTemporaryPassword } from '../modules/accounts/accounts-admin.service.js';
import { issueSetupToken } from '../modules/setup/setup.service.js';
import { runServe } from '../run-serve.js';
import { isStartupError, openContext } from '../server.js';
import { DATA_USAGE, runDataCommand } from './data-command.js';
import { seedDemo } from './demo.js';
import { runPolicyCommand } from './policy-command.js';
import { POLICY_USAGE } from './policy-usage.js';

const USAGE = `Usage: charter <command>

Commands:
  serve                                  start the HTTP server (the default)
  migrate                                bring the database schema up to date and exit
  create-owner --email E --name N        create a platform owner with a temporary password
  demo                                   serve the recruitment demo (data in ./.charter/demo)
${POLICY_USAGE}
${DATA_USAGE}
  help                                   show this text

Configuration comes from the environment; see README.md.`;

/** The `charter` command line. Each command is a thin shell over the same context as the server. */
async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  if (command === 'create-owner') return createOwner(rest);
  if (command === 'policy') {
    return (await runPolicyCommand(rest)) ?? usage(`unknown policy command "${rest[0] ?? ''}"`);
  }
  if (command === 'data') {
    return (await runDataCommand(rest)) ?? usage(`unknown data command "${rest[0] ?? ''}"`);
  }
  if (rest.length > 0) return usage(`unexpected arguments: ${rest.join(' ')}`);
  switch (command) {
    case 'serve':
      await runServe(process.env);
      return -1; // keeps running until a signal
    case 'migrate':
      return migrate();
    case 'demo':
      // Its own data directory, so the demo never mixes with a real installation's data.
      await runServe({ CHARTER_DATA_DIR: './.charter/demo', ...process.env }, async (app, ctx) => {
        process.stdout.write(await seedDemo(app, ctx));
      });
      return -1;
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      return usage(`unknown command "${command}"`);
  }
}

async function migrate(): Promise<number> {
  const config = loadConfig(process.env);
  const ctx = await openContext(config, createLogger(config.logLevel));
  await ctx.mailer.close();
  await ctx.database.close();
  process.stdout.write(`charter: the database (${ctx.database.description}) is up to date\n`);
  return 0;
}

// The operator vouches for the address, so it counts as verified; the password must be changed
// at the first sign-in, and is printed this once.
async function createOwner(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOwnerArgs>;
  try {
    parsed = parseOwnerArgs(args);
  } catch (error) {
    return usage((error as Error).message);
  }
  const config = loadConfig(process.env);
  const ctx = await openContext(config, createLogger('warn'));
  try {
    const { account, temporaryPassword } = await createAccountWithTemporaryPassword(
      ctx,
      { email: parsed.email, name: parsed.name, emailVerified: true, platformRole: 'owner' },
      {
        actor: { accountId: null },
        source: { ip: null, userAgent: 'charter create-owner', requestId: null },
      },
    );
    await issueSetupToken(ctx); // an owner exists now: the first-run token is void
    process.stdout.write(
      `Created platform owner ${account.email}.\nTemporary password (shown once, to be changed at first sign-in): ${temporaryPassword}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`charter: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await ctx.mailer.close();
    await ctx.database.close();
  }
}

function parseOwnerArgs(args: string[]): { email: string; name: string } {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  const email = z.email().safeParse(values.email);
  if (!email.success) throw new Error('create-owner needs --email with a valid email address');
  const name = values.name?.trim() || email.data.split('@')[0]!;
  return { email: email.data, name };
}

function usage(problem: string): number {
  process.stderr.write(`charter: ${problem}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (isStartupError(error)) {
      process.stderr.write(`charter: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  },
);
