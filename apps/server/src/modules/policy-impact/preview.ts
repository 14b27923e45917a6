// A change previewed: applied in a transaction, measured, and rolled back. Nothing is saved.
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import type { Preview } from '../app-change/change-preview.js';
import { bumpPolicyVersion } from '../app-change/policy-version.js';
import { lintPages } from '../pages/page-lint.js';
import { listPageRows, type PageRow } from '../pages/pages.repository.js';
import { loadStoredPolicy } from '../rules/stored-policy.js';
import { computeImpact, type PolicySnapshot } from './impact.js';
import { loadMemberships } from './impact-users.js';

/** The app's policy as the database holds it, with who holds which role. */
export async function loadPolicySnapshot(db: Kysely<DatabaseSchema>, appId: string): Promise<PolicySnapshot> {
  const [stored, memberships] = await Promise.all([loadStoredPolicy(db, appId), loadMemberships(db, appId)]);
  return { ...stored, memberships };
}

// Thrown to leave the transaction: rolling back is the only way out of a preview.
class PreviewOutcome<T> extends Error {
  constructor(readonly outcome: Preview<T>) {
    super('preview rolled back');
  }
}

/**
 * Runs `apply` exactly as a real change would (same checks, same errors) inside a transaction,
 * computes the impact on the data as it stands, then rolls everything back: rules, roles,
 * memberships, the policy version and the audit entry alike.
 */
export async function previewChange<T>(
  ctx: AppContext,
  appId: string,
  apply: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<Preview<T>> {
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      // The same lock a real change takes, so the preview measures against a stable policy.
      await bumpPolicyVersion(trx, appId);
      const before = await loadPolicySnapshot(trx, appId);
      const pagesBefore = await listPageRows(trx, appId);
      const result = await apply(trx);
      const after = await loadPolicySnapshot(trx, appId);
      throw new PreviewOutcome({
        result,
        impact: await computeImpact(trx, appId, before, after, ctx.clock.now()),
        pageWarnings: newlyEmptyPages(pagesBefore, before, await listPageRows(trx, appId), after),
      });
    });
  } catch (error) {
    if (error instanceof PreviewOutcome) return error.outcome as Preview<T>;
    throw error;
  }
  throw new Error('a preview always rolls back');
}

// The pages a change leaves showing nothing to a role they are shown to, that showed something before.
function newlyEmptyPages(
  pagesBefore: readonly PageRow[],
  before: PolicySnapshot,
  pagesAfter: readonly PageRow[],
  after: PolicySnapshot,
) {
  const empty = (pages: readonly PageRow[], snapshot: PolicySnapshot) =>
    lintPages(pages, snapshot.schema, snapshot.ruleSet).filter((w) => w.code === 'PAGE_SHOWS_NOTHING');
  const known = new Set(empty(pagesBefore, before).map((w) => `${w.page}\u0000${w.role}`));
  return empty(pagesAfter, after)
    .filter((w) => !known.has(`${w.page}\u0000${w.role}`))
    .map(({ code, message }) => ({ code, message }));
}
