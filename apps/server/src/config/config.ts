import path from 'node:path';
import { z } from 'zod';
import { defaultPublicUrl, loopbackAliases } from './public-url.js';
import {
  type AddressLimitBucket,
  addressLimits,
  type RateLimitRule,
  rateLimitVariables,
} from './rate-limits.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The social login presets; each is on when its client id and secret are both set. */
export const SOCIAL_PROVIDERS = ['google', 'microsoft', 'linkedin', 'facebook'] as const;
export type SocialProvider = (typeof SOCIAL_PROVIDERS)[number];

/**
 * The media types the media library accepts unless CHARTER_MEDIA_TYPES says otherwise: images,
 * PDF, office documents, plain text and CSV. Types are those sniffed from a file's bytes, never
 * the name or the client's word. SVG is accepted but always served as a download (it can carry
 * script); HTML is not accepted.
 */
export const DEFAULT_MEDIA_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/svg+xml',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

/** The planner's random page cost on Charter's database sessions (see db/database.ts). */
export const DEFAULT_RANDOM_PAGE_COST = 1.1;

function randomPageCost(value: string | undefined): number | null {
  if (value === undefined) return DEFAULT_RANDOM_PAGE_COST;
  return value === 'server' ? null : Number(value);
}

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
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number({ error: 'expected a time in ms from 0 (no limit) to 3600000' })
    .int({ error: 'expected a time in ms from 0 (no limit) to 3600000' })
    .min(0, { error: 'expected a time in ms from 0 (no limit) to 3600000' })
    .max(3_600_000, { error: 'expected a time in ms from 0 (no limit) to 3600000' })
    .default(10_000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce
    .number({ error: 'expected a time in ms from 100 to 600000' })
    .int({ error: 'expected a time in ms from 100 to 600000' })
    .min(100, { error: 'expected a time in ms from 100 to 600000' })
    .max(600_000, { error: 'expected a time in ms from 100 to 600000' })
    .default(5_000),
  DATABASE_RANDOM_PAGE_COST: z
    .string()
    .refine((v) => v === 'server' || (/^\d+(\.\d+)?$/.test(v) && Number(v) >= 0.1 && Number(v) <= 100), {
      error: 'expected a number from 0.1 to 100, or "server" for the server\'s own setting',
    })
    .optional(),
  CHARTER_DATA_DIR: z.string().min(1, { error: 'expected a directory path' }).default('./.charter/data'),
  CHARTER_SECRET: z.string().min(32, { error: 'expected at least 32 characters of random text' }).optional(),
  CHARTER_BODY_LIMIT: z.coerce
    .number({ error: 'expected a size in bytes from 1024 to 104857600' })
    .int({ error: 'expected a size in bytes from 1024 to 104857600' })
    .min(1024, { error: 'expected a size in bytes from 1024 to 104857600' })
    .max(104_857_600, { error: 'expected a size in bytes from 1024 to 104857600' })
    .default(1_048_576),
  CHARTER_IMPORT_MAX_ROWS: z.coerce
    .number({ error: 'expected a number of rows from 1 to 10000000' })
    .int({ error: 'expected a number of rows from 1 to 10000000' })
    .min(1, { error: 'expected a number of rows from 1 to 10000000' })
    .max(10_000_000, { error: 'expected a number of rows from 1 to 10000000' })
    .default(250_000),
  CHARTER_IMPORT_MAX_BYTES: z.coerce
    .number({ error: 'expected a size in bytes from 1024 to 10737418240' })
    .int({ error: 'expected a size in bytes from 1024 to 10737418240' })
    .min(1024, { error: 'expected a size in bytes from 1024 to 10737418240' })
    .max(10_737_418_240, { error: 'expected a size in bytes from 1024 to 10737418240' })
    .default(104_857_600),
  CHARTER_MEDIA_MAX_BYTES: z.coerce
    .number({ error: 'expected a size in bytes from 1024 to 10737418240' })
    .int({ error: 'expected a size in bytes from 1024 to 10737418240' })
    .min(1024, { error: 'expected a size in bytes from 1024 to 10737418240' })
    .max(10_737_418_240, { error: 'expected a size in bytes from 1024 to 10737418240' })
    .default(26_214_400),
  CHARTER_MEDIA_TYPES: z
    .string()
    .regex(/^\s*[\w.+-]+\/[\w.+-]+\s*(,\s*[\w.+-]+\/[\w.+-]+\s*)*$/, {
      error: 'expected a comma-separated list of media types such as image/png,application/pdf',
    })
    .optional(),
  CHARTER_SHUTDOWN_DRAIN_MS: z.coerce
    .number({ error: 'expected milliseconds from 0 to 60000' })
    .int({ error: 'expected milliseconds from 0 to 60000' })
    .min(0, { error: 'expected milliseconds from 0 to 60000' })
    .max(60_000, { error: 'expected milliseconds from 0 to 60000' })
    .default(5000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  CHARTER_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s?#]+$/, {
      error: 'expected an origin such as https://charter.example.com (no path)',
    })
    .optional(),
  CHARTER_TRUSTED_ORIGINS: z.string().optional(),
  CHARTER_TRUSTED_PROXIES: z.string().optional(),
  CHARTER_REQUIRE_EMAIL_VERIFICATION: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .default('true'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, { error: 'expected an smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, { error: 'expected a sender such as "Charter <no-reply@example.com>"' })
    .optional(),
  ...providerVariables(),
  ...rateLimitVariables(),
});

