import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/app-error.js';
import { findAccount, insertPasswordAccount } from '../accounts/accounts.repository.js';
import type { AuthenticatedAccount } from '../accounts/authentication.js';
import { assertAcceptablePassword } from '../accounts/password-errors.js';
import { hashPassword } from '../accounts/password-hash.js';
import { type RequestSource, recordAuditEvent } from '../audit/audit.service.js';

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

/**
 * On a first run, issues a fresh one-time setup token (stored hashed) and returns it for the
 * operator; once an owner exists, returns null. There are never default credentials.
 */
export async function issueSetupToken(ctx: AppContext): Promise<string | null> {
  if (!(await isSetupRequired(ctx))) {
    await ctx.database.db
      .updateTable('instance')
      .set({ setup_token_hash: null, setup_token_expires_at: null })
      .execute();
    return null;
  }
  const token = randomBytes(24).toString('base64url');
  const expires = new Date(ctx.clock.now().getTime() + TOKEN_HOURS * 3600_000);
  await ctx.database.db
    .updateTable('instance')
    .set({ setup_token_hash: sha256(token), setup_token_expires_at: expires })
    .execute();
  return token;
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
    if (!valid) throw new AppError(403, 'INVALID_SETUP_TOKEN', 'The setup token is wrong, used or expired.');
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
