import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { slugify } from './app-slug.js';

describe('slugify', () => {
  it.each([
    ['Recruitment', 'recruitment'],
    ['Recruitment (EU)', 'recruitment-eu'],
    ['  Ünïcödé Café ', 'unicode-cafe'],
    ['Q', 'app-q'],
    ['!!!', 'app'],
    ['a'.repeat(80), 'a'.repeat(50)],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

// An app's end-user app lives at /a/<slug>; its sign-in screen is public, nothing else is.
describeDb('app addresses and sign-in screens', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let companyId: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@slugs.test');
    companyId = await insertCompany(ctx, 'Acme', owner.accountId);
  });

  const create = (body: object) => owner.client.post(`/api/companies/${companyId}/apps`, body);

  it('makes the address from the name, unique among all apps', async () => {
    const first = (await create({ name: 'Hiring Desk' })).json().app;
    const second = (await create({ name: 'Hiring desk' })).json().app;
    expect(first.slug).toBe('hiring-desk');
    expect(second.slug).toBe('hiring-desk-2');
    expect(first.loginTemplate).toEqual({
      title: '',
      subtitle: '',
      color: 'blue',
      logo: '',
      methods: ['password'],
    });
  });

  it('refuses an address another app holds, on create and on change, and changes nothing', async () => {
    const taken = await create({ name: 'Other', slug: 'hiring-desk' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'APP_SLUG_TAKEN', details: { field: 'slug' } });
    const mine = (await create({ name: 'Mine', slug: 'my-desk' })).json().app;
    const clash = await owner.client.patch(`/api/apps/${mine.id}`, { slug: 'hiring-desk' });
    expect(clash.statusCode).toBe(409);
    expect((await owner.client.get(`/api/apps/${mine.id}`)).json().slug).toBe('my-desk');
    const bad = await owner.client.patch(`/api/apps/${mine.id}`, { slug: 'Not An Address' });
    expect(bad.statusCode).toBe(400);
  });

  it('shows anyone the sign-in screen by address, and nothing else of the app', async () => {
    const made = (await create({ name: 'Careers', description: 'Internal only: the hiring budget' })).json()
      .app;
    const changed = await owner.client.patch(`/api/apps/${made.id}`, {
      slug: 'careers',
      loginTemplate: {
        title: 'Welcome to Careers',
        subtitle: 'Sign in to follow your application',
        color: 'teal',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const anonymous = new TestClient(app);
    const res = await anonymous.get('/api/public/apps/careers');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: made.id,
      name: 'Careers',
      slug: 'careers',
      registration: 'closed',
      loginTemplate: {
        title: 'Welcome to Careers',
        subtitle: 'Sign in to follow your application',
        color: 'teal',
        logo: '',
        methods: ['password'],
      },
    });
    expect(res.body).not.toContain('hiring budget');
    expect(res.body).not.toContain(companyId);
    expect((await anonymous.get('/api/public/apps/nowhere')).statusCode).toBe(404);
    const [entry] = await ctx.database.db
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'app.updated')
      .where('target_id', '=', made.id)
      .execute();
    expect(entry?.details).toMatchObject({ after: { slug: 'careers', loginTemplate: { color: 'teal' } } });
  });
});
