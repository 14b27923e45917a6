import { createHash, randomBytes } from 'node:crypto';
import { compactVerify, createRemoteJWKSet, decodeJwt, type JWTPayload, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type Misbehaviour,
  startTestOidcProvider,
  type TestIdentity,
  type TestOidcProvider,
} from './oidc-provider.js';

// http and localhost on purpose: a test provider must accept what a developer machine uses.
const REDIRECT_URI = 'http://localhost:4555/api/auth/oauth2/callback/test-idp';
const ALICE: TestIdentity = {
  sub: 'alice-1',
  email: 'alice@acme.test',
  email_verified: true,
  name: 'Alice Martin',
};
const BOB: TestIdentity = { sub: 'bob-2', email: 'bob@acme.test', email_verified: false, name: 'Bob Stone' };

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  response_types_supported: string[];
  scopes_supported: string[];
  claims_supported: string[];
  code_challenge_methods_supported: string[];
  id_token_signing_alg_values_supported: string[];
}

interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

interface TokenResponse {
  id_token: string;
  access_token: string;
  token_type: string;
}

let idp: TestOidcProvider;
let discovery: Discovery;

beforeAll(async () => {
  idp = await startTestOidcProvider({ redirectUris: [REDIRECT_URI] });
  discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
});
afterAll(() => idp.close());
beforeEach(() => {
  idp.misbehave('none');
  idp.loginAs(ALICE);
});

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function buildAuthorizationRequest(): AuthorizationRequest {
  const request = { state: randomToken(), nonce: randomToken(), verifier: randomToken() };
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: idp.clientId,
    redirect_uri: REDIRECT_URI,
    scope: 'openid email profile',
    state: request.state,
    nonce: request.nonce,
    code_challenge: createHash('sha256').update(request.verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  return { ...request, url: url.href };
}

// client_secret_basic by default; better-auth sends client_secret_post unless told otherwise.
function exchangeCode(
  code: string,
  verifier: string,
  clientAuth: 'basic' | 'post' = 'basic',
): Promise<Response> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (clientAuth === 'post') {
    body.set('client_id', idp.clientId);
    body.set('client_secret', idp.clientSecret);
  } else {
    headers.authorization = `Basic ${Buffer.from(`${idp.clientId}:${idp.clientSecret}`).toString('base64')}`;
  }
  return fetch(discovery.token_endpoint, { method: 'POST', headers, body });
}

async function signIn(): Promise<{ request: AuthorizationRequest; callback: URL; tokens: TokenResponse }> {
  const request = buildAuthorizationRequest();
  const callback = new URL(await idp.authorize(request.url));
  const response = await exchangeCode(callback.searchParams.get('code') ?? '', request.verifier);
  const body = await response.text();
  expect(response.status, body).toBe(200);
  return { request, callback, tokens: JSON.parse(body) as TokenResponse };
}

function jwks() {
  return createRemoteJWKSet(new URL(discovery.jwks_uri));
}

describe('the test OpenID provider', () => {
  it('publishes discovery for the code flow with PKCE and the email and profile claims', async () => {
    expect(discovery.issuer).toBe(idp.issuer);
    expect(idp.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(discovery.token_endpoint.startsWith(idp.issuer)).toBe(true);
    expect(discovery.response_types_supported).toContain('code');
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['email', 'email_verified', 'name']));
    expect(discovery.id_token_signing_alg_values_supported).toContain('RS256');
  });

  it('publishes only the public half of its RS256 signing key', async () => {
    const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('completes a code flow with state, nonce and PKCE and signs an id_token with the right claims', async () => {
    const { request, callback, tokens } = await signIn();
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe(request.state);
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token, jwks(), {
      issuer: idp.issuer,
      audience: idp.clientId,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ nonce: request.nonce, ...ALICE });
  });

  it('serves the same claims at userinfo', async () => {
    const { tokens } = await signIn();
    const response = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(ALICE);
  });

  it('logs in as whoever loginAs named last', async () => {
    idp.loginAs(BOB);
    const { tokens } = await signIn();
    expect(decodeJwt(tokens.id_token)).toMatchObject(BOB);
  });

  it('accepts the client secret in the form body too', async () => {
    const request = buildAuthorizationRequest();
    const code = new URL(await idp.authorize(request.url)).searchParams.get('code') ?? '';
    const response = await exchangeCode(code, request.verifier, 'post');
    expect(response.status).toBe(200);
    expect(decodeJwt(((await response.json()) as TokenResponse).id_token)).toMatchObject({
      nonce: request.nonce,
    });
  });

  it('refuses a wrong client secret', async () => {
    const request = buildAuthorizationRequest();
    const code = new URL(await idp.authorize(request.url)).searchParams.get('code') ?? '';
    const credentials = Buffer.from(`${idp.clientId}:not-the-secret`).toString('base64');
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        code_verifier: request.verifier,
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses a code presented with the wrong PKCE verifier', async () => {
    const request = buildAuthorizationRequest();
    const code = new URL(await idp.authorize(request.url)).searchParams.get('code') ?? '';
    const response = await exchangeCode(code, randomToken());
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses to send a code to an unregistered redirect_uri', async () => {
    const url = new URL(buildAuthorizationRequest().url);
    url.searchParams.set('redirect_uri', 'http://localhost:4555/elsewhere');
    await expect(idp.authorize(url.href)).rejects.toThrow(/redirect_uri/);
  });
});

