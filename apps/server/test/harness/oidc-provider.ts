import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CompactJWSHeaderParameters,
  CompactSign,
  type CryptoKey,
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
} from 'jose';
// @ts-expect-error oidc-provider ships no type declarations; the few members used are typed below.
import { Provider } from 'oidc-provider';

/** The person the provider logs in as; the claims Charter reads from an identity provider. */
export interface TestIdentity {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
}

/** Ways the token endpoint can lie, each leaving a correctly signed id_token with one bad claim. */
export type Misbehaviour = 'none' | 'wrong-nonce' | 'wrong-aud' | 'wrong-iss' | 'expired';

/** A real OpenID Connect provider on 127.0.0.1, so sign-in is tested against the protocol, not a mock. */
export interface TestOidcProvider {
  /** http://127.0.0.1:<port>, discovery at /.well-known/openid-configuration */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next authorization logs in as (no login page: the interaction completes automatically). */
  loginAs(identity: TestIdentity): void;
  /** Make the token endpoint return a correctly SIGNED id_token whose claim is wrong (re-signed with the provider's own key), or an expired one. */
  misbehave(mode: Misbehaviour): void;
  /** Follows an authorization URL through the provider (auto-login, auto-consent) and returns the final redirect URL back to the client's redirect_uri (with code and state), WITHOUT requesting it. Cookies between the provider's own redirects are handled internally. */
  authorize(authorizationUrl: string): Promise<string>;
  close(): Promise<void>;
}

const WRONG_AUDIENCE = 'another-client';
const WRONG_ISSUER = 'https://another-issuer.example.test';
// How long ago an `expired` id_token stopped being valid: well past any clock tolerance.
const EXPIRED_SECONDS_AGO = 600;

const TOKEN_PATH = '/token';
const INTERACTION_PATH = '/interaction/';
const MAX_REDIRECTS = 10;

interface SigningKey {
  privateKey: CryptoKey;
  privateJwk: JWK;
}

interface ProviderState {
  identities: Map<string, TestIdentity>;
  current: TestIdentity | undefined;
  misbehaviour: Misbehaviour;
}

// The subset of oidc-provider (a Koa application) this harness touches.
interface KoaContext {
  path: string;
  method: string;
  status: number;
  body: unknown;
  req: IncomingMessage;
  res: ServerResponse;
  type: string;
  redirect(url: string): void;
}
type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;
interface Interaction {
  prompt: { name: string; details: ConsentDetails };
  params: Record<string, unknown>;
  grantId?: string;
  session?: { accountId: string };
}
interface ConsentDetails {
  missingOIDCScope?: string[];
  missingOIDCClaims?: string[];
  missingResourceScopes?: Record<string, string[]>;
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
}
interface GrantModel {
  new (init: { accountId: string; clientId: string }): Grant;
  find(id: string): Promise<Grant | undefined>;
}
interface OidcProvider {
  use(middleware: Middleware): void;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionResult(req: IncomingMessage, res: ServerResponse, result: object): Promise<string>;
  Grant: GrantModel;
}

/** Starts the provider with one confidential client registered for `redirectUris`. */
export async function startTestOidcProvider(options: {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
}): Promise<TestOidcProvider> {
  const server = createServer();
  const issuer = `http://127.0.0.1:${await listenOnRandomPort(server)}`;
  const client = {
    client_id: options.clientId ?? 'charter-test-client',
    client_secret: options.clientSecret ?? randomBytes(24).toString('base64url'),
    redirect_uris: options.redirectUris,
  };
  const key = await generateSigningKey();
  const state: ProviderState = { identities: new Map(), current: undefined, misbehaviour: 'none' };
  const provider: OidcProvider = new Provider(issuer, providerConfiguration(client, key, state));
  provider.use(completeInteractions(provider, state));
  provider.use(distortIdTokens(key, state));
  server.on('request', provider.callback());
  return {
    issuer,
    clientId: client.client_id,
    clientSecret: client.client_secret,
    loginAs(identity) {
      state.identities.set(identity.sub, identity);
      state.current = identity;
    },
    misbehave(mode) {
      state.misbehaviour = mode;
    },
    async authorize(authorizationUrl) {
      if (!state.current) throw new Error('call loginAs(identity) before authorize()');
      return followAuthorization(authorizationUrl, issuer, options.redirectUris);
    },
    close: () => closeServer(server),
  };
}

