import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const SECRET = 'a'.repeat(32);

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, '/srv');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded database on port 4000', () => {
    const config = loadConfig({}, '/srv');
    expect(config.port).toBe(4000);
    expect(config.host).toBe('localhost');
    expect(config.storage).toEqual({
      kind: 'pglite',
      dataDir: path.resolve('/srv', '.charter/data'),
      randomPageCost: 1.1,
    });
    expect(config.secret).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.shutdownDrainMs).toBe(5000);
    expect(loadConfig({ CHARTER_SHUTDOWN_DRAIN_MS: '0' }, '/srv').shutdownDrainMs).toBe(0);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig(
      { DATABASE_URL: 'postgres://u:p@db:5432/charter', CHARTER_SECRET: SECRET },
      '/srv',
    );
    expect(config.storage).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/charter',
      poolMax: 10,
      statementTimeoutMs: 10_000,
      connectTimeoutMs: 5_000,
      randomPageCost: 1.1,
    });
    expect(config.secret).toBe(SECRET);
  });

  it('reads the database timeouts, 0 turning the statement timeout off', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/charter',
      CHARTER_SECRET: SECRET,
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_CONNECT_TIMEOUT_MS: '750',
    });
    expect(config.storage).toMatchObject({ statementTimeoutMs: 0, connectTimeoutMs: 750 });
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '10' })).toThrow(
      'DATABASE_CONNECT_TIMEOUT_MS: expected a time in ms from 100 to 600000, got "10"',
    );
  });

  it.each([
    ['PORT', 'abc', 'PORT: expected an integer from 0 to 65535, got "abc"'],
    ['PORT', '70000', 'PORT: expected an integer from 0 to 65535, got "70000"'],
    ['PORT', '4.5', 'PORT: expected an integer from 0 to 65535, got "4.5"'],
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ],
    ['DATABASE_POOL_MAX', '0', 'DATABASE_POOL_MAX: expected an integer from 1 to 200, got "0"'],
    [
      'CHARTER_SHUTDOWN_DRAIN_MS',
      '90000',
      'CHARTER_SHUTDOWN_DRAIN_MS: expected milliseconds from 0 to 60000, got "90000"',
    ],
    ...['0', '-1', 'cheap', '1e3', '101'].map((value) => [
      'DATABASE_RANDOM_PAGE_COST',
      value,
      `DATABASE_RANDOM_PAGE_COST: expected a number from 0.1 to 100, or "server" for the server's own setting, got "${value}"`,
    ]),
  ])('names %s and what it expects when it is %j', (name, value, expected) => {
    expect(problemsOf({ [name]: value })).toEqual([expected]);
  });

  it('sets the planner random page cost, or leaves the server its own', () => {
    expect(loadConfig({ DATABASE_RANDOM_PAGE_COST: '2' }, '/srv').storage.randomPageCost).toBe(2);
    expect(loadConfig({ DATABASE_RANDOM_PAGE_COST: 'server' }, '/srv').storage.randomPageCost).toBeNull();
  });

  it('lists every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('requires CHARTER_SECRET with DATABASE_URL', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://localhost/x' })).toEqual([
      expect.stringMatching(/^CHARTER_SECRET: required when DATABASE_URL is set/),
    ]);
  });

  it('never echoes a secret or a connection URL in its message', () => {
    const problems = problemsOf({ CHARTER_SECRET: 'short-secret', DATABASE_URL: 'mysql://user:pw@h/db' });
    expect(problems.join(' ')).not.toContain('short-secret');
    expect(problems.join(' ')).not.toContain('pw@h');
    expect(problems).toContain(
      'CHARTER_SECRET: expected at least 32 characters of random text, got "[hidden]"',
    );
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }, '/srv').port).toBe(4000);
  });
});

