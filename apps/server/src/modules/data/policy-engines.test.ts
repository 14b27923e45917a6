import { createPolicyEngine } from '@charter/policy';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it, vi } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { createPolicyEngines } from './policy-engines.js';

// Counts compilations through the engine's public constructor; it still builds the real engine.
vi.mock('@charter/policy', async (importOriginal) => {
  const original = await importOriginal<typeof import('@charter/policy')>();
  return { ...original, createPolicyEngine: vi.fn(original.createPolicyEngine) };
});

describeDb('policy engines per app', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let appId: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'engine@policy.test');
    const companyId = (await owner.client.post('/api/companies', { name: 'Engines' })).json().id;
    const created = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Hiring' })).json();
    appId = created.app?.id ?? created.id;
  });

  it('reuses the engine while the policy version stands, and rebuilds it after a change', async () => {
    const engines = createPolicyEngines(ctx);
    const first = await engines.forApp(appId);
    expect(Object.keys(first.schema.schema.collections)).toEqual(['users']);
    expect(first.ruleSet.roles.map((r) => r.key)).toEqual(['team_admin', 'user']);
    expect(await engines.forApp(appId)).toBe(first);

    const res = await owner.client.post(`/api/apps/${appId}/collections`, {
      key: 'positions',
      name: 'Positions',
    });
    expect(res.statusCode).toBe(201);
    const second = await engines.forApp(appId);
    expect(second).not.toBe(first);
    expect(second.version).toBeGreaterThan(first.version);
    expect(Object.keys(second.schema.schema.collections).sort()).toEqual(['positions', 'users']);
    // A new collection is restricted by default: an ordinary user is denied, Team Admin's allData is not.
    const plan = second.engine.planAccess(
      {
        id: owner.accountId,
        email: owner.email,
        roles: ['user'],
        rights: [],
        internal: false,
        builder: false,
        allData: false,
        attributes: {},
        anonymous: false,
      },
      'read',
      'positions',
    );
    expect(plan.kind).toBe('deny');
  });

  it('answers 404 for an app that does not exist', async () => {
    await expect(
      createPolicyEngines(ctx).forApp('00000000-0000-0000-0000-000000000000'),
    ).rejects.toMatchObject({ status: 404 });
  });
  it('is compiled once per app and policy version, shared by the records, explain and matrix routes', async () => {
    const builds = vi.mocked(createPolicyEngine);
    const addCollection = async (key: string) => {
      const res = await owner.client.post(`/api/apps/${appId}/collections`, { key, name: key });
      expect(res.statusCode, res.body).toBe(201);
    };
    const useEveryRoute = async () => {
      const list = await owner.client.get(`/api/apps/${appId}/collections/users/records`);
      expect(list.statusCode, list.body).toBe(200);
      const explain = await owner.client.post(`/api/apps/${appId}/access/explain`, {
        user: owner.email,
        action: 'read',
        collection: 'users',
      });
      expect(explain.statusCode, explain.body).toBe(200);
      const matrix = await owner.client.get(`/api/apps/${appId}/collections/users/access-matrix`);
      expect(matrix.statusCode, matrix.body).toBe(200);
    };

    await addCollection('notes');
    builds.mockClear();
    await useEveryRoute();
    await useEveryRoute();
    expect(builds).toHaveBeenCalledTimes(1);

    // A new policy version is compiled once more, whichever route meets it first.
    await addCollection('tasks');
    await useEveryRoute();
    expect(builds).toHaveBeenCalledTimes(2);
  });
});