function providerConfiguration(client: object, key: SigningKey, state: ProviderState): object {
  return {
    clients: [client],
    jwks: { keys: [key.privateJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Scope claims go into the id_token too, as Google and most social providers do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    routes: { token: TOKEN_PATH },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `${INTERACTION_PATH}${interaction.uid}`,
    },
    findAccount: (_ctx: unknown, sub: string) => accountFor(state.identities.get(sub)),
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    clientBasedCORS: () => true,
    renderError: (ctx: KoaContext, out: object) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  };
}

function accountFor(identity: TestIdentity | undefined) {
  if (!identity) return undefined;
  return { accountId: identity.sub, claims: () => ({ ...identity }) };
}

async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, privateJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

// Stands in for the login and consent pages: logs in as the chosen identity and grants what was asked.
function completeInteractions(provider: OidcProvider, state: ProviderState): Middleware {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(INTERACTION_PATH)) return next();
    const interaction = await provider.interactionDetails(ctx.req, ctx.res);
    const result =
      interaction.prompt.name === 'login'
        ? { login: { accountId: state.current?.sub } }
        : { consent: { grantId: await grantRequested(provider, interaction) } };
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, result);
    ctx.status = 303;
    ctx.redirect(returnTo);
  };
}

async function grantRequested(provider: OidcProvider, interaction: Interaction): Promise<string> {
  const { details } = interaction.prompt;
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant =
    existing ??
    new provider.Grant({
      accountId: interaction.session?.accountId ?? '',
      clientId: String(interaction.params.client_id),
    });
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}

// Rewrites the token endpoint's answer after the provider built it, so everything but one claim is genuine.
function distortIdTokens(key: SigningKey, state: ProviderState): Middleware {
  return async (ctx, next) => {
    await next();
    const mode = state.misbehaviour;
    if (mode === 'none' || ctx.path !== TOKEN_PATH || !hasIdToken(ctx.body)) return;
    ctx.body = {
      ...ctx.body,
      id_token: await resign(ctx.body.id_token, distortClaims(decodeJwt(ctx.body.id_token), mode), key),
    };
  };
}

function hasIdToken(body: unknown): body is { id_token: string } {
  return (
    typeof body === 'object' && body !== null && typeof (body as { id_token?: unknown }).id_token === 'string'
  );
}

function distortClaims(claims: JWTPayload, mode: Exclude<Misbehaviour, 'none'>): JWTPayload {
  switch (mode) {
    case 'wrong-nonce':
      return { ...claims, nonce: `not-${String(claims.nonce ?? 'requested')}` };
    case 'wrong-aud':
      return { ...claims, aud: WRONG_AUDIENCE };
    case 'wrong-iss':
      return { ...claims, iss: WRONG_ISSUER };
    case 'expired':
      return shiftTimestamps(
        claims,
        (claims.exp ?? 0) - (Math.floor(Date.now() / 1000) - EXPIRED_SECONDS_AGO),
      );
  }
}

// Moves every timestamp back together, so the token looks issued long ago rather than self-contradictory.
function shiftTimestamps(claims: JWTPayload, seconds: number): JWTPayload {
  const shifted: JWTPayload = { ...claims };
  for (const name of ['iat', 'nbf', 'exp', 'auth_time']) {
    const value = shifted[name];
    if (typeof value === 'number') shifted[name] = value - seconds;
  }
  return shifted;
}

async function resign(token: string, claims: JWTPayload, key: SigningKey): Promise<string> {
  const header = decodeProtectedHeader(token) as CompactJWSHeaderParameters;
  const payload = new TextEncoder().encode(JSON.stringify(claims));
  return new CompactSign(payload).setProtectedHeader(header).sign(key.privateKey);
}

// A browser in miniature: follows the provider's redirects with its cookies, stops before the client.
async function followAuthorization(
  authorizationUrl: string,
  issuer: string,
  redirectUris: string[],
): Promise<string> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < MAX_REDIRECTS; hop += 1) {
    if (url.origin !== new URL(issuer).origin)
      throw new Error(`authorization left the provider for ${url.href}`);
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader(cookies) } });
    rememberCookies(cookies, response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(
        `authorization stopped at ${url.pathname} with ${response.status}: ${await response.text()}`,
      );
    }
    url = new URL(location, url);
    if (isRedirectUri(url, redirectUris)) return url.href;
  }
  throw new Error(`authorization did not reach a redirect URI within ${MAX_REDIRECTS} redirects`);
}

function isRedirectUri(url: URL, redirectUris: string[]): boolean {
  return redirectUris.some((uri) => {
    const registered = new URL(uri);
    return registered.origin === url.origin && registered.pathname === url.pathname;
  });
}

function rememberCookies(cookies: Map<string, string>, setCookies: string[]): void {
  for (const setCookie of setCookies) {
    const pair = setCookie.split(';', 1)[0] ?? '';
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    // Koa clears a cookie by setting it empty; the provider's cookies never hold an empty value.
    if (value === '') cookies.delete(name);
    else cookies.set(name, value);
  }
}

function cookieHeader(cookies: Map<string, string>): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

function listenOnRandomPort(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // fetch keeps connections alive; without this, close waits for them to time out.
    server.closeAllConnections();
  });
}