describe('loadConfig: identity settings', () => {
  it('derives the public URL and trusted origins', () => {
    const config = loadConfig({
      PORT: '4100',
      CHARTER_TRUSTED_ORIGINS: 'https://admin.example.com, https://x.io',
    });
    expect(config.publicUrl).toBe('http://localhost:4100');
    // The assumed loopback URL also trusts its other spellings on the same port.
    expect(config.trustedOrigins).toEqual([
      'http://localhost:4100',
      'http://127.0.0.1:4100',
      'http://[::1]:4100',
      'https://admin.example.com',
      'https://x.io',
    ]);
    expect(config.requireEmailVerification).toBe(true);
    expect(config.mail).toEqual({ smtpUrl: undefined, from: 'Charter <no-reply@localhost>' });
  });

  it.each([
    ['127.0.0.1', 'http://127.0.0.1:4100'],
    ['::1', 'http://[::1]:4100'],
    ['192.168.1.20', 'http://192.168.1.20:4100'],
    ['charter.internal', 'http://charter.internal:4100'],
    ['0.0.0.0', 'http://localhost:4100'],
    ['::', 'http://localhost:4100'],
  ])('defaults the public URL from HOST=%s to %s', (host, expected) => {
    const config = loadConfig({ HOST: host, PORT: '4100' });
    expect(config.publicUrl).toBe(expected);
    expect(config.trustedOrigins[0]).toBe(expected);
  });

  it('trusts the other loopback spellings only for an assumed loopback URL', () => {
    expect(loadConfig({ HOST: '192.168.1.20', PORT: '80' }).trustedOrigins).toEqual(['http://192.168.1.20']);
    expect(loadConfig({ HOST: '127.0.0.1', PORT: '4000' }).trustedOrigins).toEqual([
      'http://127.0.0.1:4000',
      'http://localhost:4000',
      'http://[::1]:4000',
    ]);
    const configured = loadConfig({ HOST: '127.0.0.1', CHARTER_PUBLIC_URL: 'https://charter.example.com' });
    expect(configured.publicUrl).toBe('https://charter.example.com');
    expect(configured.trustedOrigins).toEqual(['https://charter.example.com']);
  });

  it('turns on a social provider only with both its id and secret', () => {
    const config = loadConfig({ GOOGLE_CLIENT_ID: 'gid', GOOGLE_CLIENT_SECRET: 'gsecret' });
    expect(config.socialProviders).toEqual({ google: { clientId: 'gid', clientSecret: 'gsecret' } });
    expect(problemsOf({ LINKEDIN_CLIENT_ID: 'lid' })).toEqual([
      'LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET: set both to enable linkedin sign-in, or neither',
    ]);
  });

  it('refuses a public URL with a path and hides an SMTP URL in errors', () => {
    expect(problemsOf({ CHARTER_PUBLIC_URL: 'https://x.io/app' })[0]).toMatch(
      /^CHARTER_PUBLIC_URL: expected an origin/,
    );
    expect(problemsOf({ SMTP_URL: 'http://u:pw@mail' })).toEqual([
      'SMTP_URL: expected an smtp:// or smtps:// URL, got "[hidden]"',
    ]);
  });
});

describe('loadConfig: per-address rate limits', () => {
  it('defaults to limits a 200-person office behind one address does not reach', () => {
    const limits = loadConfig({}).rateLimits;
    // Five attempts each for 200 people (a typo, a refused password, a second device).
    for (const bucket of ['login', 'mfa', 'register', 'verification-resend', 'password-reset'] as const) {
      expect(limits[bucket].max, bucket).toBeGreaterThanOrEqual(200 * 5);
    }
    expect(limits.login.windowSeconds).toBe(900);
    expect(limits.register.windowSeconds).toBe(3600);
    expect(limits.setup).toEqual({ windowSeconds: 900, max: 20 });
    // Checked as a password is typed: ten a minute per person, for 60 people typing at once.
    expect(limits['password-check']).toEqual({ windowSeconds: 60, max: 600 });
  });

  it('takes each limit from its CHARTER_RATE_LIMIT_* variable, keeping the window', () => {
    const limits = loadConfig({
      CHARTER_RATE_LIMIT_LOGIN: '40',
      CHARTER_RATE_LIMIT_REGISTER: '5000',
      CHARTER_RATE_LIMIT_MFA: '7',
      CHARTER_RATE_LIMIT_VERIFICATION_RESEND: '8',
      CHARTER_RATE_LIMIT_PASSWORD_RESET: '9',
      CHARTER_RATE_LIMIT_PASSWORD_CHECK: '10',
    }).rateLimits;
    expect(limits).toMatchObject({
      login: { windowSeconds: 900, max: 40 },
      register: { windowSeconds: 3600, max: 5000 },
      mfa: { max: 7 },
      'verification-resend': { max: 8 },
      'password-reset': { max: 9 },
      'password-check': { windowSeconds: 60, max: 10 },
    });
  });

  it.each(['0', '-5', '2.5', 'many', '1000001'])(
    'refuses CHARTER_RATE_LIMIT_LOGIN=%j, naming it',
    (value) => {
      expect(problemsOf({ CHARTER_RATE_LIMIT_LOGIN: value })).toEqual([
        `CHARTER_RATE_LIMIT_LOGIN: expected a whole number of requests from 1 to 1000000, got "${value}"`,
      ]);
    },
  );
});
