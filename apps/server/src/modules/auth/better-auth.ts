import { APIError, betterAuth } from 'better-auth';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { decodeJwt } from 'jose';
import type { AppContext } from '../../context.js';
import {
  changeEmailMail,
  confirmNewEmailMail,
  registrationAttemptMail,
  resetPasswordMail,
  verifyEmailMail,
} from '../../mail/templates.js';
import type { OidcProviderConfig } from './identity-providers.js';
import { hashPassword, verifyPassword } from './password-hash.js';

/** Sessions last a week and slide by a day; revocation is immediate because every request reads the row. */
/** How long a session lasts, and after how long a request extends it (better-auth's sliding refresh). */
export const SESSION_SECONDS = 7 * 24 * 3600;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 3600;

/** The header that carries the client address Fastify computed (trusted-proxy aware) into better-auth. */
export const CLIENT_IP_HEADER = 'x-charter-client-ip';

/**
 * Builds the better-auth instance on Charter's own pool and tables. better-auth owns the
 * protocol work (credentials, verification tokens, OAuth/OIDC, TOTP); Charter's accounts module
 * wraps it with its routes, policies and error contract.
 */
export function createAuth(ctx: AppContext, oidcProviders: OidcProviderConfig[]) {
  const { config, mailer } = ctx;
  return betterAuth({
    appName: 'Charter',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.secret,
    trustedOrigins: config.trustedOrigins,
    database: { db: ctx.database.db, type: 'postgres' },
    logger: {
      level: 'warn',
      log: (level, message) => ctx.logger[level]({ component: 'auth' }, message),
    },
    user: {
      modelName: 'account',
      fields: snakeCase('emailVerified', 'createdAt', 'updatedAt'),
      additionalFields: {
        status: { type: 'string', input: false, defaultValue: 'active' },
        mustChangePassword: {
          type: 'boolean',
          input: false,
          defaultValue: false,
          fieldName: 'must_change_password',
        },
        platformRole: { type: 'string', input: false, required: false, fieldName: 'platform_role' },
      },
      changeEmail: {
        enabled: true,
        sendChangeEmailConfirmation: async ({ user, newEmail, url }) => {
          await mailer.send(changeEmailMail(user.email, newEmail, url));
        },
      },
    },
    account: {
      modelName: 'account_identity',
      fields: {
        ...snakeCase(
          'providerId',
          'accessToken',
          'refreshToken',
          'idToken',
          'accessTokenExpiresAt',
          'refreshTokenExpiresAt',
          'createdAt',
          'updatedAt',
        ),
        accountId: 'subject',
        userId: 'account_id',
      },
      // Link an external identity to an existing account only when both sides proved the email.
      accountLinking: {
        enabled: true,
        trustedProviders: [],
        requireLocalEmailVerified: true,
        allowDifferentEmails: false,
      },
    },
    session: {
      modelName: 'account_session',
      fields: {
        ...snakeCase('expiresAt', 'createdAt', 'updatedAt', 'ipAddress', 'userAgent'),
        userId: 'account_id',
      },
      expiresIn: SESSION_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
      cookieCache: { enabled: false },
    },
    // Tokens are stored as SHA-256 hashes: a copy of the database opens no reset or verification link.
    verification: {
      modelName: 'auth_verification',
      fields: snakeCase('expiresAt', 'createdAt', 'updatedAt'),
      storeIdentifier: 'hashed',
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: config.requireEmailVerification,
      autoSignIn: false,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send(resetPasswordMail(user.email, url));
      },
      onExistingUserSignUp: async ({ user }) => {
        await mailer.send(registrationAttemptMail(user.email));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      expiresIn: 24 * 3600,
      autoSignInAfterVerification: false,
      sendVerificationEmail: async ({ user, url, token }) => {
        // The same link confirms a new account's address and the new address of an email change; say which.
        await mailer.send(
          isEmailChange(token)
            ? confirmNewEmailMail(user.email, user.name, url)
            : verifyEmailMail(user.email, user.name, url),
        );
      },
    },
    socialProviders: socialProviderOptions(config.socialProviders),
    plugins: [
      twoFactor({
        issuer: 'Charter',
        schema: {
          user: { fields: snakeCase('twoFactorEnabled') },
          twoFactor: {
            modelName: 'account_mfa',
            fields: {
              ...snakeCase('backupCodes', 'failedVerificationCount', 'lockedUntil'),
              userId: 'account_id',
            },
          },
        },
        accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 900 },
      }),
      genericOAuth({ config: oidcProviders.map(toGenericOAuthConfig) }),
    ],
    rateLimit: { enabled: false }, // Charter's own limits, shared by every node, apply instead.
    advanced: {
      cookiePrefix: 'charter',
      useSecureCookies: config.publicUrl.startsWith('https://'),
      database: { generateId: 'uuid' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    databaseHooks: {
      session: {
        create: {
          // The last gate before any session exists, whatever the sign-in method.
          before: async (session) => {
            const account = await ctx.database.db
              .selectFrom('account')
              .select(['status', 'email_verified'])
              .where('id', '=', String(session.userId))
              .executeTakeFirst();
            if (account?.status !== 'active') {
              throw new APIError('FORBIDDEN', {
                code: 'ACCOUNT_DISABLED',
                message: 'This account is not active.',
              });
            }
            if (config.requireEmailVerification && !account.email_verified) {
              throw new APIError('FORBIDDEN', {
                code: 'EMAIL_NOT_VERIFIED',
                message: 'Email is not verified',
              });
            }
          },
        },
      },
    },
  });
}

// better-auth names columns in camelCase; Charter's tables use snake_case like the rest of the schema.
function snakeCase<K extends string>(...fields: K[]): Record<K, string> {
  return Object.fromEntries(
    fields.map((f) => [f, f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]),
  ) as Record<K, string>;
}

/** The better-auth instance type, for the modules that call it. */
export type CharterAuth = ReturnType<typeof createAuth>;

function socialProviderOptions(providers: AppContext['config']['socialProviders']) {
  const { google, microsoft, linkedin, facebook } = providers;
  return {
    ...(google ? { google: { ...google, prompt: 'select_account' as const } } : {}),
    ...(microsoft ? { microsoft: { ...microsoft, tenantId: 'common' } } : {}),
    ...(linkedin ? { linkedin } : {}),
    ...(facebook ? { facebook } : {}),
  };
}

function toGenericOAuthConfig(provider: OidcProviderConfig) {
  return {
    providerId: provider.providerId,
    discoveryUrl: `${provider.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    scopes: ['openid', 'email', 'profile'],
    pkce: true,
    requireIdTokenVerification: true,
  };
}

// The token is one better-auth just signed; only its purpose is read here.
function isEmailChange(token: string): boolean {
  try {
    return decodeJwt(token).requestType === 'change-email-verification';
  } catch {
    return false;
  }
}
