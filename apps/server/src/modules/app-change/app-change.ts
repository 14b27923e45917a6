import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { tenancyErrors } from '../tenancy/tenancy.errors.js';
import type { AppActor } from './app-actor.js';
import { bumpPolicyVersion } from './policy-version.js';

/** One change inside an app, as the audit log keeps it. */
export interface AppChange {
  action: string;
  target: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
}

/** Records a change inside an app; pass the transaction so the entry stands or falls with it. */
export async function recordAppChange(
  ctx: AppContext,
  actor: AppActor,
  change: AppChange,
  db: Kysely<DatabaseSchema>,
): Promise<void> {
  await recordAuditEvent(
    ctx,
    {
      action: change.action,
      outcome: 'success',
      actor: actor.audit,
      target: change.target,
      companyId: actor.access.companyId,
      appId: actor.access.appId,
      source: actor.source,
      details: { before: change.before ?? null, after: change.after ?? null, ...change.details },
    },
    db,
  );
}

/**
 * Runs a change to an app in one transaction. A delegation-ceiling refusal rolls it back and is
 * then audited as denied: the refusal is kept, the attempted change is not.
 */
export async function changeApp<T>(
  ctx: AppContext,
  actor: AppActor,
  attempt: { action: string; target: { type: string; id: string } },
  work: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.database.db.transaction().execute(async (trx) => {
      // Roles, rights and app users feed the permission engine: move the policy version on first,
      // which also takes the app's lock for the rest of the change.
      await bumpPolicyVersion(trx, actor.access.appId);
      return work(trx);
    });
  } catch (error) {
    if (error instanceof AppError && error.code === tenancyErrors.DELEGATION_CEILING.code) {
      await recordAuditEvent(ctx, {
        action: attempt.action,
        outcome: 'denied',
        actor: actor.audit,
        target: attempt.target,
        companyId: actor.access.companyId,
        appId: actor.access.appId,
        source: actor.source,
        details: { reason: 'delegation_ceiling', missing: error.details?.missing ?? [] },
      });
    }
    throw error;
  }
}

/** Whether a database error is a unique-constraint violation (a key taken by a concurrent writer). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
