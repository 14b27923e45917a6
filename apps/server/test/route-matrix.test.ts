import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { AppContext } from '../src/context.js';
import type { AccessTableEntry } from '../src/http/route-access.js';
import { acceptedRights, type RouteAccess } from '../src/http/route-access.js';
import { API_SCOPES } from '../src/modules/auth/api-keys.service.js';
import { makePlatformRole } from './harness/accounts.js';
import { createTestApp } from './harness/app.js';
import { TestClient } from './harness/client.js';
import { describeDb } from './harness/database.js';
import { insertCompany, insertMember, type Person, signUp } from './harness/tenants.js';

// Every route of the app, called as each persona that must not get in. A route added tomorrow
// is covered the day it is added: the table comes from the app itself.

type Persona = 'anonymous' | 'noMembership' | 'memberWithoutRights' | 'otherCompanyMember' | 'endUser';

/** The statuses a persona may get on a route it has no business calling; null: it may call it. */
function expectedRefusal(route: AccessTableEntry, persona: Persona): number[] | null {
  const access = route.access;
  if (access.kind === 'public') return null;
  if (persona === 'anonymous') return [401];
  if (access.kind === 'account') return null;
  if (access.kind === 'platformAdmin') return [403];
  const needsRight = acceptedRights(access).length > 0;
  if (persona === 'noMembership' || persona === 'otherCompanyMember') return [404];
  if (persona === 'memberWithoutRights') return needsRight ? [403] : null;
  // An end user is an app user but no company member: company routes do not exist for them.
  if (access.kind === 'company') return [404];
  return needsRight ? [403] : null;
}

function urlFor(route: AccessTableEntry, ids: { company: string; app: string }): string {
  return route.url
    .replace(':company', ids.company)
    .replace(':app', ids.app)
    .replace(/:(token)\b/, 'x'.repeat(40))
    .replace(/:(provider|providerId)\b/, 'google')
    .replace(/:[A-Za-z]+/g, () => randomUUID())
    .replace(/\*$/, '');
}