function providerVariables() {
  const entries = SOCIAL_PROVIDERS.flatMap((p) => [
    [`${p.toUpperCase()}_CLIENT_ID`, z.string().min(1).optional()],
    [`${p.toUpperCase()}_CLIENT_SECRET`, z.string().min(1).optional()],
  ]);
  return Object.fromEntries(entries) as Record<string, z.ZodOptional<z.ZodString>>;
}

/** Where the data lives: an embedded PGlite directory, or a PostgreSQL server. */
export type StorageConfig = (
  | { kind: 'pglite'; dataDir: string }
  | {
      kind: 'postgres';
      url: string;
      poolMax: number;
      /** The longest one statement may run, in ms; 0 for no limit. */
      statementTimeoutMs: number;
      /** The longest a request waits for a database connection, in ms. */
      connectTimeoutMs: number;
    }
) & {
  /** The planner's random page cost on Charter's sessions; null keeps the server's. */
  randomPageCost: number | null;
};

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
  /** Record imports: the most rows and bytes one file may hold. */
  imports: { maxRows: number; maxBytes: number };
  /** The media library's limits: the largest file, and the sniffed types it accepts. */
  media: { maxBytes: number; allowedTypes: readonly string[] };
  /** On SIGTERM, how long connections left open are answered 503 before they are closed. */
  shutdownDrainMs: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** The origin people and emails reach Charter at; links in mail are built on it. */
  publicUrl: string;
  /** Origins allowed to send cookie-authenticated writes (CSRF defence), the public URL first. */
  trustedOrigins: string[];
  /** Proxies whose X-Forwarded-For is believed; none by default. */
  trustedProxies: string[];
  requireEmailVerification: boolean;
  mail: { smtpUrl: string | undefined; from: string };
  socialProviders: Partial<Record<SocialProvider, { clientId: string; clientSecret: string }>>;
  /** Per-client-address limits on sign-in, registration and the other guessable endpoints. */
  rateLimits: Record<AddressLimitBucket, RateLimitRule>;
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
  const halfConfigured = SOCIAL_PROVIDERS.filter(
    (p) => !present[`${p.toUpperCase()}_CLIENT_ID`] !== !present[`${p.toUpperCase()}_CLIENT_SECRET`],
  );
  if (halfConfigured.length > 0) {
    throw new ConfigError(
      halfConfigured.map(
        (p) =>
          `${p.toUpperCase()}_CLIENT_ID and ${p.toUpperCase()}_CLIENT_SECRET: set both to enable ${p} sign-in, or neither`,
      ),
    );
  }
  const dataDir = path.resolve(cwd, e.CHARTER_DATA_DIR);
  const publicUrl = e.CHARTER_PUBLIC_URL ?? defaultPublicUrl(e.HOST, e.PORT);
  // An assumed loopback URL also trusts its other spellings; a configured one is the only name.
  const aliases = e.CHARTER_PUBLIC_URL ? [] : loopbackAliases(publicUrl);
  return {
    port: e.PORT,
    host: e.HOST,
    storage: {
      ...(e.DATABASE_URL
        ? {
            kind: 'postgres',
            url: e.DATABASE_URL,
            poolMax: e.DATABASE_POOL_MAX,
            statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
            connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
          }
        : { kind: 'pglite', dataDir }),
      randomPageCost: randomPageCost(e.DATABASE_RANDOM_PAGE_COST),
    },
    dataDir,
    secret: e.CHARTER_SECRET,
    bodyLimit: e.CHARTER_BODY_LIMIT,
    imports: { maxRows: e.CHARTER_IMPORT_MAX_ROWS, maxBytes: e.CHARTER_IMPORT_MAX_BYTES },
    media: {
      maxBytes: e.CHARTER_MEDIA_MAX_BYTES,
      allowedTypes: e.CHARTER_MEDIA_TYPES
        ? [...new Set(splitList(e.CHARTER_MEDIA_TYPES).map((t) => t.toLowerCase()))]
        : DEFAULT_MEDIA_TYPES,
    },
    shutdownDrainMs: e.CHARTER_SHUTDOWN_DRAIN_MS,
    logLevel: e.LOG_LEVEL,
    publicUrl,
    trustedOrigins: [...new Set([publicUrl, ...aliases, ...splitList(e.CHARTER_TRUSTED_ORIGINS)])],
    trustedProxies: splitList(e.CHARTER_TRUSTED_PROXIES),
    requireEmailVerification: e.CHARTER_REQUIRE_EMAIL_VERIFICATION === 'true',
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM ?? `Charter <no-reply@${new URL(publicUrl).hostname}>` },
    socialProviders: socialProviders(present),
    rateLimits: addressLimits(e),
  };
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function socialProviders(env: Record<string, string | undefined>): Config['socialProviders'] {
  const result: Config['socialProviders'] = {};
  for (const provider of SOCIAL_PROVIDERS) {
    const clientId = env[`${provider.toUpperCase()}_CLIENT_ID`];
    const clientSecret = env[`${provider.toUpperCase()}_CLIENT_SECRET`];
    if (clientId && clientSecret) result[provider] = { clientId, clientSecret };
  }
  return result;
}

// Secrets never appear in an error line, not even when they are the bad value.
function describeValue(name: string, value: string): string {
  return /SECRET|DATABASE_URL|SMTP_URL/.test(name) ? '[hidden]' : value;
}
