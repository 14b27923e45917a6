import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { signUp } from '../../../test/harness/tenants.js';
import { seedDemo } from '../../cli/demo.js';
import { DEMO_PEOPLE } from '../../cli/demo-data.js';
import type { AppContext } from '../../context.js';

type Json = Record<string, unknown>;
type Res = { statusCode: number; json(): Json; body: string };

describeDb('view as another user', (database) => {
  let app: Awaited<ReturnType<typeof createTestApp>>['app'];
  let ctx: AppContext;
  let appId = '';
  const clients: Record<string, TestClient> = {};
  const ids: Record<string, string> = {};
  let positions: string[] = [];
  let candidates: string[] = [];

  const signIn = async (email: string, password: string) => {
    const client = new TestClient(app, ctx.config.publicUrl);
    const res = await client.post('/api/auth/login', { email, password });
    expect(res.statusCode, res.body).toBe(200);
    return client;
  };
  const records = (collection: string) => `/api/apps/${appId}/collections/${collection}/records`;
  const viewAs = (client: TestClient, body: Json) => client.post(`/api/apps/${appId}/access/view-as`, body);

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await seedDemo(app, ctx);
    appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
    for (const person of DEMO_PEOPLE) {
      clients[person.key] = await signIn(person.email, person.password);
      ids[person.key] = (await clients[person.key]!.get('/api/auth/me')).json().id as string;
    }
    const all = async (c: string) =>
      ((await clients.tessa!.get(`${records(c)}?limit=100`)).json().items as Json[]).map((i) => String(i.id));
    positions = await all('positions');
    candidates = await all('candidates');
    expect(positions.length).toBeGreaterThan(5);
    expect(candidates.length).toBeGreaterThan(5);
  });

  // The same requests a person's app would make: lists with capabilities, every record, a filter.
  const requests = () => [
    `${records('positions')}?limit=100&meta=can`,
    `${records('positions')}?limit=100&expand=hiringManager`,
    `${records('candidates')}?limit=100&meta=can&expand=position`,
    `${records('positions')}?filter=${encodeURIComponent('record.salary > 100000')}`,
    `${records('candidates')}?search=engineer&count=true`,
    ...positions.map((id) => `${records('positions')}/${id}?meta=can`),
    ...candidates.map((id) => `${records('candidates')}/${id}`),
  ];
  // Request ids and explain references are per request; everything else must be the same.
  const comparable = (res: Res) => {
    const body = res.json();
    if (body.error) {
      const error = body.error as Json;
      return { status: res.statusCode, code: error.code, message: error.message };
    }
    return { status: res.statusCode, body };
  };

  describe('differential: viewing answers exactly what the user is answered', () => {
    for (const key of ['andy', 'priya', 'melissa', 'jonas', 'uma']) {
      it(`as ${key}`, async () => {
        const tessa = await signIn(DEMO_PEOPLE[0]!.email, DEMO_PEOPLE[0]!.password);
        const started = await viewAs(tessa, {
          user: ids[key],
          reason: 'Checking the demo rules',
          minutes: 10,
        });
        expect(started.statusCode, started.body).toBe(201);
        let denials = 0;
        for (const url of requests()) {
          const own = await clients[key]!.get(url);
          const viewed = await tessa.get(url);
          expect(comparable(viewed), url).toEqual(comparable(own));
          if (own.statusCode === 404) denials++;
        }
        // The scenario has hidden records for everyone but the team admin's view.
        expect(denials).toBeGreaterThan(0);
        expect((await tessa.delete('/api/view-as')).statusCode).toBe(204);
        const back = await tessa.get(`${records('positions')}?limit=100`);
        expect((back.json().items as Json[]).length).toBe(positions.length);
      });
    }
  });

  it('is read-only unless asked, and writes need a caller who may write everything', async () => {
    const tessa = await signIn(DEMO_PEOPLE[0]!.email, DEMO_PEOPLE[0]!.password);
    const melissasOwn = (await clients.melissa!.get(`${records('positions')}?limit=100`)).json()
      .items as Json[];
    const target = String(melissasOwn[0]!.id);
    expect(
      (await viewAs(tessa, { user: 'melissa@acme-talent.example', reason: 'Reproduce a bug' })).statusCode,
    ).toBe(201);
    const refused = await tessa.patch(`${records('positions')}/${target}`, { values: { status: 'Filled' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'VIEW_AS_READ_ONLY' });
    expect((await clients.melissa!.get(`${records('positions')}/${target}`)).json().status).toBe(
      melissasOwn[0]!.status,
    );

    // The company owner may write everything, so a writable view is theirs to ask for.
    const writable = await viewAs(tessa, {
      user: ids.melissa,
      reason: 'Fix a record as Melissa',
      writes: true,
    });
    expect(writable.statusCode).toBe(409); // cannot be nested, not even to change mode
    await tessa.delete('/api/view-as');
    expect(
      (await viewAs(tessa, { user: ids.melissa, reason: 'Fix a record as Melissa', writes: true }))
        .statusCode,
    ).toBe(201);
    const status = melissasOwn[0]!.status === 'On hold' ? 'Open' : 'On hold';
    const changed = await tessa.patch(`${records('positions')}/${target}`, { values: { status } });
    expect(changed.statusCode, changed.body).toBe(200);
    // Authorized as Melissa: her rules apply, so salary stays out of reach, and the change is hers.
    const salary = await tessa.patch(`${records('positions')}/${target}`, { values: { salary: 1 } });
    expect(salary.statusCode).toBe(403);
    expect(salary.json().error).toMatchObject({
      code: 'FIELD_WRITE_DENIED',
      details: { fields: ['salary'] },
    });
    expect((await clients.tessa!.get(`${records('positions')}/${target}`)).json().status).toBe(status);
    await tessa.delete('/api/view-as');
  });

  it('refuses more privileged targets, writes for callers who cannot make them, and itself', async () => {
    // Sam supports the team: sees the data model and holds the data gate, but no other right and no flag.
    const sam = await signUp(app, ctx, 'sam@acme-talent.example', 'Sam');
    const tessa = clients.tessa!;
    const base = `/api/apps/${appId}`;
    expect(
      (
        await tessa.post(`${base}/roles`, {
          key: 'support',
          name: 'Support',
          // Internal staff, like the demo's interviewers they help.
          internal: true,
          rights: ['app.dataformats.read', 'app.data.read', 'app.data.edit'],
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await tessa.post(`${base}/roles`, { key: 'editor', name: 'Editor', rights: ['app.dataformats.edit'] }))
        .statusCode,
    ).toBe(201);
    expect(
      (await tessa.post(`${base}/users`, { email: 'sam@acme-talent.example', roles: ['support'] }))
        .statusCode,
    ).toBe(201);
    const jonasRoles = await tessa.put(`${base}/users/${ids.jonas}/permissions`, {
      roles: ['interviewer', 'editor'],
      directRights: [],
    });
    expect(jonasRoles.statusCode, jonasRoles.body).toBe(200);

    const higher = await viewAs(sam.client, { user: ids.jonas, reason: 'Support ticket 4411' });
    expect(higher.statusCode).toBe(403);
    expect(higher.json().error).toMatchObject({
      code: 'VIEW_AS_TARGET_MORE_PRIVILEGED',
      details: { missing: ['app.dataformats.edit'] },
    });
    const writes = await viewAs(sam.client, {
      user: ids.melissa,
      reason: 'Support ticket 4412',
      writes: true,
    });
    expect(writes.json().error).toMatchObject({
      code: 'VIEW_AS_WRITES_NOT_ALLOWED',
      details: { field: 'writes' },
    });
    expect((await viewAs(sam.client, { user: ids.melissa, reason: 'Support ticket 4412' })).statusCode).toBe(
      201,
    );
    await sam.client.delete('/api/view-as');

    expect((await viewAs(sam.client, { user: sam.accountId, reason: 'Myself' })).json().error).toMatchObject({
      code: 'VIEW_AS_SELF',
    });
    const tooLong = await viewAs(tessa, { user: ids.andy, reason: 'A long look', minutes: 61 });
    expect(tooLong.statusCode).toBe(400);
    const noReason = await viewAs(tessa, { user: ids.andy });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('reason');
    // Andy holds the data gate, like every user, but no builder right: he cannot view as anyone.
    expect((await viewAs(clients.andy!, { user: ids.melissa, reason: 'Curious' })).statusCode).toBe(403);
  });

  it('closes everything but the app data while viewing, and audits with both identities', async () => {
    const tessa = await signIn(DEMO_PEOPLE[0]!.email, DEMO_PEOPLE[0]!.password);
    const started = await viewAs(tessa, { user: ids.melissa, reason: 'Audit trail check', minutes: 5 });
    const viewId = started.json().id as string;
    const status = await tessa.get('/api/view-as');
    expect(status.json().active).toMatchObject({
      id: viewId,
      user: { id: ids.melissa },
      caller: { id: ids.tessa },
    });

    const forbidden: [string, string, Json?][] = [
      ['GET', `/api/apps/${appId}/rules`],
      ['GET', `/api/apps/${appId}/users`],
      ['POST', '/api/auth/api-keys', { name: 'sneaky', scopes: ['account:read'] }],
      ['POST', '/api/auth/password/change', { currentPassword: 'x', newPassword: 'y' }],
      ['GET', '/api/auth/me'],
      ['GET', '/api/companies'],
      ['GET', '/api/admin/accounts'],
    ];
    for (const [method, url, body] of forbidden) {
      const res = await tessa.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.code, `${method} ${url}`).toBe('VIEW_AS_RESTRICTED');
    }
    expect(
      (await tessa.post(`/api/apps/${appId}/access/view-as`, { user: ids.andy, reason: 'Nested' }))
        .statusCode,
    ).toBe(409);
    const keys = await ctx.database.db
      .selectFrom('api_key')
      .select('id')
      .where('name', '=', 'sneaky')
      .execute();
    expect(keys).toEqual([]);

    // A denial while viewing is audited as Melissa's, with Tessa beside her.
    const melissaSees = (
      (await clients.melissa!.get(`${records('positions')}?limit=100`)).json().items as Json[]
    ).map((i) => i.id);
    const unseen = positions.find((id) => !melissaSees.includes(id))!;
    const denied = await tessa.get(`${records('positions')}/${unseen}`);
    expect(denied.statusCode).toBe(404);
    const audit = await ctx.database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_account_id', 'impersonator_account_id', 'details'])
      .where('action', 'in', ['data.denied', 'view_as.start'])
      .execute();
    const reference = (denied.json().error as Json & { details: Json }).details.reference;
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'data.denied',
        actor_account_id: ids.melissa,
        impersonator_account_id: ids.tessa,
        details: expect.objectContaining({ reference }),
      }),
    );
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'view_as.start',
        actor_account_id: ids.tessa,
        details: expect.objectContaining({ viewAs: viewId, reason: 'Audit trail check' }),
      }),
    );
  });

  it('expires on its own, and stopping returns to the caller', async () => {
    const tessa = await signIn(DEMO_PEOPLE[0]!.email, DEMO_PEOPLE[0]!.password);
    const started = await viewAs(tessa, { user: ids.uma, reason: 'Expiry check', minutes: 1 });
    expect(((await tessa.get(`${records('positions')}?limit=100`)).json().items as Json[]).length).toBe(0);
    await ctx.database.db
      .updateTable('view_as_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', started.json().id as string)
      .execute();
    const after = await tessa.get(`${records('positions')}?limit=100`);
    expect((after.json().items as Json[]).length).toBe(positions.length);
    expect((await tessa.get('/api/view-as')).json().active).toBeNull();
    expect((await tessa.get(`/api/apps/${appId}/rules`)).statusCode).toBe(200);

    // Another session cannot ride on the cookie of this one.
    await viewAs(tessa, { user: ids.uma, reason: 'Cookie binding', minutes: 5 });
    const other = clients.tessa!;
    const cookie = tessa.cookieHeader();
    const viewId = /charter\.view_as=([0-9a-f-]+)/.exec(cookie)?.[1];
    expect(viewId).toBeTruthy();
    const res = await app.inject({
      method: 'GET',
      url: `${records('positions')}?limit=100`,
      headers: { cookie: `${other.cookieHeader()}; charter.view_as=${viewId}` },
    });
    expect((res.json().items as Json[]).length).toBe(positions.length);
  });
});
