import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import type { AuthenticatedAccount } from '../../http/authentication.js';
import { APP_RIGHT_KEYS, APP_RIGHTS, COMPANY_RIGHT_KEYS, COMPANY_RIGHTS } from '../rights/catalogue.js';
import { roleRights } from '../tenancy/effective-permissions.js';
import { tenancyErrors } from '../tenancy/tenancy.errors.js';
import { managesApps as managesAppsOf } from '../tenancy/tenant-access.js';

const TOKEN_PATTERN = /^chk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const MAX_DAYS = 365;
// Writing last_used_at on every call would turn each read into a write; once a minute is enough.
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The scopes an API key can carry: reading its account, platform administration, and any
 * company or app right (the key may then use that right wherever its account holds it).
 */
export const API_SCOPES: Record<string, string> = {
  'account:read': 'Read the account the key belongs to.',
  'platform:admin': 'Platform administration (only for platform owners and admins).',
  ...COMPANY_RIGHTS,
  ...APP_RIGHTS,
};

/** A key as listed: never its secret. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Scopes the account may hand to a key, the delegation ceiling: what it holds somewhere. */
export async function grantableScopes(ctx: AppContext, account: AuthenticatedAccount): Promise<Set<string>> {
  const scopes = new Set<string>(['account:read']);
  if (account.platformRole) scopes.add('platform:admin');
  const db = ctx.database.db;
  const memberships = await db
    .selectFrom('company_member')
    .select(['is_owner', 'rights'])
    .where('account_id', '=', account.id)
    .execute();
  // Owners and holders of company.apps.manage hold every app backoffice right of the company's apps.
  const managesApps = memberships.some((m) => managesAppsOf({ isOwner: m.is_owner, rights: m.rights }));
  for (const m of memberships)
    for (const right of m.is_owner ? COMPANY_RIGHT_KEYS : m.rights) scopes.add(right);
  if (managesApps) for (const right of APP_RIGHT_KEYS) scopes.add(right);
  const roles = await db
    .selectFrom('app_user_role')
    .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
    .select(['app_role.rights', 'app_role.builder', 'app_role.all_data'])
    .where('app_user_role.account_id', '=', account.id)
    .execute();
  const direct = await db
    .selectFrom('app_user')
    .select('direct_rights')
    .where('account_id', '=', account.id)
    .execute();
  for (const right of [
    ...roles.flatMap((r) => roleRights({ rights: r.rights, builder: r.builder, allData: r.all_data })),
    ...direct.flatMap((d) => d.direct_rights),
  ]) {
    if (right in API_SCOPES) scopes.add(right);
  }
  return scopes;
}

/** Creates a key and returns its token, which is shown this once and stored only as a hash. */
export async function createApiKey(
  ctx: AppContext,
  account: AuthenticatedAccount,
  input: { name: string; scopes: string[]; expiresInDays: number },
): Promise<{ key: ApiKeyInfo; token: string }> {
  const allowed = await grantableScopes(ctx, account);
  const missing = input.scopes.filter((s) => !allowed.has(s));
  if (missing.length > 0) {
    throw tenancyErrors.DELEGATION_CEILING('A key cannot hold scopes its account does not have.', {
      missing,
    });
  }
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(
    ctx.clock.now().getTime() + Math.min(input.expiresInDays, MAX_DAYS) * 86_400_000,
  );
  const row = await ctx.database.db
    .insertInto('api_key')
    .values({
      account_id: account.id,
      name: input.name,
      prefix,
      secret_hash: sha256(secret),
      scopes: JSON.stringify([...new Set(input.scopes)]),
      expires_at: expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { key: toInfo(row), token: `chk_${prefix}_${secret}` };
}

/** The account's keys, newest first. */
export async function listApiKeys(ctx: AppContext, accountId: string): Promise<ApiKeyInfo[]> {
  const rows = await ctx.database.db
    .selectFrom('api_key')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toInfo);
}

/** Revokes one of the account's keys; effective on the key's next use. */
export async function revokeApiKey(ctx: AppContext, accountId: string, keyId: string): Promise<ApiKeyInfo> {
  const row = await ctx.database.db
    .updateTable('api_key')
    .set({ revoked_at: ctx.clock.now() })
    .where('id', '=', keyId)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('API key');
  return toInfo(row);
}

/** Resolves a bearer token to its key and account, or null when it is unknown, expired or revoked. */
export async function verifyApiKey(
  ctx: AppContext,
  token: string,
): Promise<{ keyId: string; accountId: string; scopes: string[] } | null> {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const [, prefix, secret] = match as unknown as [string, string, string];
  const row = await ctx.database.db
    .selectFrom('api_key')
    .selectAll()
    .where('prefix', '=', prefix)
    .executeTakeFirst();
  if (!row) return null;
  const presented = Buffer.from(sha256(secret), 'hex');
  if (!timingSafeEqual(presented, Buffer.from(row.secret_hash, 'hex'))) return null;
  const now = ctx.clock.now();
  if (row.revoked_at || row.expires_at <= now) return null;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_GRANULARITY_MS) {
    await ctx.database.db
      .updateTable('api_key')
      .set({ last_used_at: now })
      .where('id', '=', row.id)
      .execute();
  }
  return { keyId: row.id, accountId: row.account_id, scopes: row.scopes };
}

function toInfo(row: {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}
