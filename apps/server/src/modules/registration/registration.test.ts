import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { firstLink, latestMail, pathOf, strongPassword } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// What must not differ between a hidden app and a missing one: everything but the request id.
function errorOf(res: LightMyRequestResponse) {
  const { requestId: _, ...error } = res.json().error;
  return { status: res.statusCode, ...error };
}

describeDb('self-registration into an app', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let existing: Person;
  let base: string;
  let companyId: string;
  let anonymous: TestClient;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    anonymous = new TestClient(app);
    owner = await signUp(app, ctx, 'owner@register.test');
    existing = await signUp(app, ctx, 'existing@register.test');
    companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    base = `/api/apps/${(await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Shop' })).json().app.id}`;
    await owner.client.post(`${base}/attributes`, { key: 'company', name: 'Company', type: 'text' });
    await owner.client.post(`${base}/attributes`, {
      key: 'region',
      name: 'Region',
      type: 'singleSelect',
      options: ['north', 'south'],
    });
    await owner.client.post(`${base}/attributes`, { key: 'employees', name: 'Employees', type: 'integer' });
  });

  const accountCount = async () =>
    Number(
      (
        await ctx.database.db
          .selectFrom('account')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const appUserIds = async () =>
    (await ctx.database.db.selectFrom('app_user').select('account_id').orderBy('account_id').execute()).map(
      (r) => r.account_id,
    );
  const register = (email: string, answers: Record<string, unknown> = {}, password = strongPassword(email)) =>
    anonymous.post(`${base}/register`, { email, password, name: 'Rita Registrant', answers });

  it('defines the register form from attributes, refusing unknown or repeated ones', async () => {
    const bad = await owner.client.request('PUT', `${base}/register-form`, {
      fields: [
        { attribute: 'company', label: 'Company' },
        { attribute: 'shoeSize', label: 'Shoe size' },
        { attribute: 'company', label: 'Company again' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { field: string }) => i.field)).toEqual([
      'fields.1.attribute',
      'fields.2.attribute',
    ]);
    const res = await owner.client.request('PUT', `${base}/register-form`, {
      fields: [
        { attribute: 'company', label: 'Your company', required: true },
        { attribute: 'region', label: 'Region' },
        { attribute: 'employees', label: 'Employees' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().fields[1]).toEqual({
      attribute: 'region',
      label: 'Region',
      required: false,
      type: 'singleSelect',
      options: ['north', 'south'],
    });
    const byStranger = await existing.client.request('PUT', `${base}/register-form`, { fields: [] });
    expect(byStranger.statusCode).toBe(404);
  });

  it('is closed by default, and then to the public it is the 404 of a missing app', async () => {
    const accounts = await accountCount();
    const missing = `/api/apps/${randomUUID()}`;
    const form = await anonymous.get(`${base}/register-form`);
    expect(form.statusCode).toBe(404);
    expect(errorOf(form)).toEqual(errorOf(await anonymous.get(`${missing}/register-form`)));
    expect((await owner.client.get(`${base}/register-form`)).statusCode).toBe(200);
    const res = await register('closed@register.test', { company: 'Initech' });
    expect(res.statusCode).toBe(404);
    const body = { email: 'closed@register.test', password: strongPassword('c'), name: 'C', answers: {} };
    expect(errorOf(res)).toEqual(errorOf(await anonymous.post(`${missing}/register`, body)));
    expect(await accountCount()).toBe(accounts);
  });

  it('tells those who can see a closed app that it is closed, and only them', async () => {
    const member = await signUp(app, ctx, 'member@register.test');
    await insertMember(ctx, companyId, member.accountId, []);
    const stranger = await signUp(app, ctx, 'stranger@register.test');
    const form = await member.client.get(`${base}/register-form`);
    expect(form.statusCode).toBe(403);
    expect(form.json().error.code).toBe('REGISTRATION_CLOSED');
    const join = await member.client.post(`${base}/join`, { answers: { company: 'Acme' } });
    expect(join.statusCode).toBe(403);
    expect(join.json().error.code).toBe('REGISTRATION_CLOSED');
    const hiddenForm = await stranger.client.get(`${base}/register-form`);
    const hiddenJoin = await stranger.client.post(`${base}/join`, { answers: {} });
    expect([hiddenForm.statusCode, hiddenJoin.statusCode]).toEqual([404, 404]);
    expect(hiddenForm.json().error.code).toBe('NOT_FOUND');
    expect(hiddenJoin.json().error.code).toBe('NOT_FOUND');
    expect(await appUserIds()).not.toContain(member.accountId);
    expect(await appUserIds()).not.toContain(stranger.accountId);
  });

  it('reads a closed form for an API key only as far as its scopes go', async () => {
    const keyWith = async (scopes: string[]) => {
      const key = await owner.client.post('/api/auth/api-keys', { name: scopes.join(' '), scopes });
      expect(key.statusCode, key.body).toBe(201);
      return app.inject({
        method: 'GET',
        url: `${base}/register-form`,
        headers: { authorization: `Bearer ${key.json().token}` },
      });
    };
    const missing = await anonymous.get(`/api/apps/${randomUUID()}/register-form`);
    // A key that may not act for its account learns nothing; one that may is told it is closed;
    // one that may manage users reads the form.
    expect(errorOf(await keyWith(['app.data.read']))).toEqual(errorOf(missing));
    expect(errorOf(await keyWith(['account:read']))).toMatchObject({
      status: 403,
      code: 'REGISTRATION_CLOSED',
    });
    expect((await keyWith(['company.users.manage'])).statusCode).toBe(200);
  });

  it('answers an unknown app with 404', async () => {
    for (const id of [randomUUID(), 'nope']) {
      expect(
        (await anonymous.post(`/api/apps/${id}/register`, { email: 'a@b.test', password: 'x', name: 'A' }))
          .statusCode,
      ).toBe(404);
      expect((await anonymous.get(`/api/apps/${id}/register-form`)).statusCode).toBe(404);
    }
  });

  it('validates the answers against the form, by type, before any account exists', async () => {
    await owner.client.patch(base, { registration: 'open' });
    // An open app is public: anyone may read its form, signed in or not, to join it.
    expect((await anonymous.get(`${base}/register-form`)).json().fields).toHaveLength(3);
    expect((await existing.client.get(`${base}/register-form`)).json().fields).toHaveLength(3);
    const accounts = await accountCount();
    const res = await register('typo@register.test', {
      region: 'east',
      employees: 'many',
      favouriteColour: 'red',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['answers.company', 'answers.employees', 'answers.favouriteColour', 'answers.region']);
    const weak = await register('weak@register.test', { company: 'Initech' }, 'password1234');
    expect(weak.statusCode).toBe(400);
    expect(await accountCount()).toBe(accounts);
  });

  it('registers an end user with the User role and the answers as attributes', async () => {
    const res = await register('rita@register.test', { company: 'Initech', region: 'south' });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().status).toBe('verification_sent');
    const account = await ctx.database.db
      .selectFrom('account')
      .selectAll()
      .where('email', '=', 'rita@register.test')
      .executeTakeFirstOrThrow();
    expect(account.email_verified).toBe(false);
    const user = (await owner.client.get(`${base}/users/${account.id}`)).json();
    expect(user).toMatchObject({
      roles: ['user'],
      directRights: [],
      attributes: { company: 'Initech', region: 'south' },
    });
    const entry = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.user.registered')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_account_id: account.id, app_id: base.split('/').at(-1) });

    const rita = new TestClient(app);
    const mail = await latestMail(ctx, 'rita@register.test', 'verify-email');
    expect((await rita.get(pathOf(firstLink(mail!.text_body)))).statusCode).toBe(200);
    const login = await rita.post('/api/auth/login', {
      email: 'rita@register.test',
      password: strongPassword('rita@register.test'),
    });
    expect(login.statusCode).toBe(200);
    expect((await rita.get('/api/apps')).json().items).toEqual([
      expect.objectContaining({ name: 'Shop', roles: [{ key: 'user', name: 'User' }] }),
    ]);
    expect((await rita.get(`${base}/users`)).statusCode).toBe(403);
  });

  it('answers an existing email exactly the same and changes nothing', async () => {
    const users = await appUserIds();
    const accounts = await accountCount();
    const identity = () =>
      ctx.database.db
        .selectFrom('account_identity')
        .select('password')
        .where('account_id', '=', existing.accountId)
        .executeTakeFirstOrThrow();
    const passwordBefore = await identity();
    const fresh = await register('fresh@register.test', { company: 'Hooli' });
    const taken = await register(existing.email, { company: 'Hooli' });
    const takenAgain = await register('rita@register.test', { company: 'Changed' });
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.json()).toEqual(fresh.json());
    expect(takenAgain.json()).toEqual(fresh.json());
    expect(await accountCount()).toBe(accounts + 1);
    expect((await appUserIds()).filter((id) => !users.includes(id))).toHaveLength(1);
    expect(await appUserIds()).not.toContain(existing.accountId);
    expect(await identity()).toEqual(passwordBefore);
    const rita = await ctx.database.db
      .selectFrom('app_user')
      .innerJoin('account', 'account.id', 'app_user.account_id')
      .select('app_user.attributes')
      .where('account.email', '=', 'rita@register.test')
      .executeTakeFirstOrThrow();
    expect(rita.attributes).toEqual({ company: 'Initech', region: 'south' });
    expect(await latestMail(ctx, existing.email, 'registration-attempt')).toBeDefined();
  });

  it('lets a signed-in account join an open app once, answering the form', async () => {
    const bad = await existing.client.post(`${base}/join`, { answers: { employees: 12 } });
    expect(bad.json().error.details.issues[0].field).toBe('answers.company');
    const res = await existing.client.post(`${base}/join`, { answers: { company: 'Globex', employees: 12 } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'active',
      roles: ['user'],
      attributes: { company: 'Globex', employees: 12 },
    });
    const again = await existing.client.post(`${base}/join`, { answers: { company: 'Globex' } });
    expect(again.statusCode).toBe(409);
    await owner.client.patch(base, { registration: 'closed' });
    const late = await signUp(app, ctx, 'late@register.test');
    // A stranger learns nothing from a closed app; one of its users is told it is closed.
    const closed = await late.client.post(`${base}/join`, { answers: { company: 'Late' } });
    const missing = await late.client.post(`/api/apps/${randomUUID()}/join`, {
      answers: { company: 'Late' },
    });
    expect(closed.statusCode).toBe(404);
    expect(errorOf(closed)).toEqual(errorOf(missing));
    expect(await appUserIds()).not.toContain(late.accountId);
    const member = await existing.client.post(`${base}/join`, { answers: { company: 'Globex' } });
    expect(member.statusCode).toBe(403);
    expect(member.json().error.code).toBe('REGISTRATION_CLOSED');
    expect((await existing.client.get(`${base}/register-form`)).json().error.code).toBe(
      'REGISTRATION_CLOSED',
    );
  });
});
