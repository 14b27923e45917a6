import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pathOf, registerVerifyAndSignIn } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { startTestOidcProvider, type TestOidcProvider } from '../../../test/harness/oidc-provider.js';
import type { AppContext } from '../../context.js';
import { createIdentityProvider } from './identity-providers.js';

const PROVIDER_ID = 'acme-sso';

describeDb('company OIDC sign-in against a real provider', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let idp: TestOidcProvider;

  beforeAll(async () => {
    idp = await startTestOidcProvider({
      redirectUris: [`http://localhost:4000/api/auth/callback/${PROVIDER_ID}`],
    });
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await createIdentityProvider(ctx, {
      companyId: null,
      providerId: PROVIDER_ID,
      displayName: 'Acme SSO',
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
    });
  });
  afterAll(async () => {
    await idp.close();
  });

  // Starts at Charter, passes through the provider, and returns to Charter's callback.
  async function signInThroughProvider(client: TestClient, tamper?: (callback: URL) => void) {
    const start = await client.post(`/api/auth/sign-in/${PROVIDER_ID}`, { callbackURL: '/welcome' });
    expect(start.statusCode, start.body).toBe(200);
    const back = new URL(await idp.authorize(start.json().url));
    tamper?.(back);
    return client.get(pathOf(back.toString()));
  }

  function errorOf(res: { headers: Record<string, unknown> }): string | null {
    return new URL(String(res.headers.location), 'http://localhost:4000').searchParams.get('error');
  }

  it('lists the provider among the ways to sign in, without its secret', async () => {
    const res = await new TestClient(app).get('/api/auth/providers');
    expect(res.json().oidc).toEqual([{ id: PROVIDER_ID, name: 'Acme SSO', companyId: null }]);
    expect(res.body).not.toContain(idp.clientSecret);
    const row = await ctx.database.db.selectFrom('identity_provider').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(idp.clientSecret);
  });

  it('signs a new person in and keys the identity by issuer and subject', async () => {
    idp.misbehave('none');
    idp.loginAs({
      sub: 'acme-0001',
      email: 'melissa@acme.test',
      email_verified: true,
      name: 'Melissa Engineer',
    });
    const client = new TestClient(app);
    const res = await signInThroughProvider(client);
    expect(res.statusCode).toBe(302);
    expect(errorOf(res)).toBeNull();
    expect(String(res.headers.location)).toMatch(/\/welcome$/);
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      email: 'melissa@acme.test',
      name: 'Melissa Engineer',
      emailVerified: true,
    });
    const identity = await ctx.database.db
      .selectFrom('account_identity')
      .select(['provider_id', 'subject'])
      .where('account_id', '=', me.json().id)
      .execute();
    expect(identity).toEqual([{ provider_id: PROVIDER_ID, subject: 'acme-0001' }]);

    // The same subject signs in to the same account, even after its email changed at the provider.
    idp.loginAs({
      sub: 'acme-0001',
      email: 'melissa.renamed@acme.test',
      email_verified: true,
      name: 'Melissa',
    });
    const again = new TestClient(app);
    await signInThroughProvider(again);
    expect((await again.get('/api/auth/me')).json().id).toBe(me.json().id);
  });

  it.each(['wrong-nonce', 'wrong-aud', 'wrong-iss', 'expired'] as const)(
    'refuses a correctly signed id_token with %s',
    async (mode) => {
      idp.misbehave(mode);
      idp.loginAs({ sub: `acme-${mode}`, email: `${mode}@acme.test`, email_verified: true, name: 'Mallory' });
      const client = new TestClient(app);
      const res = await signInThroughProvider(client);
      idp.misbehave('none');
      expect(res.statusCode).toBe(302);
      expect(errorOf(res)).not.toBeNull();
      expect(client.cookie('charter.session_token')).toBeUndefined();
      const created = await ctx.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', `${mode}@acme.test`)
        .execute();
      expect(created).toEqual([]);
    },
  );

  it('refuses a callback whose state was tampered with', async () => {
    idp.loginAs({ sub: 'acme-state', email: 'state@acme.test', email_verified: true, name: 'S' });
    const client = new TestClient(app);
    const res = await signInThroughProvider(client, (url) =>
      url.searchParams.set('state', 'forged-state-value'),
    );
    expect(errorOf(res)).not.toBeNull();
    expect(client.cookie('charter.session_token')).toBeUndefined();
  });

  it('never links an unverified provider email to an existing account', async () => {
    const owner = new TestClient(app);
    const ownerId = await registerVerifyAndSignIn(owner, ctx, { email: 'victim@acme.test' });
    idp.loginAs({ sub: 'attacker-1', email: 'victim@acme.test', email_verified: false, name: 'Not Victim' });
    const attacker = new TestClient(app);
    const res = await signInThroughProvider(attacker);
    expect(errorOf(res)).not.toBeNull();
    expect(attacker.cookie('charter.session_token')).toBeUndefined();
    const links = await ctx.database.db
      .selectFrom('account_identity')
      .select('provider_id')
      .where('account_id', '=', ownerId)
      .execute();
    expect(links).toEqual([{ provider_id: 'credential' }]);
  });

  it('never links to a local account whose own email was never confirmed', async () => {
    await new TestClient(app).post('/api/auth/register', {
      email: 'squatter@acme.test',
      password: 'Lantern orbit squatter velvet cascade 93',
      name: 'Squatter',
    });
    idp.loginAs({
      sub: 'acme-real-owner',
      email: 'squatter@acme.test',
      email_verified: true,
      name: 'Real Owner',
    });
    const client = new TestClient(app);
    const res = await signInThroughProvider(client);
    expect(errorOf(res)).not.toBeNull();
    const identities = await ctx.database.db
      .selectFrom('account_identity')
      .select('provider_id')
      .where('subject', '=', 'acme-real-owner')
      .execute();
    expect(identities).toEqual([]);
  });
});
