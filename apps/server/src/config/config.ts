import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Every setting Charter reads from the environment. README.md documents each one.
const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'expected an integer from 0 to 65535' })
    .int({ error: 'expected an integer from 0 to 65535' })
    .min(0, { error: 'expected an integer from 0 to 65535' })
    .max(65535, { error: 'expected an integer from 0 to 65535' })
    .default(4000),
  HOST: z.string().min(1, { error: 'expected a host name or IP address' }).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, { error: 'expected a postgres:// or postgresql:// connection URL' })
    .optional(),
  DATABASE_POOL_MAX: z.coerce
    .number({ error: 'expected an integer from 1 to 200' })
    .int({ error: 'expected an integer from 1 to 200' })
    .min(1, { error: 'expected an integer from 1 to 200' })
    .max(200, { error: 'expected an integer from 1 to 200' })
    .default(10),
  CHARTER_DATA_DIR: z.string().min(1, { error: 'expected a directory path' }).default('./.charter/data'),
  CHARTER_SECRET: z.string().min(32, { error: 'expected at least 32 characters of random text' }).optional(),
  CHARTER_BODY_LIMIT: z.coerce
    .number({ error: 'expected a size in bytes from 1024 to 104857600' })
    .int({ error: 'expected a size in bytes from 1024 to 104857600' })
    .min(1024, { error: 'expected a size in bytes from 1024 to 104857600' })
    .max(104_857_600, { error: 'expected a size in bytes from 1024 to 104857600' })
    .default(1_048_576),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

/** Where the data lives: an embedded PGlite directory, or a PostgreSQL server. */
export type StorageConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; poolMax: number };

/** The validated configuration every part of Charter receives through its context. */
export interface Config {
  port: number;
  host: string;
  storage: StorageConfig;
  /** The directory for embedded state (PGlite files, the generated secret). */
  dataDir: string;
  /** Undefined only in embedded mode before the secret file is read; see resolveSecret. */
  secret: string | undefined;
  bodyLimit: number;
  logLevel: (typeof LOG_LEVELS)[number];
}

/** A configuration error: one line naming the variable and what it expects. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  // An empty variable means "unset", as in most shells' `VAR= cmd` idiom.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const got = present[name];
        return `${name}: ${issue.message}${got === undefined ? '' : `, got ${JSON.stringify(describeValue(name, got))}`}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.DATABASE_URL && !e.CHARTER_SECRET) {
    throw new ConfigError([
      'CHARTER_SECRET: required when DATABASE_URL is set (at least 32 characters of random text, the same on every node)',
    ]);
  }
  const dataDir = path.resolve(cwd, e.CHARTER_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    storage: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir },
    dataDir,
    secret: e.CHARTER_SECRET,
    bodyLimit: e.CHARTER_BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
  };
}

// Secrets never appear in an error line, not even when they are the bad value.
function describeValue(name: string, value: string): string {
  return name === 'CHARTER_SECRET' || name === 'DATABASE_URL' ? '[hidden]' : value;
}
