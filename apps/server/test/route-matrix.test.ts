import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { AppContext } from '../src/context.js';
import type { AccessTableEntry } from '../src/http/route-access.js';
import { acceptedRights } from '../src/http/route-access.js';
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
  const ids = { company: '', app: '' };

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    const owner = await signUp(app, ctx, 'owner@matrix.test');
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
