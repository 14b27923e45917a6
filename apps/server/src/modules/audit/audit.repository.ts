import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';

/** What a reader of the audit log narrows it by; `before` is a decoded cursor. */
export interface AuditLogFilter {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  limit: number;
  before?: { at: Date; id: string };
}

/**
 * One page of a company's audit entries, newest first, with the actor's email. Reads one row past
 * the limit so the caller knows whether another page follows.
 */
export async function listAuditEvents(db: Kysely<DatabaseSchema>, companyId: string, filter: AuditLogFilter) {
  let query = db
    .selectFrom('audit_event')
    .leftJoin('account', 'account.id', 'audit_event.actor_account_id')
    .selectAll('audit_event')
    .select('account.email as actor_email')
    .where('audit_event.company_id', '=', companyId)
    .orderBy('audit_event.occurred_at', 'desc')
    .orderBy('audit_event.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.action) {
    // An action ending in "." is a prefix; LIKE's wildcards in it are matched literally.
    query = filter.action.endsWith('.')
      ? query.where('audit_event.action', 'like', `${filter.action.replace(/[\\%_]/g, '\\$&')}%`)
      : query.where('audit_event.action', '=', filter.action);
  }
  if (filter.actor) query = query.where('audit_event.actor_account_id', '=', filter.actor);
  if (filter.targetType) query = query.where('audit_event.target_type', '=', filter.targetType);
  if (filter.targetId) query = query.where('audit_event.target_id', '=', filter.targetId);
  if (filter.from) query = query.where('audit_event.occurred_at', '>=', new Date(filter.from));
  if (filter.to) query = query.where('audit_event.occurred_at', '<', new Date(filter.to));
  const before = filter.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('audit_event.occurred_at', '<', before.at),
        eb.and([eb('audit_event.occurred_at', '=', before.at), eb('audit_event.id', '<', before.id)]),
      ]),
    );
  }
  return query.execute();
}
