import type { AccountStatus, PlatformRole } from '../db/schema.js';

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
  /** When the session ends; unset for an API key. */
  expiresAt?: Date;
  /** Set while a builder views an app as this account (DESIGN.md §7): who is really calling. */
  viewAs?: ViewAs | null;
}

/** A view-as session in force on this request. */
export interface ViewAs {
  id: string;
  appId: string;
  /** The builder who started it; `account` above is the user viewed as. */
  callerId: string;
  targetId: string;
  allowWrites: boolean;
  expiresAt: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every route that is not public. */
    auth: Authentication | null;
  }
}
