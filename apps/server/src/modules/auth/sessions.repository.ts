import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';

// No session has this id: "end the others" from a request without a session ends them all.
const NO_SESSION = '00000000-0000-0000-0000-000000000000';

/** An account's sessions that have not expired, newest first. */
export async function listLiveSessions(db: Kysely<DatabaseSchema>, accountId: string, now: Date) {
  return db
    .selectFrom('account_session')
    .select(['id', 'created_at', 'expires_at', 'ip_address', 'user_agent'])
    .where('account_id', '=', accountId)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Ends one of an account's sessions; false when the account has no session with that id. */
export async function deleteAccountSession(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  sessionId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('account_session')
    .where('id', '=', sessionId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

/** Ends every session of an account but the one kept; answers how many ended. */
export async function deleteOtherSessions(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  keptSessionId: string | null,
): Promise<number> {
  const result = await db
    .deleteFrom('account_session')
    .where('account_id', '=', accountId)
    .where('id', '!=', keptSessionId ?? NO_SESSION)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends the session a token belongs to, if any. */
export async function deleteSessionByToken(db: Kysely<DatabaseSchema>, token: string): Promise<void> {
  await db.deleteFrom('account_session').where('token', '=', token).execute();
}

/** The account a session token belongs to, if the session exists. */
export async function findSessionAccountId(
  db: Kysely<DatabaseSchema>,
  token: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('account_session')
    .select('account_id')
    .where('token', '=', token)
    .executeTakeFirst();
  return row?.account_id;
}
