import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import type { Accounts } from '../accounts/accounts-module.js';
import { authenticate } from '../accounts/authenticate.js';
import { holdsAppRight, loadAppAccess } from '../tenancy/tenant-access.js';

const MANAGE_USERS = 'company.users.manage';

/**
 * Whether the caller of a public route could manage this app's users: a closed app's register form
 * stays readable to them. The same conditions as the tenant guard's for an app route with that right
 * (a usable credential, the right, two-factor where required); any doubt answers no.
 */
export async function callerManagesUsers(
  ctx: AppContext,
  accounts: Accounts,
  request: FastifyRequest,
  reply: FastifyReply,
  appId: string,
): Promise<boolean> {
  const auth = await authenticate(ctx, accounts, request, reply).catch(() => null);
  if (!auth || auth.account.mustChangePassword) return false;
  if (auth.method === 'apiKey' && !auth.scopes?.includes(MANAGE_USERS)) return false;
  const access = await loadAppAccess(ctx.database.db, auth.account.id, appId);
  if (!access || !holdsAppRight(access, MANAGE_USERS)) return false;
  const mfaRequired = Boolean(access.company?.mfaRequired) || access.permissions.forceMfa;
  return !mfaRequired || auth.account.twoFactorEnabled;
}
