import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { createIdentityProvider, setIdentityProviderEnabled } from '../auth/identity-providers.js';

// The sign-in screen's logo and ways in: only what this server offers the app can be chosen, and
// what it stops offering disappears from the screen.
describeDb('login template: logo and sign-in methods', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let companyId: string;
  let appId: string;
  let ssoId: string;
  const anonymous = () => new TestClient(app);

  beforeAll(async () => {
    // Google is configured on this server; Facebook, LinkedIn and Microsoft are not.
    ({ app, ctx } = await createTestApp(database(), {
      env: { GOOGLE_CLIENT_ID: 'google-id', GOOGLE_CLIENT_SECRET: 'google-secret' },
    }));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@logins.test');
    companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    const stranger = await signUp(app, ctx, 'other@logins.test');
    const otherCompany = await insertCompany(ctx, 'Globex', stranger.accountId);
    const provider = { issuer: 'https://idp.example', clientId: 'c', clientSecret: 's' };
    ssoId = await createIdentityProvider(ctx, {
      ...provider,
      companyId,
      providerId: 'acme-sso',
      displayName: 'Acme SSO',
    });
    await createIdentityProvider(ctx, {
      ...provider,
      companyId: otherCompany,
      providerId: 'globex-sso',
      displayName: 'Globex SSO',
    });
    const res = await owner.client.post(`/api/companies/${companyId}/apps`, {
      name: 'Portal',
      slug: 'portal',
    });
    appId = res.json().app.id;
  });

  const patch = (loginTemplate: object) => owner.client.patch(`/api/apps/${appId}`, { loginTemplate });
  const publicTemplate = async () => (await anonymous().get('/api/public/apps/portal')).json().loginTemplate;

  it('reads a template stored before logos and methods as no logo and a password form', async () => {
    await ctx.database.db
      .updateTable('application')
      .set({ login_template: JSON.stringify({ title: 'Old heading', color: 'teal' }) })
      .where('id', '=', appId)
      .execute();
    const expected = { title: 'Old heading', subtitle: '', color: 'teal', logo: '', methods: ['password'] };
    expect(await publicTemplate()).toEqual(expected);
    expect((await owner.client.get(`/api/apps/${appId}`)).json().loginTemplate).toEqual(expected);
  });

  it('lists the methods this server offers the app: password, configured presets, its company’s SSO', async () => {
    const res = await owner.client.get(`/api/apps/${appId}`);
    expect(res.json().signInMethods).toEqual([
      { id: 'password', name: 'Email and password', kind: 'password' },
      { id: 'google', name: 'Google', kind: 'social' },
      { id: 'acme-sso', name: 'Acme SSO', kind: 'oidc' },
    ]);
  });

  it('stores a logo and the chosen methods, in order, and shows them to anyone at the address', async () => {
    const res = await patch({
      title: 'Portal',
      logo: 'https://cdn.example/acme.png',
      methods: ['acme-sso', 'password', 'google'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().loginTemplate).toMatchObject({
      logo: 'https://cdn.example/acme.png',
      methods: ['acme-sso', 'password', 'google'],
    });
    // The colour was not in the change: it stays as it was.
    expect(await publicTemplate()).toEqual({
      title: 'Portal',
      subtitle: '',
      color: 'teal',
      logo: 'https://cdn.example/acme.png',
      methods: ['acme-sso', 'password', 'google'],
    });
  });

  it.each([
    ['a plain http logo', { logo: 'http://cdn.example/acme.png' }, 'loginTemplate.logo'],
    ['a script address as logo', { logo: 'javascript:alert(1)' }, 'loginTemplate.logo'],
    ['a data URL as logo', { logo: 'data:image/png;base64,AAAA' }, 'loginTemplate.logo'],
    ['no method at all', { methods: [] }, 'loginTemplate.methods'],
    ['a method twice', { methods: ['password', 'password'] }, 'loginTemplate.methods'],
  ])('refuses %s and stores nothing', async (_, template, field) => {
    const res = await patch(template);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [expect.objectContaining({ field })] },
    });
    expect((await publicTemplate()).logo).toBe('https://cdn.example/acme.png');
  });

  it('changes only what a change names: a new heading keeps the logo, colour and methods', async () => {
    const res = await patch({ title: 'Portal for clients' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await publicTemplate()).toEqual({
      title: 'Portal for clients',
      subtitle: '',
      color: 'teal',
      logo: 'https://cdn.example/acme.png',
      methods: ['acme-sso', 'password', 'google'],
    });
    expect((await patch({ title: 'Portal' })).statusCode).toBe(200);
  });

  it.each([
    ['a preset the server has no credentials for', 'facebook'],
    ['another company’s identity provider', 'globex-sso'],
    ['a provider that does not exist', 'okta'],
  ])('refuses %s with the allowed methods, and stores nothing', async (_, method) => {
    const res = await patch({ methods: ['password', method] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'SIGN_IN_METHOD_UNAVAILABLE',
      details: {
        allowed: ['password', 'google', 'acme-sso'],
        issues: [expect.objectContaining({ field: 'loginTemplate.methods.1' })],
      },
    });
    expect(res.json().error.message).toContain('password, google, acme-sso');
    expect((await publicTemplate()).methods).toEqual(['acme-sso', 'password', 'google']);
  });

  it('drops a method the server stops offering, and falls back to a password when none is left', async () => {
    await setIdentityProviderEnabled(ctx, companyId, ssoId, false);
    expect((await publicTemplate()).methods).toEqual(['password', 'google']);
    const detail = (await owner.client.get(`/api/apps/${appId}`)).json();
    expect(detail.signInMethods.map((m: { id: string }) => m.id)).toEqual(['password', 'google']);
    expect(detail.loginTemplate.methods).toEqual(['password', 'google']);
    expect((await patch({ methods: ['acme-sso'] })).statusCode).toBe(400);

    await setIdentityProviderEnabled(ctx, companyId, ssoId, true);
    expect((await patch({ methods: ['acme-sso'] })).statusCode).toBe(200);
    await setIdentityProviderEnabled(ctx, companyId, ssoId, false);
    expect((await publicTemplate()).methods).toEqual(['password']);
  });
});
