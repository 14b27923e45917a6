import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppActor } from '../app-change/app-actor.js';
import { bumpPolicyVersion } from '../app-change/policy-version.js';
import { isAppStorageProvisioned, provisionAppStorage } from './app-storage.js';

/**
 * Runs one data-model change in one transaction: metadata, DDL and audit entry stand or fall
 * together. The policy version is bumped first; its row lock serialises changes to the app's model.
 * An app created before collections existed gets its storage here, on its first change.
 */
export async function changeDataModel<T>(
  ctx: AppContext,
  actor: AppActor,
  work: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  const appId = actor.access.appId;
  return ctx.database.db.transaction().execute(async (trx) => {
    await bumpPolicyVersion(trx, appId);
    if (!(await isAppStorageProvisioned(trx, appId))) await provisionAppStorage(trx, appId);
    return work(trx);
  });
}
