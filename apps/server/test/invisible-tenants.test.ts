import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { AppContext } from '../src/context.js';
import type { AccessTableEntry } from '../src/http/route-access.js';
import { latestMail, strongPassword } from './harness/accounts.js';
import { createTestApp } from './harness/app.js';
import { TestClient } from './harness/client.js';
import { describeDb } from './harness/database.js';
import { insertCompany, type Person, signUp } from './harness/tenants.js';

// A company or app the caller cannot see answers exactly like one that does not exist, on every
// route that names one: same status, code, message and details. The routes come from the app
// itself, so a route added tomorrow is compared the day it is added.

type Ids = { company: string; app: string };

/** The error a response carries, without its request id: what must not differ. */
function answerOf(res: LightMyRequestResponse) {
  const body = res.body ? (JSON.parse(res.body) as { error?: Record<string, unknown> }) : {};
  const { code, message, details } = body.error ?? {};
  return { status: res.statusCode, code, message, details, body: body.error ? undefined : res.body };
}

function namesTenant(route: AccessTableEntry): boolean {
  return /:(company|app)\b/.test(route.url);
}

// Bodies that pass each registration route's schema, so the answer comes from the app lookup.
function bodyFor(route: AccessTableEntry): unknown {
  if (route.url.endsWith('/register')) {
    return { email: 'nobody@invisible.test', password: strongPassword('n'), name: 'No One', answers: {} };
  }
  if (route.url.endsWith('/join')) return { answers: {} };
  return ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
}

function urlFor(route: AccessTableEntry, ids: Ids, others: string): string {
  return route.url
    .replace(':company', ids.company)
    .replace(':app', ids.app)
    .replace(/:[A-Za-z]+/g, others);
}

describeDb('a company or app the caller cannot see', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let stranger: Person;
  let otherOwner: Person;
  const hidden: Ids = { company: '', app: '' };

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@invisible.test');
    stranger = await signUp(app, ctx, 'stranger@invisible.test');
    otherOwner = await signUp(app, ctx, 'other@invisible.test');
    hidden.company = await insertCompany(ctx, 'Hidden Inc', owner.accountId);
    const created = await owner.client.post(`/api/companies/${hidden.company}/apps`, { name: 'Secret' });
    expect(created.statusCode, created.body).toBe(201);
    hidden.app = created.json().app.id;
    // The stranger next door has a company and an app of their own: belonging somewhere changes nothing.
    const elsewhere = await insertCompany(ctx, 'Elsewhere Ltd', otherOwner.accountId);
    await otherOwner.client.post(`/api/companies/${elsewhere}/apps`, { name: 'Theirs' });
  });

  it('answers like a missing one on every route that names it, anonymous or signed in', async () => {
    const callers: Record<string, TestClient> = {
      anonymous: new TestClient(app),
      stranger: stranger.client,
      'member elsewhere': otherOwner.client,
    };
    const routes = app.accessTable.filter(
      (r) => namesTenant(r) && r.method !== 'HEAD' && !r.url.startsWith('/api/docs'),
    );
    const differences: string[] = [];
    const statuses = new Map<string, number>();
    for (const route of routes) {
      const others = randomUUID(); // the same record, rule or user id on both sides
      const missing: Ids = { company: randomUUID(), app: randomUUID() };
      for (const [name, client] of Object.entries(callers)) {
        const body = bodyFor(route);
        const real = answerOf(await client.request(route.method, urlFor(route, hidden, others), body));
        const random = answerOf(await client.request(route.method, urlFor(route, missing, others), body));
        if (JSON.stringify(real) !== JSON.stringify(random)) {
          differences.push(
            `${name} ${route.method} ${route.url}: ${JSON.stringify(real)} vs ${JSON.stringify(random)}`,
          );
        }
        if (name !== 'anonymous' || route.access.kind === 'public') {
          statuses.set(`${name} ${route.method} ${route.url}`, real.status);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(routes.length).toBeGreaterThan(60);
    // Public routes too: anonymous callers are told nothing about a closed app.
    for (const route of ['POST /api/apps/:app/register', 'GET /api/apps/:app/register-form']) {
      expect(statuses.get(`anonymous ${route}`), route).toBe(404);
      expect(statuses.get(`stranger ${route}`), route).toBe(404);
    }
    expect(statuses.get('stranger POST /api/apps/:app/join')).toBe(404);
    expect(statuses.get('stranger GET /api/apps/:app')).toBe(404);
    expect(statuses.get('member elsewhere GET /api/companies/:company')).toBe(404);
  });

  it('names its company to no one but the invited address', async () => {
    const invited = await owner.client.post(`/api/companies/${hidden.company}/invitations`, {
      email: 'invitee@invisible.test',
      rights: [],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const mail = await latestMail(ctx, 'invitee@invisible.test');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.text_body)![1]!;
    const unknown = 'x'.repeat(43);
    // Someone else's live invitation: the stranger learns nothing from accepting it.
    const theirs = await stranger.client.post('/api/invitations/accept', { token });
    const none = await stranger.client.post('/api/invitations/accept', { token: unknown });
    expect(answerOf(theirs)).toEqual(answerOf(none));
    expect(theirs.json().error.code).toBe('INVALID_INVITATION');
    // Revoked: the link no longer shows the company to anyone.
    await owner.client.delete(`/api/companies/${hidden.company}/invitations/${invited.json().id}`);
    const anonymous = new TestClient(app);
    const revoked = await anonymous.post('/api/invitations/preview', { token });
    const unknownPreview = await anonymous.post('/api/invitations/preview', { token: unknown });
    expect(answerOf(revoked)).toEqual(answerOf(unknownPreview));
    expect(revoked.body).not.toContain('Hidden Inc');
  });
});
