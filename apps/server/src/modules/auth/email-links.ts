import { createHash } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { AppContext } from '../../context.js';
import { invalidToken } from './better-auth-bridge.js';

/** A confirmation link held for its one use while better-auth acts on it. */
export interface EmailLinkClaim {
  /** What the link does: confirm an address, approve an email change, or confirm the new address. */
  purpose: 'confirm' | 'approve-change' | 'confirm-change';
  /** Gives the use back: better-auth refused the link or failed, so it did nothing. */
  release(): Promise<void>;
}

interface LinkPayload {
  email: string;
  updateTo?: string;
  requestType?: string;
  exp: number;
}

/**
 * Claims a mailed confirmation link (confirm an address, approve or confirm an email change) for
 * its one use. better-auth signs these links and remembers none of them, so the first use leaves a
 * row in PostgreSQL (the same on every node); a second use, a forged or expired link, and a link
 * that confirms an address already confirmed all get the one answer of an unknown link.
 */
export async function claimEmailLink(ctx: AppContext, token: string): Promise<EmailLinkClaim> {
  const payload = await verifiedPayload(ctx, token);
  if (!payload || (!payload.updateTo && (await isConfirmed(ctx, payload.email)))) throw invalidToken();
  const db = ctx.database.db;
  await db.deleteFrom('email_link_use').where('expires_at', '<=', ctx.clock.now()).execute();
  // The signed part is hashed, not the whole token: another spelling of the same signature is no new link.
  const tokenHash = createHash('sha256')
    .update(token.slice(0, token.lastIndexOf('.')))
    .digest('hex');
  const claimed = await db
    .insertInto('email_link_use')
    .values({ token_hash: tokenHash, expires_at: new Date(payload.exp * 1000) })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if ((claimed.numInsertedOrUpdatedRows ?? 0n) === 0n) throw invalidToken();
  return {
    purpose: !payload.updateTo
      ? 'confirm'
      : payload.requestType === 'change-email-confirmation'
        ? 'approve-change'
        : 'confirm-change',
    release: async () => {
      await db.deleteFrom('email_link_use').where('token_hash', '=', tokenHash).execute();
    },
  };
}

// The payload of a link better-auth signed and that has not expired; null for anything else.
async function verifiedPayload(ctx: AppContext, token: string): Promise<LinkPayload | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(ctx.config.secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
      currentDate: ctx.clock.now(),
    });
    if (typeof payload.email !== 'string' || typeof payload.exp !== 'number') return null;
    const updateTo = typeof payload.updateTo === 'string' ? payload.updateTo : undefined;
    const requestType = typeof payload.requestType === 'string' ? payload.requestType : undefined;
    return {
      email: payload.email,
      exp: payload.exp,
      ...(updateTo ? { updateTo } : {}),
      ...(requestType ? { requestType } : {}),
    };
  } catch {
    return null;
  }
}

async function isConfirmed(ctx: AppContext, email: string): Promise<boolean> {
  const account = await ctx.database.db
    .selectFrom('account')
    .select('email_verified')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return account?.email_verified === true;
}
