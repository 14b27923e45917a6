import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruitment, insertRules, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';
import { type Person, signUp } from '../../../test/harness/tenants.js';

// DESIGN.md §3: app.data.read gates every records read and app.data.edit every write, whatever the
// rules say; explain, view-as, permission tests, impact preview and lint say so too.
describeDb('the data gate: app.data.read and app.data.edit', (database) => {
  let r: Recruitment;
  let uma: Person;
  let base: string;
  let positionId: string;
  const candidates = () => r.records('candidates');

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'data-gate');
    base = `/api/apps/${r.appId}`;
    uma = await signUp(r.app, r.ctx, 'uma@data-gate.test', 'Uma');
    // The default User role; its grant opens every candidate for every action.
    expect((await r.admin.client.post(`${base}/users`, { email: uma.email })).statusCode).toBe(201);
    await insertRules(r.ctx, r.appId, r.ids, [
      {
        collection: 'candidates',
        roles: ['user'],
        actions: ['read', 'create', 'update', 'delete'],
        condition: 'true',
      },
    ]);
    const position = await r.admin.client.post(r.records('positions'), { values: { title: 'Backend lead' } });
    positionId = position.json().id;
  });

  const userRoleRights = async (rights: string[]) => {
    const res = await r.admin.client.patch(`${base}/roles/user`, { rights });
    expect(res.statusCode, res.body).toBe(200);
  };
  const newCandidate = async (name: string) => {
    const res = await r.admin.client.post(candidates(), { values: { name, position: positionId } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  // Actor × route → status: the User role with both rights, with read only, with neither.
  const BOTH = ['app.data.read', 'app.data.edit'];
  const table: [string, string[], Record<string, number>][] = [
    [
      'both rights',
      BOTH,
      { list: 200, get: 200, expand: 200, create: 201, update: 200, bulk: 200, delete: 204 },
    ],
    [
      'app.data.read only',
      ['app.data.read'],
      { list: 200, get: 200, expand: 200, create: 403, update: 403, bulk: 403, delete: 403 },
    ],
    ['neither', [], { list: 403, get: 403, expand: 403, create: 403, update: 403, bulk: 403, delete: 403 }],
  ];
  for (const [label, rights, expected] of table) {
    it(`a User-role app user with ${label}`, async () => {
      await userRoleRights(rights);
      const id = await newCandidate(`Secret ${label}`);
      const calls: Record<string, () => Promise<LightMyRequestResponse>> = {
        list: () => uma.client.get(candidates()),
        get: () => uma.client.get(`${candidates()}/${id}`),
        expand: () => uma.client.get(`${candidates()}/${id}?expand=position`),
        create: () => uma.client.post(candidates(), { values: { name: 'Created' } }),
        update: () => uma.client.patch(`${candidates()}/${id}`, { values: { stage: 'offer' } }),
        bulk: () =>
          uma.client.post(`${candidates()}/bulk`, {
            operations: [{ op: 'create', values: { name: 'Bulk' } }],
          }),
        delete: () => uma.client.delete(`${candidates()}/${id}`),
      };
      for (const [route, call] of Object.entries(calls)) {
        const res = await call();
        expect([route, res.statusCode], res.body).toEqual([route, expected[route]]);
        if (route === 'list' && res.statusCode === 200) expect(res.body).toContain(`Secret ${label}`);
        if (res.statusCode !== 403) continue;
        const write = !['list', 'get', 'expand'].includes(route);
        expect(res.json().error).toMatchObject({
          code: 'FORBIDDEN',
          details: { required: [write ? 'app.data.edit' : 'app.data.read'] },
        });
        expect(res.body).not.toContain('Secret');
      }
    });
  }

  it('?meta=can says no update or delete without app.data.edit, even where the rules allow them', async () => {
    await userRoleRights(['app.data.read']);
    await newCandidate('Meta');
    const items = (await uma.client.get(`${candidates()}?meta=can`)).json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item._can).toEqual({ update: false, delete: false });
    await userRoleRights(BOTH);
    const open = (await uma.client.get(`${candidates()}?meta=can`)).json().items;
    for (const item of open) expect(item._can).toEqual({ update: true, delete: true });
  });

  describe('API keys: the records routes take the gate rights as scopes', () => {
    const call = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
      r.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
    const keyWith = async (scopes: string[]) => {
      const res = await r.admin.client.post('/api/auth/api-keys', { name: scopes.join(' '), scopes });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().token as string;
    };

    it('list needs app.data.read and create app.data.edit; account:read alone opens neither', async () => {
      const keys = {
        account: await keyWith(['account:read']),
        read: await keyWith(['app.data.read']),
        edit: await keyWith(['app.data.edit']),
      };
      const rows: [keyof typeof keys, number, number][] = [
        ['account', 403, 403],
        ['read', 200, 403],
        ['edit', 403, 201],
      ];
      for (const [key, listStatus, createStatus] of rows) {
        const list = await call(keys[key], 'GET', r.records('positions'));
        const create = await call(keys[key], 'POST', r.records('positions'), {
          values: { title: `By key ${key}` },
        });
        expect([key, list.statusCode, create.statusCode]).toEqual([key, listStatus, createStatus]);
        for (const res of [list, create].filter((x) => x.statusCode === 403)) {
          expect(res.json().error.code).toBe('INSUFFICIENT_SCOPE');
          expect(res.body).not.toContain('Backend lead');
        }
      }
      expect((await call(keys.read, 'GET', r.records('positions'))).body).toContain('Backend lead');
    });
  });

  describe('the builder tools take the gate into account', () => {
    it('explain names the missing right as the reason', async () => {
      const id = await newCandidate('Explained');
      const explain = () =>
        r.admin.client.post(`${base}/access/explain`, {
          user: uma.email,
          action: 'read',
          collection: 'candidates',
          record: id,
        });
      await userRoleRights(['app.data.edit']);
      const denied = (await explain()).json();
      expect(denied.trace.gate).toEqual({ right: 'app.data.read', held: false });
      expect(denied.trace.plan.kind).toBe('deny');
      expect(denied.record).toMatchObject({ allowed: false, sqlAllowed: false, agrees: true });
      expect(denied.record.reasons).toEqual([expect.stringContaining(`${uma.email} lacks app.data.read`)]);

      await userRoleRights(BOTH);
      const allowed = (await explain()).json();
      expect(allowed.trace.gate).toEqual({ right: 'app.data.read', held: true });
      expect(allowed.record).toMatchObject({ allowed: true, sqlAllowed: true, reasons: [] });
    });

    it('view-as shows the records routes as the user gets them: closed without app.data.read', async () => {
      await userRoleRights([]);
      const start = await r.admin.client.post(`${base}/access/view-as`, {
        user: uma.email,
        reason: 'Uma reports she sees nothing',
        minutes: 5,
      });
      expect(start.statusCode, start.body).toBe(201);
      const denied = await r.admin.client.get(candidates());
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error).toMatchObject({
        code: 'FORBIDDEN',
        details: { required: ['app.data.read'] },
      });
      expect((await r.admin.client.delete('/api/view-as')).statusCode).toBe(204);
      await userRoleRights(['app.data.read']);
      await r.admin.client.post(`${base}/access/view-as`, { user: uma.email, reason: 'Again', minutes: 5 });
      const open = await r.admin.client.get(candidates());
      expect(open.statusCode, open.body).toBe(200);
      expect(open.json().items.length).toBeGreaterThan(0);
      expect((await r.admin.client.delete('/api/view-as')).statusCode).toBe(204);
    });

    it('a permission test expecting allow for a user without app.data.read fails as deny, with the reason', async () => {
      await userRoleRights([]);
      const fixture = {
        users: { una: { roles: ['user'] } },
        records: { candidates: { cand: { name: 'Cand' } } },
        tests: [
          {
            name: 'users read candidates',
            as: 'una',
            collection: 'candidates',
            record: 'cand',
            expect: { read: 'allow' },
          },
        ],
      };
      const report = (await r.admin.client.post(`${base}/policy/test`, fixture)).json();
      expect(report).toMatchObject({ tests: 1, passed: 0, failed: 1 });
      const [result] = report.results;
      expect(result).toMatchObject({ action: 'read', actual: 'deny', ok: false });
      expect(result.message).toContain('lacks app.data.read');
      await userRoleRights(BOTH);
      const passing = (await r.admin.client.post(`${base}/policy/test`, fixture)).json();
      expect(passing).toMatchObject({ tests: 1, passed: 1, failed: 0 });
    });

    it('the impact preview of taking app.data.read from a role counts who and what is lost', async () => {
      await userRoleRights(BOTH);
      const res = await r.admin.client.patch(`${base}/roles/user?dryRun=true`, { rights: ['app.data.edit'] });
      expect(res.statusCode, res.body).toBe(200);
      const { impact } = res.json();
      const read = impact.collections.find(
        (c: { collection: string; action: string }) => c.collection === 'candidates' && c.action === 'read',
      );
      expect(read).toMatchObject({ usersGaining: 0, usersLosing: 1 });
      expect(read.recordsLosing).toBeGreaterThan(0);
      expect(impact.users.map((u: { email: string }) => u.email)).toEqual([uma.email]);
      expect(impact.collections.some((c: { action: string }) => c.action !== 'read')).toBe(false);
      // Nothing was saved: Uma still reads.
      expect((await uma.client.get(candidates())).statusCode).toBe(200);
    });

    it('lint warns about a role whose grants cannot pass the gate, and stops once it holds the rights', async () => {
      const lint = async () =>
        (
          (await r.admin.client.get(`${base}/policy/lint`)).json().warnings as {
            code: string;
            role?: string;
            message: string;
          }[]
        ).filter((w) => w.code === 'ROLE_LACKS_DATA_RIGHT');
      await userRoleRights(['app.data.read']);
      const warned = await lint();
      expect(warned.map((w) => w.role)).toEqual(['user']);
      expect(warned[0]?.message).toContain('lacks app.data.edit');
      await userRoleRights(BOTH);
      expect(await lint()).toEqual([]);
    });
  });
});
