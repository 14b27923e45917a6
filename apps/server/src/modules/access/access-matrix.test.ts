import { randomUUID } from 'node:crypto';
import { buildPrincipal, type PolicyEngine } from '@charter/policy';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { seedDemo } from '../../cli/demo.js';
import { DEMO_PEOPLE } from '../../cli/demo-data.js';
import type { AppContext } from '../../context.js';
import { loadAppPrincipal } from '../app-users/app-principal.js';
import { createPolicyEngines } from '../data/policy-engines.js';
import type { AccessMatrixView } from './access-matrix.schema.js';

type Row = AccessMatrixView['rows'][number];

// The matrix on the recruitment demo: what it says per role, that it agrees with the engine's
// plans for the demo's people, and who may ask.
describeDb('the permissions matrix', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let appId: string;
  const clients: Record<string, TestClient> = {};

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    await seedDemo(app, ctx);
    appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
    for (const key of ['tessa', 'melissa', 'uma']) {
      const person = DEMO_PEOPLE.find((p) => p.key === key)!;
      const client = new TestClient(app, ctx.config.publicUrl);
      const res = await client.post('/api/auth/login', { email: person.email, password: person.password });
      expect(res.statusCode, res.body).toBe(200);
      clients[key] = client;
    }
  });

  const matrix = async (collection: string): Promise<AccessMatrixView> => {
    const res = await clients.tessa!.get(`/api/apps/${appId}/collections/${collection}/access-matrix`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const row = (m: AccessMatrixView, key: string): Row => {
    const found = m.rows.find((r) => r.key === key);
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };

  it('shows interviewers reading positions on a condition and never the salary', async () => {
    const m = await matrix('positions');
    expect(m.collection).toEqual({ key: 'positions', name: 'Positions', restricted: true });
    expect(m.rows.map((r) => r.key)).toEqual([
      'hiring_manager',
      'interviewer',
      'team_admin',
      'user',
      'everyone',
      'internal',
      'external',
      'anonymous',
    ]);
    const interviewer = row(m, 'interviewer');
    const grant = m.rules.find((r) => r.name.startsWith('Interviewers: positions'))!;
    expect(interviewer.actions.read).toEqual({
      state: 'conditional',
      reason: 'rules',
      grants: [grant.id],
      guards: [],
    });
    expect(interviewer.actions.update.state).toBe('conditional');
    expect(interviewer.actions.create).toMatchObject({ state: 'closed', reason: 'noGrant', grants: [] });
    expect(interviewer.actions.delete.state).toBe('closed');
    expect(interviewer.fields.salary!.read).toMatchObject({
      state: 'closed',
      reason: 'notListed',
      grants: [],
    });
    expect(interviewer.fields.title!.read).toMatchObject({ state: 'open', grants: [grant.id] });
    expect(interviewer.fields.status!.update.state).toBe('open');
    expect(interviewer.fields.title!.update.state).toBe('closed');
    // The hiring manager's grant lists no fields: every field, salary included.
    const manager = row(m, 'hiring_manager');
    expect(manager.actions.read.state).toBe('conditional');
    expect(manager.fields.salary!.read.state).toBe('open');
  });

  it('shows Access All Data as bypassing, and the user role and audiences as closed', async () => {
    const m = await matrix('positions');
    const admin = row(m, 'team_admin');
    expect(admin.allData).toBe(true);
    expect(admin.actions.read.state).toBe('bypass');
    expect(admin.fields.salary!.read.state).toBe('bypass');
    for (const key of ['user', 'everyone', 'internal', 'external', 'anonymous']) {
      const r = row(m, key);
      expect(r.allData).toBe(false);
      for (const action of ['read', 'create', 'update', 'delete'] as const) {
        expect(r.actions[action].state, `${key} ${action}`).toBe('closed');
      }
      expect(r.fields.salary!.read.state).toBe('closed');
    }
    expect(row(m, 'anonymous')).toMatchObject({
      kind: 'audience',
      audience: 'anonymous',
      name: 'Anonymous visitors',
    });
  });

  it('agrees with the plans the engine makes for the demo people who hold one role', async () => {
    const policy = await createPolicyEngines(ctx).forApp(appId);
    const engine: PolicyEngine = policy.engine;
    const kindOf = { open: 'allow', bypass: 'allow', conditional: 'where', closed: 'deny' } as const;
    for (const collection of ['positions', 'candidates']) {
      const m = await matrix(collection);
      for (const person of DEMO_PEOPLE) {
        const account = await ctx.database.db
          .selectFrom('account')
          .select('id')
          .where('email', '=', person.email)
          .executeTakeFirstOrThrow();
        const loaded = await loadAppPrincipal(ctx.database.db, appId, account.id);
        const principal = buildPrincipal(loaded!, policy.ruleSet);
        const r = row(m, person.role);
        for (const action of ['read', 'create', 'update', 'delete'] as const) {
          const plan = engine.planAccess(principal, action, collection);
          expect(plan.kind, `${person.key} ${action} ${collection}`).toBe(kindOf[r.actions[action].state]);
          if (action === 'delete') continue;
          for (const f of m.fields) {
            const shown = r.fields[f.name]![action].state !== 'closed';
            expect(plan.fields.has(f.name), `${person.key} ${action} ${collection}.${f.name}`).toBe(shown);
          }
        }
      }
    }
  });

  it('opens every row of an unrestricted collection, but a field condition still closes its field', async () => {
    const base = `/api/apps/${appId}`;
    expect(
      (await clients.tessa!.patch(`${base}/collections/candidates`, { restricted: false })).statusCode,
    ).toBe(200);
    const created = await clients.tessa!.post(`${base}/rules`, {
      kind: 'fieldCondition',
      name: 'Reviews only for internal users',
      collection: 'candidates',
      to: { audience: 'everyone' },
      fields: ['review'],
      access: 'read',
      condition: 'user.internal',
    });
    expect(created.statusCode, created.body).toBe(201);
    const m = await matrix('candidates');
    expect(m.collection.restricted).toBe(false);
    const user = row(m, 'user');
    expect(user.actions.delete).toMatchObject({ state: 'open', reason: 'unrestricted' });
    expect(user.fields.review!.read).toMatchObject({
      state: 'conditional',
      fieldConditions: [created.json().rule.id],
    });
    expect(user.fields.review!.update.state).toBe('open');
    expect(row(m, 'anonymous').actions.read.state).toBe('closed');
    expect(m.rules.map((r) => r.id)).toContain(created.json().rule.id);
  });

  describe('who may ask', () => {
    it('is refused to app users without app.dataformats.read, and 404 for an unknown app or collection', async () => {
      for (const key of ['melissa', 'uma']) {
        const res = await clients[key]!.get(`/api/apps/${appId}/collections/positions/access-matrix`);
        expect(res.statusCode).toBe(403);
        expect(res.json()).not.toHaveProperty('rows');
      }
      const unknownApp = await clients.tessa!.get(
        `/api/apps/${randomUUID()}/collections/positions/access-matrix`,
      );
      expect(unknownApp.statusCode).toBe(404);
      const unknown = await clients.tessa!.get(`/api/apps/${appId}/collections/nope/access-matrix`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).not.toHaveProperty('rows');
    });
  });
});
