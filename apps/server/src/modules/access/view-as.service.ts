// View as another user (DESIGN.md §7, Noloco's "Testing 1..2..3"): a builder sees an app exactly
// as one of its users does, for a bounded time, with a stated reason, read-only by default.
import type { AppContext } from '../../context.js';
import type { ViewAs } from '../../http/authentication.js';
import type { RequestSource } from '../../http/request-source.js';
import { isUuid } from '../../lib/uuid.js';
import { type AuditActor, recordAuditEvent } from '../audit/audit.service.js';
import { findAccount } from '../auth/accounts.repository.js';
import { type AppAccess, holdsAppRight, loadAppAccess } from '../tenancy/tenant-access.js';
import { accessErrors } from './access.errors.js';
import { appUserNotFound } from './explain.service.js';

/** What starting a view asks for. */
export interface ViewAsRequest {
  /** The app user to view as, by account id or email. */
  user: string;
  reason: string;
  minutes: number;
  /** Writes too; only for a caller who may write every record of the app themselves. */
  writes: boolean;
}

/** The builder starting it, from their own browser session. */
export interface ViewAsCaller {
  accountId: string;
  sessionId: string;
  access: AppAccess;
  audit: AuditActor;
  source: RequestSource;
}

/** A view-as as the API shows it. */
export interface ViewAsView {
  id: string;
  appId: string;
  user: { id: string; email: string; name: string };
  caller: { id: string; email: string };
  reason: string;
  writes: boolean;
  startedAt: string;
  expiresAt: string;
}

/**
 * What the target holds that the caller does not: company standing, rights and flags. A company
 * owner holds everything in the company's apps (they could grant it to themselves anyway).
 */
function privilegesMissing(
  caller: AppAccess,
  target: AppAccess,
  targetPlatformRole: string | null,
): string[] {
  if (caller.company?.isOwner) return targetPlatformRole ? [`platform role ${targetPlatformRole}`] : [];
  const missing: string[] = [];
  if (targetPlatformRole) missing.push(`platform role ${targetPlatformRole}`);
  if (target.company?.isOwner) missing.push('company owner');
  for (const right of target.company?.rights ?? []) {
    if (!caller.company?.rights.includes(right)) missing.push(right);
  }
  for (const right of target.permissions.rights) if (!holdsAppRight(caller, right)) missing.push(right);
  for (const flag of ['builder', 'allData', 'internal'] as const) {
    if (target.permissions[flag] && !caller.permissions[flag]) missing.push(`flag ${flag}`);
  }
  return [...new Set(missing)];
}

/**
 * The app user, by account id or email, whom the caller may see the app as: active, not the
 * caller, and holding nothing the caller does not. Starting a view checks this, and so does every
 * other "as this person" (a dashboard preview).
 */
export async function viewableTarget(
  ctx: AppContext,
  caller: { accountId: string; access: AppAccess },
  user: string,
): Promise<{ id: string; email: string; name: string }> {
  const db = ctx.database.db;
  const target = await findAccount(db, isUuid(user) ? { id: user } : { email: user });
  const targetAccess = target ? await loadAppAccess(db, target.id, caller.access.appId) : null;
  if (target?.status !== 'active' || targetAccess?.appUser?.status !== 'active') throw appUserNotFound();
  if (target.id === caller.accountId) {
    throw accessErrors.VIEW_AS_SELF({ field: 'user' });
  }
  const missing = privilegesMissing(caller.access, targetAccess, target.platformRole);
  if (missing.length > 0) {
    throw accessErrors.VIEW_AS_TARGET_MORE_PRIVILEGED({ missing });
  }
  return target;
}

