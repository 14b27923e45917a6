import type { AppContext } from '../../context.js';
import { type CharterAuth, createAuth } from './better-auth.js';
import { identityProvidersVersion, loadOidcProviders } from './identity-providers.js';

/** The accounts module's long-lived state: the better-auth instances it signs people in with. */
export interface Accounts {
  /** The instance for everything but provider sign-in; it needs no company provider. */
  auth(): CharterAuth;
  /** The instance with every enabled company identity provider, rebuilt when they change. */
  authWithProviders(): Promise<CharterAuth>;
}

/**
 * Company identity providers are data, so the instance that knows them is rebuilt whenever the
 * provider table's fingerprint changes. The check runs only on provider sign-in routes, the
 * only ones that depend on it, and nothing touches the database until then.
 */
export function createAccounts(ctx: AppContext): Accounts {
  const base = createAuth(ctx, []);
  let withProviders: { version: string; auth: CharterAuth } | undefined;
  let pending: Promise<CharterAuth> | undefined;

  const refresh = async (): Promise<CharterAuth> => {
    const version = await identityProvidersVersion(ctx);
    if (withProviders?.version !== version) {
      withProviders = { version, auth: createAuth(ctx, await loadOidcProviders(ctx)) };
    }
    return withProviders.auth;
  };

  return {
    auth: () => base,
    authWithProviders() {
      pending ??= refresh().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
