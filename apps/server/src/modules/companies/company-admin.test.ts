import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pathOf } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { startTestOidcProvider, type TestOidcProvider } from '../../../test/harness/oidc-provider.js';
import { insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

describeDb('company audit log and identity providers', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let editor: Person;
  let companyId: string;
  let idp: TestOidcProvider;

  beforeAll(async () => {
    idp = await startTestOidcProvider({
      redirectUris: ['http://localhost:4000/api/auth/callback/hooli-okta'],
    });
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'gavin@hooli.test', 'Gavin Belson');
    editor = await signUp(app, ctx, 'jared@hooli.test', 'Jared Dunn');
    companyId = (await owner.client.post('/api/companies', { name: 'Hooli' })).json().id;
    await insertMember(ctx, companyId, editor.accountId, []);
  });
  afterAll(async () => {
    await idp.close();
  });

  it('registers the company’s own OIDC provider after checking its discovery document', async () => {
    const base = { displayName: 'Hooli Okta', clientId: idp.clientId, clientSecret: idp.clientSecret };
    const unreachable = await owner.client.post(`/api/companies/${companyId}/identity-providers`, {
      ...base,
      providerId: 'hooli-typo',
      issuer: 'http://127.0.0.1:1/oauth',
    });
    expect(unreachable.statusCode).toBe(400);
    expect(unreachable.json().error).toMatchObject({
      code: 'ISSUER_NOT_DISCOVERABLE',
      details: { issues: [{ field: 'issuer' }] },
    });
    const reserved = await owner.client.post(`/api/companies/${companyId}/identity-providers`, {
      ...base,
      providerId: 'google',
      issuer: idp.issuer,
    });
    expect(reserved.statusCode).toBe(400);
    expect(
      (
        await editor.client.post(`/api/companies/${companyId}/identity-providers`, {
          ...base,
          providerId: 'x1',
          issuer: idp.issuer,
        })
      ).statusCode,
    ).toBe(403);

    const created = await owner.client.post(`/api/companies/${companyId}/identity-providers`, {
      ...base,
      providerId: 'hooli-okta',
      issuer: idp.issuer,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      providerId: 'hooli-okta',
      enabled: true,
      redirectUri: 'http://localhost:4000/api/auth/callback/hooli-okta',
    });
    expect(created.body).not.toContain(idp.clientSecret);

    // A colleague signs in through it.
    idp.loginAs({
      sub: 'hooli-42',
      email: 'richard@hooli.test',
      email_verified: true,
      name: 'Richard Hendricks',
    });
    const richard = new TestClient(app);
    const start = await richard.post('/api/auth/sign-in/hooli-okta', {});
    const back = await idp.authorize(start.json().url);
    expect((await richard.get(pathOf(back))).statusCode).toBe(302);
    expect((await richard.get('/api/auth/me')).json().email).toBe('richard@hooli.test');

    const off = await owner.client.patch(
      `/api/companies/${companyId}/identity-providers/${created.json().id}`,
      { enabled: false },
    );
    expect(off.statusCode).toBe(204);
    const later = await new TestClient(app).post('/api/auth/sign-in/hooli-okta', {});
    expect(later.statusCode).toBe(404);
  });

  it('the audit log is filterable and paginated, for holders of company.users.manage only', async () => {
    await owner.client.patch(`/api/companies/${companyId}`, { name: 'Hooli XYZ' });
    await owner.client.put(`/api/companies/${companyId}/members/${editor.accountId}/rights`, {
      rights: ['company.apps.manage'],
    });
    expect((await editor.client.get(`/api/companies/${companyId}/audit`)).statusCode).toBe(403);

    const all = (await owner.client.get(`/api/companies/${companyId}/audit`)).json();
    const actions = all.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'company.created',
        'company.info.updated',
        'company.member.rights_changed',
        'company.identity_provider.created',
      ]),
    );
    expect(all.items[0].occurredAt >= all.items.at(-1).occurredAt).toBe(true);
    expect(JSON.stringify(all)).not.toContain(idp.clientSecret);

    const members = (
      await owner.client.get(`/api/companies/${companyId}/audit?action=company.member.`)
    ).json();
    expect(members.items.map((e: { action: string }) => e.action)).toEqual(['company.member.rights_changed']);
    expect(members.items[0]).toMatchObject({
      actor: { accountId: owner.accountId, email: 'gavin@hooli.test' },
      target: { type: 'account', id: editor.accountId },
      details: { before: { rights: [] }, after: { rights: ['company.apps.manage'] } },
    });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; next: string | null } = (
        await owner.client.get(
          `/api/companies/${companyId}/audit?limit=2${cursor ? `&before=${cursor}` : ''}`,
        )
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e: { id: string }) => e.id));
    expect((await owner.client.get(`/api/companies/${companyId}/audit?before=garbage`)).statusCode).toBe(400);
  });
});