/** Starts viewing the app as `request.user` from the caller's session; refused cases are 4xx. */
export async function startViewAs(
  ctx: AppContext,
  caller: ViewAsCaller,
  request: ViewAsRequest,
): Promise<ViewAsView> {
  const db = ctx.database.db;
  const appId = caller.access.appId;
  const target = await viewableTarget(ctx, caller, request.user);
  if (
    request.writes &&
    !(
      caller.access.company?.isOwner ||
      (caller.access.permissions.allData && holdsAppRight(caller.access, 'app.data.edit'))
    )
  ) {
    throw accessErrors.VIEW_AS_WRITES_NOT_ALLOWED({ field: 'writes' });
  }
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + request.minutes * 60_000);
  const started = await db.transaction().execute(async (trx) => {
    // One view at a time per session: starting another ends the previous one.
    await trx
      .updateTable('view_as_session')
      .set({ ended_at: now })
      .where('caller_session_id', '=', caller.sessionId)
      .where('ended_at', 'is', null)
      .execute();
    const row = await trx
      .insertInto('view_as_session')
      .values({
        app_id: appId,
        caller_account_id: caller.accountId,
        caller_session_id: caller.sessionId,
        target_account_id: target.id,
        reason: request.reason,
        allow_writes: request.writes,
        started_at: now,
        expires_at: expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAuditEvent(
      ctx,
      {
        action: 'view_as.start',
        outcome: 'success',
        actor: caller.audit,
        subjectEmail: target.email,
        target: { type: 'account', id: target.id },
        companyId: caller.access.companyId,
        appId,
        source: caller.source,
        details: { viewAs: row.id, reason: request.reason, minutes: request.minutes, writes: request.writes },
      },
      trx,
    );
    return row;
  });
  const callerAccount = await findAccount(db, { id: caller.accountId });
  return {
    id: started.id,
    appId,
    user: { id: target.id, email: target.email, name: target.name },
    caller: { id: caller.accountId, email: callerAccount?.email ?? '' },
    reason: request.reason,
    writes: request.writes,
    startedAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
}

/** The view-as in force for this session and id, or null (ended, expired, or another session's). */
export async function activeViewAs(ctx: AppContext, sessionId: string, id: string): Promise<ViewAs | null> {
  if (!isUuid(id)) return null;
  const row = await ctx.database.db
    .selectFrom('view_as_session')
    .select(['id', 'app_id', 'caller_account_id', 'target_account_id', 'allow_writes', 'expires_at'])
    .where('id', '=', id)
    .where('caller_session_id', '=', sessionId)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', ctx.clock.now())
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    appId: row.app_id,
    callerId: row.caller_account_id,
    targetId: row.target_account_id,
    allowWrites: row.allow_writes,
    expiresAt: row.expires_at,
  };
}

/** The view-as of this session as the API shows it, or null. */
export async function describeViewAs(
  ctx: AppContext,
  sessionId: string,
  id: string,
): Promise<ViewAsView | null> {
  const active = await activeViewAs(ctx, sessionId, id);
  if (!active) return null;
  const row = await ctx.database.db
    .selectFrom('view_as_session')
    .select(['reason', 'started_at'])
    .where('id', '=', active.id)
    .executeTakeFirstOrThrow();
  const [user, caller] = await Promise.all([
    findAccount(ctx.database.db, { id: active.targetId }),
    findAccount(ctx.database.db, { id: active.callerId }),
  ]);
  return {
    id: active.id,
    appId: active.appId,
    user: { id: active.targetId, email: user?.email ?? '', name: user?.name ?? '' },
    caller: { id: active.callerId, email: caller?.email ?? '' },
    reason: row.reason,
    writes: active.allowWrites,
    startedAt: row.started_at.toISOString(),
    expiresAt: active.expiresAt.toISOString(),
  };
}

/** Ends this session's view-as, if any; the next request is the caller's own again. */
export async function stopViewAs(ctx: AppContext, sessionId: string, source: RequestSource): Promise<void> {
  const ended = await ctx.database.db
    .updateTable('view_as_session')
    .set({ ended_at: ctx.clock.now() })
    .where('caller_session_id', '=', sessionId)
    .where('ended_at', 'is', null)
    .returning(['id', 'app_id', 'caller_account_id', 'target_account_id'])
    .execute();
  for (const row of ended) {
    await recordAuditEvent(ctx, {
      action: 'view_as.stop',
      outcome: 'success',
      actor: { accountId: row.caller_account_id },
      target: { type: 'account', id: row.target_account_id },
      appId: row.app_id,
      source,
      details: { viewAs: row.id },
    });
  }
}