// The names of the claims a relying party must reject, checked independently of jose.
function wrongClaims(payload: JWTPayload, expected: { nonce: string; identity: TestIdentity }): string[] {
  const now = Math.floor(Date.now() / 1000);
  const checks: [string, boolean][] = [
    ['iss', payload.iss === idp.issuer],
    ['aud', payload.aud === idp.clientId],
    ['nonce', payload.nonce === expected.nonce],
    ['exp', typeof payload.exp === 'number' && payload.exp > now],
    ['iat', typeof payload.iat === 'number' && payload.iat <= now],
    ['sub', payload.sub === expected.identity.sub],
    ['email', payload.email === expected.identity.email],
    ['email_verified', payload.email_verified === expected.identity.email_verified],
  ];
  return checks.filter(([, right]) => !right).map(([claim]) => claim);
}

describe('misbehaviours', () => {
  const cases: { mode: Misbehaviour; wrong: string[]; joseRejects: string | null }[] = [
    { mode: 'none', wrong: [], joseRejects: null },
    // jose does not know the nonce: only the relying party's own comparison catches it.
    { mode: 'wrong-nonce', wrong: ['nonce'], joseRejects: null },
    { mode: 'wrong-aud', wrong: ['aud'], joseRejects: 'aud' },
    { mode: 'wrong-iss', wrong: ['iss'], joseRejects: 'iss' },
    { mode: 'expired', wrong: ['exp'], joseRejects: 'exp' },
  ];

  it.each(cases)(
    '$mode: a validly signed id_token with wrong claims $wrong',
    async ({ mode, wrong, joseRejects }) => {
      idp.misbehave(mode);
      const { request, tokens } = await signIn();
      const { payload } = await compactVerify(tokens.id_token, jwks());
      const claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
      expect(wrongClaims(claims, { nonce: request.nonce, identity: ALICE })).toEqual(wrong);
      const verification = jwtVerify(tokens.id_token, jwks(), { issuer: idp.issuer, audience: idp.clientId });
      if (joseRejects) await expect(verification).rejects.toMatchObject({ claim: joseRejects });
      else await expect(verification).resolves.toBeDefined();
    },
  );

  it('expired: keeps the lifetime of a genuine token, only moved into the past', async () => {
    const genuine = decodeJwt((await signIn()).tokens.id_token);
    idp.misbehave('expired');
    const expired = decodeJwt((await signIn()).tokens.id_token);
    expect(expired.exp! - expired.iat!).toBe(genuine.exp! - genuine.iat!);
    expect(expired.exp!).toBeLessThan(Date.now() / 1000 - 60);
  });

  it('stops misbehaving once set back to none', async () => {
    idp.misbehave('wrong-aud');
    expect(decodeJwt((await signIn()).tokens.id_token).aud).not.toBe(idp.clientId);
    idp.misbehave('none');
    expect(decodeJwt((await signIn()).tokens.id_token).aud).toBe(idp.clientId);
  });
});
