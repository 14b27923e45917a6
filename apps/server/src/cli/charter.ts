#!/usr/bin/env node
import { loadConfig } from '../config/config.js';
import { createLogger } from '../lib/logger.js';
import { runServe } from '../run-serve.js';
import { isStartupError, openContext } from '../server.js';

const USAGE = `Usage: charter <command>

Commands:
  serve     start the HTTP server (the default)
  migrate   bring the database schema up to date and exit
  help      show this text

Configuration comes from the environment; see README.md.`;

/** The `charter` command line. Each command is a thin shell over the same context as the server. */
async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  if (rest.length > 0) return usage(`unexpected arguments: ${rest.join(' ')}`);
  switch (command) {
    case 'serve':
      await runServe(process.env);
      return -1; // keeps running until a signal
    case 'migrate':
      return migrate();
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
  await ctx.database.close();
  process.stdout.write(`charter: the database (${ctx.database.description}) is up to date\n`);
  return 0;
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
