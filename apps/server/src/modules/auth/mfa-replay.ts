import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.js';

// A TOTP code stays valid for up to three 30-second steps; remembering it a little longer
// than that is enough to refuse every replay.
const REMEMBER_MS = 150_000;

/**
 * Marks a TOTP code as used by this account. Returns false if it was already used: the primary
 * key makes this atomic, so two requests racing with one code cannot both pass.
 */
export async function claimTotpCode(ctx: AppContext, accountId: string, code: string): Promise<boolean> {
  const now = ctx.clock.now();
  const codeHash = createHash('sha256').update(`${accountId}:${code}`).digest('hex');
  await ctx.database.db
    .deleteFrom('mfa_code_use')
    .where('account_id', '=', accountId)
    .where('expires_at', '<=', now)
    .execute();
  const inserted = await ctx.database.db
    .insertInto('mfa_code_use')
    .values({ account_id: accountId, code_hash: codeHash, expires_at: new Date(now.getTime() + REMEMBER_MS) })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
