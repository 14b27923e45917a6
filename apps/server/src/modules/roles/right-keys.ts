import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { isAppRight } from '../rights/catalogue.js';
import { roleErrors } from './roles.errors.js';

/**
 * Checks that every key names a right that exists in this app: a backoffice app right or one of
 * the app's custom rights. Company rights belong to memberships, not to roles, so they are unknown
 * here. An unknown key is a 400 naming each of them. Returns the keys, deduplicated and sorted.
 */
export async function assertKnownRights(
  db: Kysely<DatabaseSchema>,
  appId: string,
  keys: readonly string[],
  field: string,
): Promise<string[]> {
  const unique = [...new Set(keys)].sort();
  const candidates = unique.filter((k) => !isAppRight(k));
  const custom =
    candidates.length === 0
      ? []
      : await db
          .selectFrom('app_custom_right')
          .select('key')
          .where('app_id', '=', appId)
          .where('key', 'in', candidates)
          .forShare() // held until the caller's transaction ends: the right cannot vanish meanwhile
          .execute();
  const unknown = candidates.filter((k) => !custom.some((c) => c.key === k));
  if (unknown.length > 0) {
    throw roleErrors.UNKNOWN_RIGHTS(unknown.join(', '), {
      unknown,
      issues: [{ location: 'body', field, message: `unknown rights: ${unknown.join(', ')}` }],
    });
  }
  return unique;
}
