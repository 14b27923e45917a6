import { z } from 'zod';

/** A fixed-window limit: at most `max` requests per `windowSeconds`. */
export interface RateLimitRule {
  windowSeconds: number;
  max: number;
}

/**
 * The per-address limits on the endpoints that guess or send things, with the variable that sets
 * each. They only slow a flood from one address: the per-account limits (a sign-in lock after 10
 * failures for an email, the MFA code lock) are the defence against guessing. The defaults let a
 * 200-person office behind one address onboard at once, each person taking up to five attempts
 * in the window (a typo, a weak password refused, a second device): 200 × 5 = 1,000.
 */
export const ADDRESS_LIMITS = {
  login: { variable: 'CHARTER_RATE_LIMIT_LOGIN', windowSeconds: 900, max: 1000 },
  mfa: { variable: 'CHARTER_RATE_LIMIT_MFA', windowSeconds: 900, max: 1000 },
  register: { variable: 'CHARTER_RATE_LIMIT_REGISTER', windowSeconds: 3600, max: 1000 },
  'verification-resend': {
    variable: 'CHARTER_RATE_LIMIT_VERIFICATION_RESEND',
    windowSeconds: 3600,
    max: 1000,
  },
  'password-reset': { variable: 'CHARTER_RATE_LIMIT_PASSWORD_RESET', windowSeconds: 3600, max: 1000 },
  // Forms ask again after each pause in typing, about ten times a minute per person: 60 people
  // behind one address can type at once. Each check costs milliseconds of CPU, so a flood is bounded.
  'password-check': { variable: 'CHARTER_RATE_LIMIT_PASSWORD_CHECK', windowSeconds: 60, max: 600 },
} as const;

/** The one-time setup link is guessed by nobody legitimate: its limit is fixed. */
const SETUP_LIMIT: RateLimitRule = { windowSeconds: 900, max: 20 };

export type AddressLimitBucket = keyof typeof ADDRESS_LIMITS | 'setup';

const LIMIT_MESSAGE = 'expected a whole number of requests from 1 to 1000000';

/** The environment variables of the per-address limits, for the configuration schema. */
export function rateLimitVariables(): Record<string, z.ZodOptional<z.ZodCoercedNumber>> {
  const count = () =>
    z.coerce
      .number({ error: LIMIT_MESSAGE })
      .int({ error: LIMIT_MESSAGE })
      .min(1, { error: LIMIT_MESSAGE })
      .max(1_000_000, { error: LIMIT_MESSAGE })
      .optional();
  return Object.fromEntries(Object.values(ADDRESS_LIMITS).map((limit) => [limit.variable, count()]));
}

/** Each bucket's rule: its window, and the configured count or the default. */
export function addressLimits(env: Record<string, unknown>): Record<AddressLimitBucket, RateLimitRule> {
  const rules = Object.fromEntries(
    Object.entries(ADDRESS_LIMITS).map(([bucket, limit]) => {
      const configured = env[limit.variable];
      const max = typeof configured === 'number' ? configured : limit.max;
      return [bucket, { windowSeconds: limit.windowSeconds, max }];
    }),
  ) as Record<keyof typeof ADDRESS_LIMITS, RateLimitRule>;
  return { ...rules, setup: SETUP_LIMIT };
}
