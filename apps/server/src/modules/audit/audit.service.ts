import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { AuditOutcome, DatabaseSchema } from '../../db/schema.js';
import type { RequestSource } from '../../http/request-source.js';

/** Who acted: the account, the API key it used, and the builder viewing as it, if any. */
export interface AuditActor {
  accountId: string | null;
  apiKeyId?: string | null;
  impersonatorId?: string | null;
}

/** One thing that happened. `details` is free-form but never holds a secret. */
export interface AuditEventInput {
  action: string;
  outcome: AuditOutcome;
  actor?: AuditActor;
  subjectEmail?: string | null;
  target?: { type: string; id: string };
  companyId?: string | null;
  appId?: string | null;
  source?: RequestSource;
  details?: Record<string, unknown>;
}

// A key that looks like a credential is dropped, whatever the caller passed.
const SECRET_KEY = /password|token|secret|code|cookie|authorization|hash/i;

/** Removes credential-like keys at any depth. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !SECRET_KEY.test(key))
        .map(([key, v]) => [key, withoutSecrets(v)]),
    );
  }
  return value;
}

/** Appends an event; pass a transaction to make it part of the change it records. */
export async function recordAuditEvent(
  ctx: AppContext,
  event: AuditEventInput,
  db: Kysely<DatabaseSchema> = ctx.database.db,
): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      occurred_at: ctx.clock.now(),
      action: event.action,
      outcome: event.outcome,
      actor_account_id: event.actor?.accountId ?? null,
      actor_api_key_id: event.actor?.apiKeyId ?? null,
      impersonator_account_id: event.actor?.impersonatorId ?? null,
      subject_email: event.subjectEmail ?? null,
      target_type: event.target?.type ?? null,
      target_id: event.target?.id ?? null,
      company_id: event.companyId ?? null,
      app_id: event.appId ?? null,
      ip_address: event.source?.ip ?? null,
      user_agent: event.source?.userAgent?.slice(0, 512) ?? null,
      request_id: event.source?.requestId ?? null,
      details: JSON.stringify(withoutSecrets(event.details ?? {})),
    })
    .execute();
}
