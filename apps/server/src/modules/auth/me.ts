import type { z } from 'zod';
import type { AuthenticatedAccount } from '../../http/authentication.js';
import type { meResponse } from './accounts.schema.js';

/** The account as the API shows it to its owner. */
export function toMe(account: AuthenticatedAccount): z.infer<typeof meResponse> {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    emailVerified: account.emailVerified,
    status: account.status,
    platformRole: account.platformRole,
    mustChangePassword: account.mustChangePassword,
    mfa: { enabled: account.twoFactorEnabled },
  };
}
