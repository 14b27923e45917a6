import type { AppContext } from '../../context.js';
import { seal, unseal } from '../../lib/seal.js';

const SEAL_PURPOSE = 'identity-provider-client-secret';

/** What the OIDC login needs to know about one provider. */
export interface OidcProviderConfig {
  providerId: string;
  displayName: string;
  companyId: string | null;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The fields a builder gives to register a company's identity provider. */
export interface NewIdentityProvider {
  companyId: string | null;
  providerId: string;
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Stores a provider with its client secret sealed. */
export async function createIdentityProvider(ctx: AppContext, input: NewIdentityProvider): Promise<string> {
  const row = await ctx.database.db
    .insertInto('identity_provider')
    .values({
      company_id: input.companyId,
      provider_id: input.providerId,
      display_name: input.displayName,
      issuer: input.issuer.replace(/\/$/, ''),
      client_id: input.clientId,
      client_secret_sealed: seal(ctx.config.secret, SEAL_PURPOSE, input.clientSecret),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The enabled providers, secrets unsealed, for building the login configuration. */
export async function loadOidcProviders(ctx: AppContext): Promise<OidcProviderConfig[]> {
  const rows = await ctx.database.db
    .selectFrom('identity_provider')
    .selectAll()
    .where('enabled', '=', true)
    .orderBy('provider_id')
    .execute();
  return rows.map((row) => ({
    providerId: row.provider_id,
    displayName: row.display_name,
    companyId: row.company_id,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: unseal(ctx.config.secret, SEAL_PURPOSE, row.client_secret_sealed),
  }));
}

/** A cheap fingerprint of the provider table: when it changes, the login configuration is rebuilt. */
export async function identityProvidersVersion(ctx: AppContext): Promise<string> {
  const row = await ctx.database.db
    .selectFrom('identity_provider')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  return `${row.n}:${row.latest ? new Date(row.latest).toISOString() : '-'}`;
}

/** A provider as its company's admins see it: never the client secret. */
export interface IdentityProviderView {
  id: string;
  providerId: string;
  displayName: string;
  issuer: string;
  clientId: string;
  enabled: boolean;
  redirectUri: string;
  createdAt: Date;
}

/** The company's providers. */
export async function listIdentityProviders(
  ctx: AppContext,
  companyId: string,
): Promise<IdentityProviderView[]> {
  const rows = await ctx.database.db
    .selectFrom('identity_provider')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('provider_id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    providerId: row.provider_id,
    displayName: row.display_name,
    issuer: row.issuer,
    clientId: row.client_id,
    enabled: row.enabled,
    redirectUri: `${ctx.config.publicUrl}/api/auth/callback/${row.provider_id}`,
    createdAt: row.created_at,
  }));
}

/** Whether any company already uses this provider id: it names the sign-in callback, so it is global. */
export async function isProviderIdTaken(ctx: AppContext, providerId: string): Promise<boolean> {
  const row = await ctx.database.db
    .selectFrom('identity_provider')
    .select('id')
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Turns a provider on or off; returns false when the company has no such provider. */
export async function setIdentityProviderEnabled(
  ctx: AppContext,
  companyId: string,
  id: string,
  enabled: boolean,
): Promise<boolean> {
  const result = await ctx.database.db
    .updateTable('identity_provider')
    .set({ enabled, updated_at: ctx.clock.now() })
    .where('id', '=', id)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Removes a provider; the accounts that used it keep their other ways to sign in. */
export async function deleteIdentityProvider(
  ctx: AppContext,
  companyId: string,
  id: string,
): Promise<boolean> {
  const row = await ctx.database.db
    .deleteFrom('identity_provider')
    .where('id', '=', id)
    .where('company_id', '=', companyId)
    .returning('provider_id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Reads the provider's discovery document before it is saved, so a typo in the issuer is a
 * clear 400 now rather than a failed sign-in later. The document must name the same issuer.
 */
export async function discoverIssuer(
  issuer: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  try {
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(5_000), redirect: 'error' });
    if (!res.ok) return `the discovery document at ${url} answered ${res.status}`;
    const doc = (await res.json()) as {
      issuer?: unknown;
      authorization_endpoint?: unknown;
      jwks_uri?: unknown;
    };
    if (doc.issuer !== issuer.replace(/\/$/, ''))
      return `the discovery document names the issuer ${String(doc.issuer)}`;
    if (typeof doc.authorization_endpoint !== 'string' || typeof doc.jwks_uri !== 'string') {
      return 'the discovery document has no authorization_endpoint or jwks_uri';
    }
    return null;
  } catch (error) {
    return `the discovery document at ${url} could not be read (${(error as Error).message})`;
  }
}
