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
