// Denied requests carry a reference; the app's builders resolve it to the explanation for 24 hours.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import type { DeniedRequest } from '../records/record-denials.js';
import type { RecordScope } from '../records/record-scope.js';
import { explainForPrincipal } from './explain.service.js';

const LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Explains a denial and stores it under a new reference. Missing and unreadable records get one
 * alike, so the reference itself tells the caller nothing the 404 did not.
 */
export async function referenceDenial(scope: RecordScope, denied: DeniedRequest): Promise<string> {
  const { ctx, policy, principal, collection } = scope;
  const explained = await explainForPrincipal(ctx.database.db, policy, {
    principal,
    action: denied.action,
    collection,
    record: denied.recordId,
    now: scope.now,
  });
  const id = `ref_${randomBytes(12).toString('base64url')}`;
  const now = ctx.clock.now();
  const db = ctx.database.db;
  await db.deleteFrom('decision_reference').where('expires_at', '<', now).execute();
  await db
    .insertInto('decision_reference')
    .values({
      id,
      app_id: policy.appId,
      account_id: principal.id!,
      impersonator_account_id: denied.impersonatorId ?? null,
      method: denied.method,
      action: denied.action,
      collection,
      record_id: denied.recordId ?? null,
      explanation: JSON.stringify(explained),
      created_at: now,
      expires_at: new Date(now.getTime() + LIFETIME_MS),
    })
    .execute();
  await recordAuditEvent(ctx, {
    action: 'data.denied',
    outcome: 'denied',
    actor: { accountId: principal.id, impersonatorId: denied.impersonatorId ?? null },
    appId: policy.appId,
    target: { type: 'record', id: denied.recordId ?? collection },
    source: { ip: null, userAgent: null, requestId: denied.requestId },
    details: { reference: id, collection, action: denied.action },
  });
  return id;
}

/** A stored explanation, for the builders of the app it was made in; expired or foreign ones are 404. */
export async function resolveDecisionReference(ctx: AppContext, appId: string, reference: string) {
  const row = await ctx.database.db
    .selectFrom('decision_reference')
    .selectAll()
    .where('id', '=', reference)
    .where('app_id', '=', appId)
    .where('expires_at', '>', ctx.clock.now())
    .executeTakeFirst();
  if (!row) throw notFound('reference');
  const users = await ctx.database.db
    .selectFrom('account')
    .select(['id', 'email'])
    .where('id', 'in', [
      row.account_id,
      ...(row.impersonator_account_id ? [row.impersonator_account_id] : []),
    ])
    .execute();
  const who = (id: string | null) => (id ? (users.find((u) => u.id === id) ?? { id, email: null }) : null);
  return {
    reference: row.id,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    user: who(row.account_id),
    viewedAsBy: who(row.impersonator_account_id),
    method: row.method,
    action: row.action,
    collection: row.collection,
    recordId: row.record_id,
    ...(row.explanation as Record<string, unknown>),
  };
}