describeDb('the route permission matrix', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  const people = {} as Record<Exclude<Persona, 'anonymous'>, Person>;
  let owner: Person;
  const ids = { company: '', app: '' };

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@matrix.test');
    // The key holder may hand a key any scope: platform owner, and owner of the company.
    await makePlatformRole(ctx, owner.accountId, 'owner');
    people.noMembership = await signUp(app, ctx, 'nobody@matrix.test');
    people.memberWithoutRights = await signUp(app, ctx, 'member@matrix.test');
    people.otherCompanyMember = await signUp(app, ctx, 'other@matrix.test');
    people.endUser = await signUp(app, ctx, 'enduser@matrix.test');
    ids.company = await insertCompany(ctx, 'Matrix Inc', owner.accountId);
    await insertMember(ctx, ids.company, people.memberWithoutRights.accountId, []);
    await insertCompany(ctx, 'Elsewhere Ltd', people.otherCompanyMember.accountId);
    const application = await ctx.database.db
      .insertInto('application')
      .values({ company_id: ids.company, name: 'Portal', register_form: JSON.stringify({ fields: [] }) })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.app = application.id;
    const role = await ctx.database.db
      .insertInto('app_role')
      .values({ app_id: ids.app, key: 'user', name: 'User', rights: [], default_for: 'user' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.database.db
      .insertInto('app_user')
      .values({
        app_id: ids.app,
        account_id: people.endUser.accountId,
        direct_rights: [],
        attributes: JSON.stringify({}),
      })
      .execute();
    await ctx.database.db
      .insertInto('app_user_role')
      .values({ app_id: ids.app, account_id: people.endUser.accountId, role_id: role.id })
      .execute();
  });

  it('covers every route, each with a declared requirement of a known kind', () => {
    const kinds = new Set(['public', 'account', 'platformAdmin', 'company', 'app']);
    expect(app.accessTable.length).toBeGreaterThan(40);
    for (const route of app.accessTable)
      expect(kinds.has(route.access.kind), `${route.method} ${route.url}`).toBe(true);
    const tenantRoutes = app.accessTable.filter(
      (r) => r.access.kind === 'company' || r.access.kind === 'app',
    );
    for (const route of tenantRoutes) {
      const param = route.access.kind === 'company' ? ':company' : ':app';
      expect(route.url, `${route.method} ${route.url} must carry ${param}`).toContain(param);
    }
  });

  it('refuses every persona that has no business on a route: 401, 403 or 404', async () => {
    const failures: string[] = [];
    const clients: Record<Persona, TestClient> = {
      anonymous: new TestClient(app),
      noMembership: people.noMembership.client,
      memberWithoutRights: people.memberWithoutRights.client,
      otherCompanyMember: people.otherCompanyMember.client,
      endUser: people.endUser.client,
    };
    let checked = 0;
    for (const route of app.accessTable) {
      if (route.method === 'HEAD' || route.url.startsWith('/api/docs')) continue;
      for (const persona of Object.keys(clients) as Persona[]) {
        const expected = expectedRefusal(route, persona);
        if (!expected) continue;
        const url = urlFor(route, ids);
        const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
        const res = await clients[persona].request(route.method, url, body);
        checked++;
        if (!expected.includes(res.statusCode)) {
          failures.push(
            `${persona} ${route.method} ${route.url}: expected ${expected.join('/')}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

/**
 * The scopes a route declares for API keys, read from its declaration alone: a tenant route's
 * rights, else its `scope`. Written out here, apart from the code under test, as the contract.
 */
function declaredScopes(access: Exclude<RouteAccess, { kind: 'public' }>): string[] {
  const rights = access.kind === 'company' || access.kind === 'app' ? acceptedRights(access) : [];
  if (rights.length > 0) return [...rights];
  return access.scope ? [access.scope] : [];
}

describeDb('the API key scope matrix', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  const keys = new Map<string, string>();

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'keys@matrix.test');
    await makePlatformRole(ctx, owner.accountId, 'owner');
    await insertCompany(ctx, 'Keys Inc', owner.accountId);
  });

  /** A key holding exactly these scopes (one per distinct set, made on first use). */
  async function keyWith(scopes: readonly string[]): Promise<string> {
    const id = [...scopes].sort().join(' ');
    const known = keys.get(id);
    if (known) return known;
    const res = await owner.client.post('/api/auth/api-keys', { name: id.slice(0, 100), scopes });
    expect(res.statusCode, res.body).toBe(201);
    keys.set(id, res.json().token);
    return res.json().token;
  }

  // Every path parameter is a random id: the scope is checked before anything is looked up, so a
  // key with the scope gets past it (to a 404 or a 400), and nothing real is changed on the way.
  function anyUrl(route: AccessTableEntry): string {
    return route.url
      .replace(/:(token)\b/, 'x'.repeat(40))
      .replace(/:[A-Za-z]+/g, () => randomUUID())
      .replace(/\*$/, '');
  }

  it("refuses a key without the route's scope, lets one with it through, and refuses keys on sensitive routes", async () => {
    const allScopes = Object.keys(API_SCOPES);
    const failures: string[] = [];
    let checked = 0;
    const call = async (route: AccessTableEntry, token: string) => {
      checked++;
      const res = await app.inject({
        method: route.method as 'GET',
        url: anyUrl(route),
        headers: { authorization: `Bearer ${token}` },
        ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
      });
      return {
        status: res.statusCode,
        code: res.statusCode >= 400 ? res.json().error?.code : undefined,
        res,
      };
    };
    for (const route of app.accessTable) {
      const access = route.access;
      if (access.kind === 'public' || route.method === 'HEAD') continue;
      const name = `${route.method} ${route.url}`;
      if (access.sensitive) {
        const got = await call(route, await keyWith(allScopes));
        if (got.code !== 'API_KEY_NOT_ALLOWED')
          failures.push(`${name}: sensitive, yet a key got ${got.status} ${got.code}`);
        continue;
      }
      const scopes = declaredScopes(access);
      const unknown = scopes.filter((s) => !(s in API_SCOPES));
      if (scopes.length === 0 || unknown.length > 0) {
        // Such a route must still refuse every key; and it fails here, so that it is declared.
        const got = await call(route, await keyWith(allScopes));
        if (got.code !== 'API_KEY_NOT_ALLOWED')
          failures.push(`${name}: names no scope, yet a key got ${got.status}`);
        failures.push(
          `${name}: names no scope a key can hold (${unknown.join(', ') || 'none'}); declare one, or mark it sensitive`,
        );
        continue;
      }
      const lacking = await call(route, await keyWith(allScopes.filter((s) => !scopes.includes(s))));
      const required =
        lacking.code === 'INSUFFICIENT_SCOPE' ? lacking.res.json().error.details.required : null;
      if (lacking.status !== 403 || JSON.stringify(required) !== JSON.stringify(scopes)) {
        failures.push(`${name}: a key with every other scope got ${lacking.status} ${lacking.code}`);
      }
      for (const scope of scopes) {
        const holding = await call(route, await keyWith([scope]));
        if (holding.status === 401 || ['INSUFFICIENT_SCOPE', 'API_KEY_NOT_ALLOWED'].includes(holding.code)) {
          failures.push(`${name}: a key with ${scope} got ${holding.status} ${holding.code}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
