import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';

/**
 * Bumps the app's policy version inside the change's transaction and returns the new one. Every
 * change that affects permissions (data model, rules, roles) calls it first: the row lock it takes
 * also serialises those changes per app, so a rule is never saved against a field being deleted.
 */
export async function bumpPolicyVersion(trx: Kysely<DatabaseSchema>, appId: string): Promise<number> {
  const row = await trx
    .updateTable('application')
    .set({ policy_version: sql<string>`policy_version + 1` })
    .where('id', '=', appId)
    .returning('policy_version')
    .executeTakeFirst();
  if (!row) throw notFound('application');
  return Number(row.policy_version);
}
