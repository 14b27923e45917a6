import type { Kysely, Selectable } from 'kysely';
import type { AccountTable, DatabaseSchema } from '../../db/schema.js';
import type { AuthenticatedAccount } from '../../http/authentication.js';

/** The columns an AuthenticatedAccount is read from. */
export const ACCOUNT_COLUMNS = [
  'id',
  'email',
  'name',
  'email_verified',
  'status',
  'platform_role',
  'must_change_password',
  'two_factor_enabled',
] as const;

type AccountRow = Pick<Selectable<AccountTable>, (typeof ACCOUNT_COLUMNS)[number]>;

/** Maps a row to the shape routes use. */
export function toAuthenticatedAccount(row: AccountRow): AuthenticatedAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified,
    status: row.status,
    platformRole: row.platform_role,
    mustChangePassword: row.must_change_password,
    twoFactorEnabled: row.two_factor_enabled,
  };
}

/** Reads one account by id or by email (case-insensitive). */
export async function findAccount(
  db: Kysely<DatabaseSchema>,
  where: { id: string } | { email: string },
): Promise<AuthenticatedAccount | undefined> {
  const query = db.selectFrom('account').select(ACCOUNT_COLUMNS);
  const row = await ('id' in where
    ? query.where('id', '=', where.id)
    : query.where((eb) => eb(eb.fn('lower', ['email']), '=', where.email.toLowerCase()))
  ).executeTakeFirst();
  return row && toAuthenticatedAccount(row);
}

/** Inserts an account with a password credential (the hash), inside the caller's transaction. */
export async function insertPasswordAccount(
  trx: Kysely<DatabaseSchema>,
  input: {
    email: string;
    name: string;
    passwordHash: string;
    emailVerified: boolean;
    mustChangePassword?: boolean;
    platformRole?: 'owner' | 'admin' | null;
  },
): Promise<string> {
  const account = await trx
    .insertInto('account')
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      email_verified: input.emailVerified,
      must_change_password: input.mustChangePassword ?? false,
      platform_role: input.platformRole ?? null,
      image: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // better-auth's credential identity: provider "credential", subject = the account id.
  await trx
    .insertInto('account_identity')
    .values({
      account_id: account.id,
      provider_id: 'credential',
      subject: account.id,
      password: input.passwordHash,
    })
    .execute();
  return account.id;
}

/** Renames an account (its display name, not its email). */
export async function updateAccountName(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  name: string,
  now: Date,
): Promise<void> {
  await db.updateTable('account').set({ name, updated_at: now }).where('id', '=', accountId).execute();
}

/** Lifts the demand to change a temporary password, once a new one is set. */
export async function clearMustChangePassword(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('account')
    .set({ must_change_password: false, updated_at: now })
    .where('id', '=', accountId)
    .execute();
}
