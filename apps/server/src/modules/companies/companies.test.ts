import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { strongPassword, totp } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

async function enrol(person: Person, email: string): Promise<void> {
  const started = await person.client.post('/api/auth/mfa/enroll', { password: strongPassword(email) });
  const secret = new URL(started.json().totpURI).searchParams.get('secret')!;
  expect((await person.client.post('/api/auth/mfa/confirm', { code: totp(secret) })).statusCode).toBe(200);
}

describeDb('companies: information, billing, security, isolation', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let editor: Person;
  let outsider: Person;
  let companyId: string;
  let otherCompanyId: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'olivia@acme.test', 'Olivia Owner');
    editor = await signUp(app, ctx, 'eddie@acme.test', 'Eddie Editor');
    outsider = await signUp(app, ctx, 'otto@globex.test', 'Otto Outsider');
    const created = await owner.client.post('/api/companies', { name: 'Acme Recruiting' });
    expect(created.statusCode).toBe(201);
    companyId = created.json().id;
    await insertMember(ctx, companyId, editor.accountId, []);
    otherCompanyId = (await outsider.client.post('/api/companies', { name: 'Globex' })).json().id;
  });

  it('the creator owns the company and holds every company right', async () => {
    const mine = (await owner.client.get('/api/companies')).json();
    expect(mine).toEqual([
      {
        id: companyId,
        name: 'Acme Recruiting',
        isOwner: true,
        rights: [
          'company.apps.manage',
          'company.users.manage',
          'company.billing.manage',
          'company.info.manage',
        ],
      },
    ]);
    const company = (await owner.client.get(`/api/companies/${companyId}`)).json();
    expect(company).toMatchObject({ name: 'Acme Recruiting', mfaRequired: false, me: { isOwner: true } });
    expect((await outsider.client.get('/api/companies')).json().map((c: { name: string }) => c.name)).toEqual(
      ['Globex'],
    );
  });

  it('company information needs company.info.manage', async () => {
    const denied = await editor.client.patch(`/api/companies/${companyId}`, { name: 'Hijacked' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error).toMatchObject({
      code: 'FORBIDDEN',
      details: { required: ['company.info.manage'] },
    });
    const ok = await owner.client.patch(`/api/companies/${companyId}`, {
      name: 'Acme Talent',
      properties: { industry: 'Recruitment', employees: 42 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      name: 'Acme Talent',
      properties: { industry: 'Recruitment', employees: 42 },
    });
    const audit = await ctx.database.db
      .selectFrom('audit_event')
      .select(['details', 'actor_account_id'])
      .where('action', '=', 'company.info.updated')
      .where('company_id', '=', companyId)
      .executeTakeFirstOrThrow();
    expect(audit.actor_account_id).toBe(owner.accountId);
    expect(audit.details).toMatchObject({
      before: { name: 'Acme Recruiting' },
      after: { name: 'Acme Talent' },
    });
  });

  it('billing details need company.billing.manage and are validated field by field', async () => {
    expect((await editor.client.get(`/api/companies/${companyId}/billing`)).statusCode).toBe(403);
    const bad = await owner.client.patch(`/api/companies/${companyId}/billing`, {
      billingEmail: 'nope',
      vatId: 'x',
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad
      .json()
      .error.details.issues.map((i: { field: string }) => i.field)
      .sort();
    expect(fields).toEqual(['billingEmail', 'vatId']);
    const ok = await owner.client.patch(`/api/companies/${companyId}/billing`, {
      billingEmail: 'finance@acme.test',
      vatId: 'NL123456789B01',
      address: { line1: 'Keizersgracht 1', city: 'Amsterdam', country: 'nl' },
      plan: 'team',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      billingEmail: 'finance@acme.test',
      plan: 'team',
      address: { country: 'NL' },
    });
    expect((await owner.client.get(`/api/companies/${companyId}/billing`)).json().vatId).toBe(
      'NL123456789B01',
    );
  });

  it('ids of another tenant get the same 404 as ids that do not exist', async () => {
    for (const url of [
      `/api/companies/${otherCompanyId}`,
      `/api/companies/${otherCompanyId}/billing`,
      `/api/companies/${otherCompanyId}/members`,
    ]) {
      const foreign = await owner.client.get(url);
      const missing = await owner.client.get(url.replace(otherCompanyId, randomUUID()));
      const garbage = await owner.client.get(url.replace(otherCompanyId, 'not-an-id'));
      expect(foreign.statusCode, url).toBe(404);
      for (const other of [missing, garbage]) {
        expect(other.statusCode).toBe(404);
        expect({ ...other.json().error, requestId: 0 }).toEqual({ ...foreign.json().error, requestId: 0 });
      }
    }
    const write = await owner.client.patch(`/api/companies/${otherCompanyId}`, { name: 'Taken over' });
    expect(write.statusCode).toBe(404);
    const globex = await ctx.database.db
      .selectFrom('company')
      .select('name')
      .where('id', '=', otherCompanyId)
      .executeTakeFirstOrThrow();
    expect(globex.name).toBe('Globex');
  });

  it('a company can require two-factor authentication from its members', async () => {
    expect(
      (await editor.client.put(`/api/companies/${companyId}/security`, { mfaRequired: true })).statusCode,
    ).toBe(403);
    const early = await owner.client.put(`/api/companies/${companyId}/security`, { mfaRequired: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ENABLE_MFA_FIRST');
    await enrol(owner, 'olivia@acme.test');
    const on = await owner.client.put(`/api/companies/${companyId}/security`, { mfaRequired: true });
    expect(on.statusCode).toBe(200);
    expect((await owner.client.get(`/api/companies/${companyId}`)).statusCode).toBe(200);
    const blocked = await editor.client.get(`/api/companies/${companyId}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('MFA_ENROLLMENT_REQUIRED');
    // Outside the company the account still works, and it can enrol.
    expect((await editor.client.get('/api/auth/me')).statusCode).toBe(200);
    await enrol(editor, 'eddie@acme.test');
    expect((await editor.client.get(`/api/companies/${companyId}`)).statusCode).toBe(200);
  });
});
