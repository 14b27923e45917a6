import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { strongPassword, totp } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// NoCode-X "Force OTP": a role can require its holders to have two-factor authentication on.
describeDb('roles that force two-factor authentication', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let holder: Person;
  let other: Person;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@mfa-role.test');
    holder = await signUp(app, ctx, 'holder@mfa-role.test');
    other = await signUp(app, ctx, 'other@mfa-role.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    base = `/api/apps/${(await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Vault' })).json().app.id}`;
    await owner.client.post(`${base}/roles`, {
      key: 'keeper',
      name: 'Keeper',
      rights: ['app.dataformats.read'],
    });
    await owner.client.post(`${base}/users`, { email: holder.email, roles: ['keeper'] });
    await owner.client.post(`${base}/users`, { email: other.email, directRights: ['app.dataformats.read'] });
  });

  it('closes the app to holders without two-factor as soon as the role asks for it', async () => {
    expect((await holder.client.get(`${base}/roles`)).statusCode).toBe(200);
    const res = await owner.client.patch(`${base}/roles/keeper`, { forceMfa: true });
    expect(res.json().forceMfa).toBe(true);
    for (const path of ['', '/roles', '/attributes']) {
      const closed = await holder.client.get(`${base}${path}`);
      expect(closed.statusCode, path).toBe(403);
      expect(closed.json().error).toMatchObject({
        code: 'MFA_ENROLLMENT_REQUIRED',
        details: { enroll: '/api/auth/mfa/enroll' },
      });
    }
    expect((await other.client.get(`${base}/roles`)).statusCode).toBe(200);
    const permissions = await owner.client.get(`${base}/users/${holder.accountId}/permissions`);
    expect(permissions.json().effective.forceMfa).toBe(true);
  });

  it('opens it again once the holder has enrolled', async () => {
    const enrol = await holder.client.post('/api/auth/mfa/enroll', {
      password: strongPassword(holder.email),
    });
    expect(enrol.statusCode, enrol.body).toBe(200);
    const secret = new URL(enrol.json().totpURI).searchParams.get('secret')!;
    // Enrolment started is not enough: only a confirmed second factor counts.
    expect((await holder.client.get(`${base}/roles`)).statusCode).toBe(403);
    const confirm = await holder.client.post('/api/auth/mfa/confirm', { code: totp(secret) });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const open = await holder.client.get(`${base}/roles`);
    expect(open.statusCode, open.body).toBe(200);
    expect((await holder.client.get(base)).json().you).toMatchObject({ roles: ['keeper'], forceMfa: true });
  });
});
