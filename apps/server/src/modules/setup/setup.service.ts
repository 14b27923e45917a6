import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { AuthenticatedAccount } from '../../http/authentication.js';
import type { RequestSource } from '../../http/request-source.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { findAccount, insertPasswordAccount } from '../auth/accounts.repository.js';
import { assertAcceptablePassword } from '../auth/password-errors.js';
import { hashPassword } from '../auth/password-hash.js';
import { setupErrors } from './setup.errors.js';

const TOKEN_HOURS = 24;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whether the platform still has no owner: the first run. */
export async function isSetupRequired(ctx: AppContext): Promise<boolean> {
  const owner = await ctx.database.db
    .selectFrom('account')
    .select('id')
    .where('platform_role', '=', 'owner')
    .executeTakeFirst();
  return !owner;
}

/** What a starting node has to say about the first-run setup link. */
export type SetupLink =
  | { kind: 'none' } // an owner exists
  | { kind: 'token'; token: string; expiresAt: Date }
  | { kind: 'elsewhere'; expiresAt: Date }; // a link this node cannot reproduce is still valid

/**
 * The setup token is derived from the secret and its expiry time, and only its hash is stored:
 * every node with the same `CHARTER_SECRET` can print the one valid link, and a database dump
 * alone does not reveal it.
 */
function deriveSetupToken(secret: string, expiresAt: Date): string {
  return createHmac('sha256', secret)
    .update(`charter setup token ${expiresAt.toISOString()}`)
    .digest('base64url');
}

/**
 * On a first run, makes sure one setup token is valid and returns it for the operator; once an
 * owner exists, voids it. There are never default credentials.
 *
 * A new token is written only where none is valid (one conditional update: on PostgreSQL a
 * concurrent writer waits for the row and then sees the other node's token), so nodes starting
 * together, and restarts within the 24 hours, all print the same link. A valid token this node
 * cannot reproduce (written with another secret) is left alone: it is reported, never replaced.
 */
export async function ensureSetupLink(ctx: AppContext): Promise<SetupLink> {
  if (!(await isSetupRequired(ctx))) {
    await ctx.database.db
      .updateTable('instance')
      .set({ setup_token_hash: null, setup_token_expires_at: null })
      .execute();
    return { kind: 'none' };
  }
  const now = ctx.clock.now();
  const expires = new Date(now.getTime() + TOKEN_HOURS * 3600_000);
  await ctx.database.db
    .updateTable('instance')
    .set({
      setup_token_hash: sha256(deriveSetupToken(ctx.config.secret, expires)),
      setup_token_expires_at: expires,
    })
    .where((eb) => eb.or([eb('setup_token_hash', 'is', null), eb('setup_token_expires_at', '<=', now)]))
    .execute();
  const stored = await ctx.database.db
    .selectFrom('instance')
    .select(['setup_token_hash', 'setup_token_expires_at'])
    .executeTakeFirstOrThrow();
  if (!stored.setup_token_hash || !stored.setup_token_expires_at) {
    // An owner was created between the two statements.
    return { kind: 'none' };
  }
  const expiresAt = new Date(stored.setup_token_expires_at);
  const token = deriveSetupToken(ctx.config.secret, expiresAt);
  return sha256(token) === stored.setup_token_hash
    ? { kind: 'token', token, expiresAt }
    : { kind: 'elsewhere', expiresAt };
}

/** The setup token to print, or null when there is none this node can print. */
export async function issueSetupToken(ctx: AppContext): Promise<string | null> {
  const link = await ensureSetupLink(ctx);
  return link.kind === 'token' ? link.token : null;
}

/** Creates the first platform owner with the setup token. Works once; the token is then void. */
export async function completeSetup(
  ctx: AppContext,
  input: { token: string; email: string; name: string; password: string },
  source: RequestSource,
): Promise<AuthenticatedAccount> {
  assertAcceptablePassword(input.password, 'password', { email: input.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  const accountId = await ctx.database.db.transaction().execute(async (trx) => {
    // The row lock serialises two setups racing with the same token.
    const instance = await sql<{ setup_token_hash: string | null; setup_token_expires_at: Date | null }>`
      select setup_token_hash, setup_token_expires_at from instance for update`.execute(trx);
    const row = instance.rows[0];
    const valid =
      row?.setup_token_hash &&
      row.setup_token_expires_at &&
      row.setup_token_expires_at > ctx.clock.now() &&
      timingSafeEqual(Buffer.from(row.setup_token_hash, 'hex'), Buffer.from(sha256(input.token), 'hex'));
    if (!valid) throw setupErrors.INVALID_SETUP_TOKEN();
    const accountId = await insertPasswordAccount(trx, {
      email: input.email,
      name: input.name,
      passwordHash,
      emailVerified: true,
      platformRole: 'owner',
    });
    await trx.updateTable('instance').set({ setup_token_hash: null, setup_token_expires_at: null }).execute();
    await recordAuditEvent(
      ctx,
      {
        action: 'platform.owner_created',
        outcome: 'success',
        actor: { accountId },
        target: { type: 'account', id: accountId },
        subjectEmail: input.email,
        source,
        details: { method: 'setup_token' },
      },
      trx,
    );
    return accountId;
  });
  return (await findAccount(ctx.database.db, { id: accountId }))!;
}
