import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { ACCOUNT_COLUMNS } from '../auth/accounts.repository.js';

/**
 * One page of accounts by email, optionally those whose email contains `search`. Reads one row
 * past the limit so the caller knows whether another page follows.
 */
export async function listAccountsByEmail(
  db: Kysely<DatabaseSchema>,
  page: { search?: string; limit: number; after?: string },
) {
  let query = db
    .selectFrom('account')
    .select(ACCOUNT_COLUMNS)
    .orderBy('email')
    .limit(page.limit + 1);
  // LIKE's wildcards in the search are matched literally.
  if (page.search) query = query.where('email', 'ilike', `%${page.search.replace(/[\\%_]/g, '\\$&')}%`);
  if (page.after) query = query.where('email', '>', page.after);
  return query.execute();
}

/** The newest mail in the outbox, optionally only that sent to one address. */
export async function listOutboxMail(db: Kysely<DatabaseSchema>, filter: { to?: string; limit: number }) {
  let query = db.selectFrom('mail_outbox').selectAll().orderBy('created_at', 'desc').limit(filter.limit);
  if (filter.to) query = query.where('to_address', '=', filter.to.toLowerCase());
  return query.execute();
}
