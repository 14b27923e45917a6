import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.js';
import type { AccountStatus, PlatformRole } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import type { AuthenticatedAccount } from '../../http/authentication.js';
import { sharedErrors } from '../../http/error-codes.js';
import type { RequestSource } from '../../http/request-source.js';
import { type AuditActor, recordAuditEvent } from '../audit/audit.service.js';
import { findAccount, insertPasswordAccount } from '../auth/accounts.repository.js';
import { authErrors } from '../auth/auth.errors.js';
import { hashPassword } from '../auth/password-hash.js';
import { accountErrors } from './accounts.errors.js';

/** Who performs an administrative change, for the audit log. */
export interface AdminActor {
  account: AuthenticatedAccount;
  source: RequestSource;
}

/** A random temporary password: 20 characters from a 57-symbol alphabet (no look-alikes), ~117 bits. */
export function generateTemporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Creates an account that signs in with a temporary password it must change first
 * (NoCode-X "Create user"). The password is returned once and never stored in clear.
 */
export async function createAccountWithTemporaryPassword(
  ctx: AppContext,
  input: { email: string; name: string; emailVerified: boolean; platformRole?: PlatformRole | null },
  audit: { actor: AuditActor; source?: RequestSource },
): Promise<{ account: AuthenticatedAccount; temporaryPassword: string }> {
  if (await findAccount(ctx.database.db, { email: input.email })) {
    throw authErrors.EMAIL_IN_USE('An account with this email address already exists.', {
      issues: [{ location: 'body', field: 'email', message: 'is already used by an account' }],
    });
  }
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const accountId = await ctx.database.db.transaction().execute(async (trx) => {
    const accountId = await insertPasswordAccount(trx, {
      email: input.email,
      name: input.name,
      passwordHash,
      emailVerified: input.emailVerified,
      mustChangePassword: true,
      platformRole: input.platformRole ?? null,
    });
    await recordAuditEvent(
      ctx,
      {
        action: 'account.created',
        outcome: 'success',
        actor: audit.actor,
        target: { type: 'account', id: accountId },
        subjectEmail: input.email,
        source: audit.source,
        details: {
          after: { email: input.email, name: input.name, platformRole: input.platformRole ?? null },
        },
      },
      trx,
    );
    return accountId;
  });
  return { account: (await findAccount(ctx.database.db, { id: accountId }))!, temporaryPassword };
}

const TRANSITIONS: Record<
  'suspend' | 'reactivate' | 'deactivate',
  { from: AccountStatus[]; to: AccountStatus }
> = {
  suspend: { from: ['active'], to: 'suspended' },
  reactivate: { from: ['suspended', 'deactivated'], to: 'active' },
  deactivate: { from: ['active', 'suspended'], to: 'deactivated' },
};

/**
 * Moves an account through its lifecycle. Suspending or deactivating ends every session at once;
 * API keys stop working on their next use because each use reads the account's status.
 * Deactivation is preferred to deletion: the account's history keeps its author.
 */
export async function changeAccountStatus(
  ctx: AppContext,
  admin: AdminActor,
  accountId: string,
  change: keyof typeof TRANSITIONS,
): Promise<AuthenticatedAccount> {
  const target = await findAccount(ctx.database.db, { id: accountId });
  if (!target) throw notFound('account');
  if (target.id === admin.account.id && change !== 'reactivate') {
    throw accountErrors.CANNOT_CHANGE_OWN_STATUS('You cannot suspend or deactivate your own account.');
  }
  if (target.platformRole === 'owner' && admin.account.platformRole !== 'owner') {
    throw sharedErrors.FORBIDDEN('Only a platform owner can change another owner.');
  }
  const rule = TRANSITIONS[change];
  if (!rule.from.includes(target.status)) {
    throw accountErrors.INVALID_STATUS_CHANGE(target.status, rule.to);
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account')
      .set({ status: rule.to, updated_at: ctx.clock.now() })
      .where('id', '=', accountId)
      .execute();
    if (rule.to !== 'active')
      await trx.deleteFrom('account_session').where('account_id', '=', accountId).execute();
    await recordAuditEvent(
      ctx,
      {
        action: `account.${change}`,
        outcome: 'success',
        actor: { accountId: admin.account.id },
        target: { type: 'account', id: accountId },
        source: admin.source,
        details: { before: { status: target.status }, after: { status: rule.to } },
      },
      trx,
    );
  });
  return (await findAccount(ctx.database.db, { id: accountId }))!;
}

/** Ends every session of another account (an admin's "sign out everywhere"). */
export async function revokeAccountSessions(
  ctx: AppContext,
  admin: AdminActor,
  accountId: string,
): Promise<number> {
  const target = await findAccount(ctx.database.db, { id: accountId });
  if (!target) throw notFound('account');
  const result = await ctx.database.db
    .deleteFrom('account_session')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  const revoked = Number(result.numDeletedRows);
  await recordAuditEvent(ctx, {
    action: 'auth.session.revoked_by_admin',
    outcome: 'success',
    actor: { accountId: admin.account.id },
    target: { type: 'account', id: accountId },
    source: admin.source,
    details: { revoked },
  });
  return revoked;
}
