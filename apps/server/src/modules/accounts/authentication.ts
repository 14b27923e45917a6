import type { AccountStatus, PlatformRole } from '../../db/schema.js';

/** The account behind a request, as every route sees it. */
export interface AuthenticatedAccount {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  status: AccountStatus;
  platformRole: PlatformRole | null;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
}

/** Who is calling and how they proved it. */
export interface Authentication {
  account: AuthenticatedAccount;
  method: 'session' | 'apiKey';
  sessionId: string | null;
  apiKeyId: string | null;
  /** What an API key may do; null for a session, which may do what the account may. */
  scopes: string[] | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every route that is not public. */
    auth: Authentication | null;
  }
}
