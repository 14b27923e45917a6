import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { AppContext } from '../src/context.js';
import type { AccessTableEntry } from '../src/http/route-access.js';
import { makePlatformRole, strongPassword } from './harness/accounts.js';
import { createTestApp } from './harness/app.js';
import { TestClient } from './harness/client.js';
import { describeDb } from './harness/database.js';
import { insertCompany, type Person, signUp } from './harness/tenants.js';

// A mistyped or smuggled key is never ignored: every route refuses it with 400 naming the key.
describeDb('unknown keys in bodies and query strings', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  const ids = { company: '', app: '' };

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@input.test');
    await makePlatformRole(ctx, owner.accountId, 'owner');
    ids.company = await insertCompany(ctx, 'Input Inc', owner.accountId);
    const created = await owner.client.post(`/api/companies/${ids.company}/apps`, { name: 'Portal' });
    expect(created.statusCode, created.body).toBe(201);
    ids.app = created.json().app.id;
  });

  // The owner's own company and app, random ids below them: every guard lets the owner through
  // to validation, and validation refuses before any handler could change a thing.
  function urlFor(route: AccessTableEntry): string {
    return route.url
      .replace(':company', ids.company)
      .replace(':app', ids.app)
      .replace(/:(token)\b/, 'x'.repeat(40))
      .replace(/:(provider|providerId)\b/, 'google')
      .replace(/:[A-Za-z]+/g, () => randomUUID())
      .replace(/\*$/, '');
  }

  function namesKey(body: string, location: string, field: string): boolean {
    const issues = (JSON.parse(body).error?.details?.issues ?? []) as { location: string; field: string }[];
    return issues.some((i) => i.location === location && i.field === field);
  }

  it('every route that takes a body refuses an unknown key in it, naming the key', async () => {
    const failures: string[] = [];
    let checked = 0;
    const writes = app.accessTable.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !r.url.startsWith('/api/docs'),
    );
    // Signing out last: were it let through, the owner would be signed out for the rest.
    writes.sort((a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'));
    for (const route of writes) {
      const res = await owner.client.request(route.method, urlFor(route), { zzUnknownKey: 1 });
      checked++;
      // Bodies a handler checks itself (a policy document, a test fixture) name the key in its own words.
      const named = namesKey(res.body, 'body', 'zzUnknownKey') || res.body.includes('zzUnknownKey');
      if (res.statusCode !== 400 || !named) {
        failures.push(`${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('every non-public read refuses an unknown query parameter, naming it', async () => {
    const failures: string[] = [];
    const reads = app.accessTable.filter((r) => r.method === 'GET' && r.access.kind !== 'public');
    for (const route of reads) {
      const res = await owner.client.get(`${urlFor(route)}?limt=5`);
      if (res.statusCode !== 400 || !namesKey(res.body, 'querystring', 'limt')) {
        failures.push(`GET ${route.url}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(reads.length).toBeGreaterThan(30);
  });

  it.each([
    ['POST', '/api/companies', { name: 'Mine', ownerId: 'someone', id: 'x' }, ['ownerId', 'id']],
    ['PATCH', '/api/companies/:company', { name: 'Renamed', owner: true }, ['owner']],
    [
      'POST',
      '/api/companies/:company/invitations',
      { email: 'a@input.test', preset: 'admin', owner: true },
      ['owner'],
    ],
    ['POST', '/api/apps/:app/roles', { key: 'r', name: 'R', rights: [], nested: { x: 1 } }, ['nested']],
    [
      'PATCH',
      '/api/companies/:company/billing',
      { address: { city: 'Delft', planet: 'Mars' } },
      ['address.planet'],
    ],
  ] as const)('%s %s refuses the unknown keys and changes nothing', async (method, url, body, unknown) => {
    const res = await owner.client.request(
      method,
      url.replace(':company', ids.company).replace(':app', ids.app),
      body,
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const fields = res.json().error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual([...unknown]);
    const companies = await ctx.database.db.selectFrom('company').select('name').execute();
    expect(companies.map((c) => c.name)).not.toContain('Mine');
    expect(companies.map((c) => c.name)).not.toContain('Renamed');
    const invitations = await ctx.database.db.selectFrom('company_invitation').select('email').execute();
    expect(invitations).toEqual([]);
  });

  it('registration refuses privilege fields and creates no account', async () => {
    const res = await new TestClient(app).post('/api/auth/register', {
      email: 'sneaky@input.test',
      password: strongPassword('sneaky'),
      name: 'Sneaky',
      platformRole: 'owner',
      emailVerified: true,
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(['platformRole', 'emailVerified']);
    const account = await ctx.database.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', 'sneaky@input.test')
      .executeTakeFirst();
    expect(account).toBeUndefined();
  });

  it('a link from a mail keeps working with parameters a mail tool added', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/verify-email?token=nope&utm_source=mail' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_TOKEN');
  });
});
