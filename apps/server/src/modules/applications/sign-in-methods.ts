// The ways an end-user app's sign-in screen may offer: a password, and the identity providers this
// server has configured (social presets from its environment, OIDC providers of the app's company
// or of the whole instance). A login template names them by id; one the server no longer offers is
// dropped when read, so a screen never shows a button that cannot work.
import type { AppContext } from '../../context.js';
import { loadOidcProviders } from '../auth/identity-providers.js';
import { applicationErrors } from './applications.errors.js';

/** One way to sign in, as a builder chooses it and the sign-in screen names it. */
export interface SignInMethod {
  id: string;
  name: string;
  kind: 'password' | 'social' | 'oidc';
}

export const PASSWORD_METHOD = 'password';

const SOCIAL_NAMES: Record<string, string> = {
  google: 'Google',
  microsoft: 'Microsoft',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

/** The methods an app of this company may offer, password first. */
export async function availableSignInMethods(ctx: AppContext, companyId: string): Promise<SignInMethod[]> {
  const social = Object.keys(ctx.config.socialProviders).map((id) => ({
    id,
    name: SOCIAL_NAMES[id] ?? id,
    kind: 'social' as const,
  }));
  // Another company's provider would let its directory sign in here: only this company's and the
  // instance's own are offered.
  const oidc = (await loadOidcProviders(ctx))
    .filter((p) => p.companyId === null || p.companyId === companyId)
    .map((p) => ({ id: p.providerId, name: p.displayName, kind: 'oidc' as const }));
  return [{ id: PASSWORD_METHOD, name: 'Email and password', kind: 'password' }, ...social, ...oidc];
}

/** Refuses a template naming a method this server does not offer the app, listing the allowed ids. */
export function checkSignInMethods(chosen: string[], available: SignInMethod[]): void {
  const allowed = available.map((m) => m.id);
  const unknown = chosen.flatMap((id, i) => (allowed.includes(id) ? [] : [{ id, i }]));
  if (unknown.length === 0) return;
  throw applicationErrors.SIGN_IN_METHOD_UNAVAILABLE(
    unknown.map((u) => u.id),
    allowed,
    {
      allowed,
      issues: unknown.map((u) => ({
        location: 'body',
        field: `loginTemplate.methods.${u.i}`,
        message: `is not a sign-in method this server offers; expected one of: ${allowed.join(', ')}`,
      })),
    },
  );
}

/**
 * The stored methods this server still offers, in their order. Should none be left (a provider
 * was removed), the screen offers a password rather than nothing.
 */
export function offeredSignInMethods(stored: string[], available: SignInMethod[]): string[] {
  const kept = stored.filter((id) => available.some((m) => m.id === id));
  return kept.length > 0 ? kept : [PASSWORD_METHOD];
}
