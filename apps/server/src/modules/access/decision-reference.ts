// Denied requests carry a reference; the app's builders resolve it to the explanation for 24 hours.
// A denial costs one insert (its audit entry, DESIGN.md §7); the explanation is computed when a
// builder asks, from the principal as it was, so a flood of refused requests stays cheap.
import { randomBytes } from 'node:crypto';
import { ACTIONS, type Action, type Principal } from '@charter/policy';
import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import type { DeniedRequest } from '../records/record-denials.js';
import type { RecordScope } from '../records/record-scope.js';
import { explainForPrincipal } from './explain.service.js';

const LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Records a denial under a new reference; missing and unreadable records get one alike. */
export async function referenceDenial(scope: RecordScope, denied: DeniedRequest): Promise<string> {
  const { ctx, policy, principal, collection } = scope;
  const reference = `ref_${randomBytes(12).toString('base64url')}`;
  await recordAuditEvent(ctx, {
    action: 'data.denied',
    outcome: 'denied',
    actor: { accountId: principal.id, impersonatorId: denied.impersonatorId ?? null },
    appId: policy.appId,
    target: { type: 'record', id: denied.recordId ?? collection },
    source: denied.source,
    details: {
      reference,
      method: denied.method,
      action: denied.action,
      collection,
      recordId: denied.recordId ?? null,
      policyVersion: policy.version,
      // The principal as it was: roles or attributes changed since do not rewrite the explanation.
      principal: {
        roles: principal.roles,
        rights: principal.rights,
        internal: principal.internal,
        builder: principal.builder,
        allData: principal.allData,
        userAttributes: principal.attributes,
      },
    },
  });
  return reference;
}

interface DenialDetails {
  method: string;
  action: Action;
  collection: string;
  recordId: string | null;
  policyVersion: number;
  principal: Omit<Principal, 'id' | 'email' | 'attributes'> & { userAttributes: Record<string, unknown> };
}

/**
 * The explanation behind a reference, for the builders of the app it was made in; expired or
 * foreign references are 404. Rules and record are evaluated as they are now; `policyChanged`
 * says when the rules are not those of the denial.
 */
export async function resolveDecisionReference(
  ctx: AppContext,
  engines: PolicyEngines,
  appId: string,
  reference: string,
) {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const row = await db
    .selectFrom('audit_event')
    .select(['occurred_at', 'actor_account_id', 'impersonator_account_id', 'details'])
    .where('action', '=', 'data.denied')
    .where(sql<string>`details ->> 'reference'`, '=', reference)
    .where('app_id', '=', appId)
    .where('occurred_at', '>', new Date(now.getTime() - LIFETIME_MS))
    .executeTakeFirst();
  const details = row?.details as unknown as DenialDetails | undefined;
  if (!row || !details || !ACTIONS.includes(details.action)) throw notFound('reference');
  const ids = [row.actor_account_id, row.impersonator_account_id].filter((id): id is string => id !== null);
  const users = await db.selectFrom('account').select(['id', 'email']).where('id', 'in', ids).execute();
  const who = (id: string | null) => (id ? (users.find((u) => u.id === id) ?? { id, email: null }) : null);
  const user = who(row.actor_account_id);
  const { userAttributes, ...flags } = details.principal;
  const principal: Principal = {
    ...flags,
    id: row.actor_account_id,
    email: user?.email ?? null,
    attributes: userAttributes,
    anonymous: false,
  };
  const policy = await engines.forApp(appId);
  const explained = await explainForPrincipal(db, policy, {
    principal,
    action: details.action,
    collection: details.collection,
    record: details.recordId ?? undefined,
    now: now.getTime(),
  });
  return {
    reference,
    createdAt: row.occurred_at.toISOString(),
    expiresAt: new Date(row.occurred_at.getTime() + LIFETIME_MS).toISOString(),
    user,
    viewedAsBy: who(row.impersonator_account_id),
    method: details.method,
    action: details.action,
    collection: details.collection,
    recordId: details.recordId,
    policyChanged: details.policyVersion !== policy.version,
    ...explained,
  };
}
