import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { latestMail } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { loadAppPrincipal } from './app-principal.js';

describeDb('app users', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let colleague: Person;
  let client: Person;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@users.test', 'Olivia Owner');
    colleague = await signUp(app, ctx, 'colleague@users.test', 'Colin Colleague');
    client = await signUp(app, ctx, 'client@users.test', 'Clara Client');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    await insertMember(ctx, companyId, colleague.accountId, []);
    base = `/api/apps/${(await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'CRM' })).json().app.id}`;
    await owner.client.post(`${base}/attributes`, { key: 'department', name: 'Department', type: 'text' });
    await owner.client.post(`${base}/attributes`, {
      key: 'region',
      name: 'Region',
      type: 'singleSelect',
      options: ['north', 'south'],
    });
    await owner.client.post(`${base}/attributes`, { key: 'seats', name: 'Seats', type: 'integer' });
  });

  const appUsers = () => ctx.database.db.selectFrom('app_user').select('account_id').execute();

  it('adds a company member by email with roles, direct rights and attributes', async () => {
    const res = await owner.client.post(`${base}/users`, {
      email: 'COLLEAGUE@users.test',
      roles: ['team_admin'],
      directRights: ['app.media.read'],
      attributes: { department: 'Sales', region: 'north' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      accountId: colleague.accountId,
      email: 'colleague@users.test',
      name: 'Colin Colleague',
      status: 'active',
      member: true,
      roles: ['team_admin'],
      directRights: ['app.media.read'],
      attributes: { department: 'Sales', region: 'north' },
    });
    const again = await owner.client.post(`${base}/users`, { email: colleague.email });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_APP_USER');
  });

  it('adds any existing account as an end user with the User role by default', async () => {
    const res = await owner.client.post(`${base}/users`, { email: client.email, attributes: { seats: 3 } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      member: false,
      roles: ['user'],
      directRights: [],
      attributes: { seats: 3 },
    });
  });

  it('refuses an unknown email with 404 and attribute values of the wrong type with 400, adding no one', async () => {
    const before = await appUsers();
    const unknown = await owner.client.post(`${base}/users`, { email: 'nobody@users.test' });
    expect(unknown.statusCode).toBe(404);
    const stranger = await signUp(app, ctx, 'stranger@users.test');
    const bad = await owner.client.post(`${base}/users`, {
      email: stranger.email,
      attributes: { region: 'east', seats: 2.5, shoeSize: 44 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['attributes.region', 'attributes.seats', 'attributes.shoeSize']);
    const unknownRole = await owner.client.post(`${base}/users`, { email: stranger.email, roles: ['ghost'] });
    expect(unknownRole.json().error).toMatchObject({
      code: 'UNKNOWN_ROLES',
      details: { unknown: ['ghost'] },
    });
    expect(await appUsers()).toEqual(before);
  });

  it('creates an end user with a temporary password shown once and a confirmation mail', async () => {
    const res = await owner.client.post(`${base}/users/create`, {
      email: 'new.client@users.test',
      name: 'Nina New',
      attributes: { region: 'south' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(user).toMatchObject({
      email: 'new.client@users.test',
      roles: ['user'],
      attributes: { region: 'south' },
    });
    const account = await ctx.database.db
      .selectFrom('account')
      .selectAll()
      .where('id', '=', user.accountId)
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ must_change_password: true, email_verified: false });
    expect(await latestMail(ctx, 'new.client@users.test', 'verify-email')).toBeDefined();
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.user.created')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.details)).not.toContain(temporaryPassword);
  });

  it('creates no account when the enrolment is invalid or the email is taken', async () => {
    const invalid = await owner.client.post(`${base}/users/create`, {
      email: 'never@users.test',
      name: 'Never',
      roles: ['ghost'],
    });
    expect(invalid.statusCode).toBe(400);
    const account = await ctx.database.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', 'never@users.test');
    expect(await account.execute()).toEqual([]);
    const taken = await owner.client.post(`${base}/users/create`, { email: client.email, name: 'Clara' });
    expect(taken.statusCode).toBe(409);
  });

  it('lists users by email, a page at a time, with roles and attributes', async () => {
    const first = await owner.client.get(`${base}/users?limit=2`);
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items.map((u: { email: string }) => u.email)).toEqual([
      'client@users.test',
      'colleague@users.test',
    ]);
    expect(page1.next).toBe('colleague@users.test');
    const page2 = (
      await owner.client.get(`${base}/users?limit=2&after=${encodeURIComponent(page1.next)}`)
    ).json();
    expect(page2.items.map((u: { email: string }) => u.email)).toEqual([
      'new.client@users.test',
      'owner@users.test',
    ]);
    expect(page2.next).toBeNull();
    expect(page2.items[1]).toMatchObject({ name: 'Olivia Owner', member: true, roles: ['team_admin'] });
    const search = (await owner.client.get(`${base}/users?search=nina`)).json();
    expect(search.items.map((u: { email: string }) => u.email)).toEqual(['new.client@users.test']);
    const admins = (await owner.client.get(`${base}/users?role=team_admin`)).json();
    expect(admins.items.map((u: { email: string }) => u.email)).toEqual([
      'colleague@users.test',
      'owner@users.test',
    ]);
    const suspended = (await owner.client.get(`${base}/users?status=suspended`)).json();
    expect(suspended.items).toEqual([]);
    const none = (await owner.client.get(`${base}/users?role=team_admin&search=clara`)).json();
    expect(none.items).toEqual([]);
  });

  it('changes attributes (null clears one) and audits before and after', async () => {
    const res = await owner.client.patch(`${base}/users/${colleague.accountId}`, {
      attributes: { department: null, seats: 10 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().attributes).toEqual({ region: 'north', seats: 10 });
    const bad = await owner.client.patch(`${base}/users/${colleague.accountId}`, {
      attributes: { seats: 'ten' },
    });
    expect(bad.json().error.details.issues[0]).toMatchObject({ field: 'attributes.seats' });
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.user.updated')
      .executeTakeFirstOrThrow();
    expect(entry.details).toEqual({
      before: { status: 'active', attributes: { department: 'Sales', region: 'north' } },
      after: { status: 'active', attributes: { region: 'north', seats: 10 } },
    });
  });

  it('suspends an end user, which closes the app to them, and reactivates them', async () => {
    expect((await client.client.get(`${base}`)).statusCode).toBe(200);
    const res = await owner.client.patch(`${base}/users/${client.accountId}`, { status: 'suspended' });
    expect(res.json().status).toBe('suspended');
    const closed = await client.client.get(`${base}`);
    expect(closed.statusCode).toBe(403);
    expect(closed.json().error.code).toBe('APP_ACCESS_SUSPENDED');
    await owner.client.patch(`${base}/users/${client.accountId}`, { status: 'active' });
    expect((await client.client.get(`${base}`)).statusCode).toBe(200);
    const self = await owner.client.patch(`${base}/users/${owner.accountId}`, { status: 'suspended' });
    expect(self.statusCode).toBe(409);
  });

  it('reads and sets permissions, showing the effective rights', async () => {
    const read = await owner.client.get(`${base}/users/${colleague.accountId}/permissions`);
    expect(read.json()).toMatchObject({
      appUser: 'active',
      roles: ['team_admin'],
      directRights: ['app.media.read'],
    });
    expect(read.json().effective).toMatchObject({
      builder: true,
      allData: true,
      internal: true,
      forceMfa: false,
    });
    expect(read.json().effective.rights).toHaveLength(14);
    const set = await owner.client.request('PUT', `${base}/users/${colleague.accountId}/permissions`, {
      roles: ['user'],
      directRights: ['app.templates.read', 'app.media.read'],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({
      accountId: colleague.accountId,
      appUser: 'active',
      roles: ['user'],
      directRights: ['app.media.read', 'app.templates.read'],
      effective: {
        // The User role's own rights: the data gate.
        rights: ['app.data.edit', 'app.data.read', 'app.media.read', 'app.templates.read'],
        internal: false,
        builder: false,
        allData: false,
        forceMfa: false,
      },
    });
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.user.permissions_changed')
      .executeTakeFirstOrThrow();
    expect(entry.details).toEqual({
      before: { roles: ['team_admin'], directRights: ['app.media.read'] },
      after: { roles: ['user'], directRights: ['app.media.read', 'app.templates.read'] },
    });
    expect(entry).toMatchObject({ actor_account_id: owner.accountId, target_id: colleague.accountId });
  });

  it("builds an app user's principal for the data plane, and none for a suspended user", async () => {
    const appId = base.split('/').at(-1)!;
    const principal = await loadAppPrincipal(ctx.database.db, appId, colleague.accountId);
    expect(principal).toEqual({
      id: colleague.accountId,
      email: 'colleague@users.test',
      roles: ['user'],
      rights: ['app.data.edit', 'app.data.read', 'app.media.read', 'app.templates.read'],
      internal: false,
      builder: false,
      allData: false,
      attributes: { region: 'north', seats: 10 },
    });
    const admin = await loadAppPrincipal(ctx.database.db, appId, owner.accountId);
    expect(admin).toMatchObject({ roles: ['team_admin'], builder: true, allData: true, internal: true });
    expect(admin!.rights).toHaveLength(14);
    await owner.client.patch(`${base}/users/${client.accountId}`, { status: 'suspended' });
    expect(await loadAppPrincipal(ctx.database.db, appId, client.accountId)).toBeNull();
    await owner.client.patch(`${base}/users/${client.accountId}`, { status: 'active' });
    expect(await loadAppPrincipal(ctx.database.db, appId, randomUUID())).toBeNull();
  });

  it('removes an app user but keeps their account; anyone else is a 404', async () => {
    const res = await owner.client.delete(`${base}/users/${client.accountId}`);
    expect(res.statusCode).toBe(204);
    expect((await owner.client.get(`${base}/users/${client.accountId}`)).statusCode).toBe(404);
    expect((await client.client.get(base)).statusCode).toBe(404);
    expect((await client.client.get('/api/auth/me')).statusCode).toBe(200);
    for (const id of [client.accountId, randomUUID(), 'not-an-id']) {
      const missing = await owner.client.delete(`${base}/users/${id}`);
      expect(missing.statusCode, id).toBe(404);
      expect(missing.json().error.message).toBe('The app user was not found.');
    }
    const anonymous = await new TestClient(app).get(`${base}/users`);
    expect(anonymous.statusCode).toBe(401);
  });
});
