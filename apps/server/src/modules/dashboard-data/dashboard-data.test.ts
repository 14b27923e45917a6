import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruitment, insertRules, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';
import { type Person, signUp } from '../../../test/harness/tenants.js';

// Dashboards computed under the viewer's rules, on the recruitment app: Andy (hiring manager) sees
// the positions he manages with salaries, Melissa (interviewer) those she interviews for without.
// Every number must be what their own records lists give.
type Json = Record<string, unknown>;
type Widget = Json & { id: string; title: string; error?: { code: string; details?: Json } };

describeDb('dashboard data under the viewer’s rules', (database) => {
  let r: Recruitment;
  let base: string;
  let dashboardId: string;
  const pos: Record<string, string> = {};
  const ok = (res: { statusCode: number; body: string }) =>
    expect(res.statusCode, res.body).toBeLessThan(300);

  const DASHBOARD = {
    title: 'Hiring',
    widgets: [
      { kind: 'number', title: 'Positions', collection: 'positions', measure: { fn: 'count' } },
      { kind: 'number', title: 'Payroll', collection: 'positions', measure: { fn: 'sum', field: 'salary' } },
      {
        kind: 'bar',
        title: 'By department',
        collection: 'positions',
        measure: { fn: 'count' },
        groupBy: { field: 'department' },
      },
      {
        kind: 'pie',
        title: 'By manager',
        collection: 'positions',
        measure: { fn: 'count' },
        groupBy: { field: 'hiringManager', label: 'email' },
      },
      {
        kind: 'timeSeries',
        title: 'Opened',
        collection: 'positions',
        measure: { fn: 'count' },
        date: 'createdAt',
        interval: 'month',
      },
      {
        kind: 'table',
        title: 'Open positions',
        collection: 'positions',
        filter: 'record.status == "open"',
        fields: ['title', 'status'],
        sort: [{ field: 'title' }],
      },
      {
        kind: 'number',
        title: 'My open',
        collection: 'positions',
        filter: 'record.status == "open"',
        measure: { fn: 'count' },
      },
    ],
  };

  async function data(who: Person, query = ''): Promise<{ widgets: Widget[]; user: Json }> {
    const res = await who.client.get(`${base}/dashboards/${dashboardId}/data${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const byTitle = (widgets: Widget[], title: string) => widgets.find((w) => w.title === title)!;
  async function listCount(who: Person, filter?: string): Promise<number> {
    const q = filter ? `&filter=${encodeURIComponent(filter)}` : '';
    const res = await who.client.get(`${r.records('positions')}?count=true&limit=1${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().count;
  }

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'dashdata');
    base = `/api/apps/${r.appId}`;
    const rights = ['app.data.read', 'app.data.edit', 'app.dashboards.read'];
    for (const role of ['hiring_manager', 'interviewer']) {
      ok(await r.admin.client.patch(`${base}/roles/${role}`, { rights }));
    }
    const positions: [string, string, number | null, string, string, string[]][] = [
      ['Backend Engineer', 'Engineering', 100000, 'open', r.andy.accountId, [r.melissa.accountId]],
      ['Frontend Engineer', 'Engineering', 90000, 'draft', r.andy.accountId, []],
      ['Sales Lead', 'Sales', 120000, 'open', r.admin.accountId, [r.melissa.accountId]],
      [
        'Data Scientist',
        'Engineering',
        130000,
        'closed',
        r.admin.accountId,
        [r.andy.accountId, r.melissa.accountId],
      ],
      ['Account Executive', 'Sales', null, 'open', r.andy.accountId, [r.melissa.accountId]],
    ];
    for (const [title, department, salary, status, hiringManager, interviewers] of positions) {
      const res = await r.admin.client.post(r.records('positions'), {
        values: { title, department, salary, status, hiringManager, interviewers },
      });
      expect(res.statusCode, res.body).toBe(201);
      pos[title] = res.json().id;
    }
    const res = await r.admin.client.post(`${base}/dashboards`, DASHBOARD);
    expect(res.statusCode, res.body).toBe(201);
    dashboardId = res.json().id;
  });

  it('computes Andy’s numbers over his positions only, salary included', async () => {
    const { widgets, user } = await data(r.andy);
    expect(user.email).toBe(r.andy.email);
    expect(byTitle(widgets, 'Positions').value).toBe(3);
    expect(byTitle(widgets, 'Positions').value).toBe(await listCount(r.andy));
    expect(byTitle(widgets, 'My open').value).toBe(await listCount(r.andy, 'record.status == "open"'));
    // 100000 + 90000; the Account Executive has no salary, and the Data Scientist is not his.
    expect(byTitle(widgets, 'Payroll').value).toBe(190000);
    expect(byTitle(widgets, 'By department').groups).toEqual([
      { key: 'Engineering', label: null, value: 2 },
      { key: 'Sales', label: null, value: 1 },
    ]);
    // Andy may not read the users collection: the group is his id, with no label.
    expect(byTitle(widgets, 'By manager').groups).toEqual([{ key: r.andy.accountId, label: null, value: 3 }]);
    const series = byTitle(widgets, 'Opened').points as { period: string; value: number }[];
    expect(series.map((p) => p.value)).toEqual([3]);
    expect(series[0]!.period).toMatch(/^\d{4}-\d{2}-01$/);
    expect(byTitle(widgets, 'Open positions').items).toEqual([
      { id: pos['Account Executive'], title: 'Account Executive', status: 'open' },
      { id: pos['Backend Engineer'], title: 'Backend Engineer', status: 'open' },
    ]);
  });

  it('refuses a sum of salary for Melissa as an unknown field, and computes the rest', async () => {
    const { widgets } = await data(r.melissa);
    expect(byTitle(widgets, 'Positions').value).toBe(4);
    expect(byTitle(widgets, 'Positions').value).toBe(await listCount(r.melissa));
    expect(byTitle(widgets, 'My open').value).toBe(await listCount(r.melissa, 'record.status == "open"'));
    const payroll = byTitle(widgets, 'Payroll');
    expect(payroll.error?.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
    expect(payroll.value).toBeUndefined();
    // The very code the records API answers for a filter on salary.
    const filtered = await r.melissa.client.get(
      `${r.records('positions')}?filter=${encodeURIComponent('record.salary > 1')}`,
    );
    expect(filtered.json().error.code).toBe(payroll.error?.code);
    expect(byTitle(widgets, 'By department').groups).toEqual([
      { key: 'Engineering', label: null, value: 2 },
      { key: 'Sales', label: null, value: 2 },
    ]);
    const alone = await r.melissa.client.get(`${base}/dashboards/${dashboardId}/data?widget=${payroll.id}`);
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
    for (const salary of ['100000', '90000', '120000', '130000', '190000', '340000']) {
      expect(JSON.stringify(widgets)).not.toContain(salary);
      expect(alone.body).not.toContain(salary);
    }
  });

  it('labels a linked group only where the viewer may read the linked record', async () => {
    const { widgets } = await data(r.admin);
    const groups = byTitle(widgets, 'By manager').groups as Json[];
    expect(groups).toEqual([
      { key: r.andy.accountId, label: r.andy.email, value: 3 },
      { key: r.admin.accountId, label: r.admin.email, value: 2 },
    ]);
    const melissa = byTitle((await data(r.melissa)).widgets, 'By manager').groups as Json[];
    expect(melissa.map((g) => g.label)).toEqual([null, null]);
  });

  it('gives Melissa identical data when only what she cannot read changes', async () => {
    const strip = (d: Json) => JSON.stringify({ ...d, computedAt: null });
    const before = strip(await data(r.melissa));
    // A salary she cannot read, a position she cannot see, and a new position of someone else.
    ok(
      await r.admin.client.patch(`${r.records('positions')}/${pos['Backend Engineer']}`, {
        values: { salary: 1 },
      }),
    );
    ok(
      await r.admin.client.patch(`${r.records('positions')}/${pos['Frontend Engineer']}`, {
        values: { title: 'Renamed', department: 'Sales', status: 'open' },
      }),
    );
    const created = await r.admin.client.post(r.records('positions'), {
      values: {
        title: 'Hidden',
        department: 'Sales',
        salary: 5,
        status: 'open',
        hiringManager: r.admin.accountId,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(strip(await data(r.melissa))).toBe(before);
    // Andy does see the first two changes: the worlds do differ.
    const andy = await data(r.andy);
    expect(byTitle(andy.widgets, 'Payroll').value).toBe(90001);
    ok(await r.admin.client.delete(`${r.records('positions')}/${created.json().id}`));
  });

  describe('previews', () => {
    it('computes an unsaved dashboard as a chosen person, for those who may view as them', async () => {
      const proposed = { title: 'Draft', widgets: [DASHBOARD.widgets[1]] };
      const asAndy = await r.admin.client.post(`${base}/dashboards/preview`, { proposed, as: r.andy.email });
      expect(asAndy.statusCode, asAndy.body).toBe(200);
      expect(asAndy.json().user.email).toBe(r.andy.email);
      expect(asAndy.json().dashboard).toEqual({ id: null, title: 'Draft', version: null });
      expect(asAndy.json().widgets[0].value).toBe(90001);
      const asMelissa = await r.admin.client.post(`${base}/dashboards/preview`, {
        proposed,
        as: r.melissa.accountId,
      });
      expect(asMelissa.json().widgets[0].error.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
      const mine = await r.admin.client.post(`${base}/dashboards/preview`, { proposed });
      expect(mine.json().user.email).toBe(r.admin.email);
      expect(mine.json().widgets[0].value).toBe(90001 + 120000 + 130000);
    });

    it('refuses a preview as someone to those who may not view as them', async () => {
      const proposed = { title: 'Draft', widgets: [DASHBOARD.widgets[0]] };
      ok(
        await r.admin.client.patch(`${base}/roles/hiring_manager`, {
          rights: ['app.data.read', 'app.data.edit', 'app.dashboards.read', 'app.dashboards.edit'],
        }),
      );
      const own = await r.andy.client.post(`${base}/dashboards/preview`, { proposed, as: r.andy.email });
      expect(own.statusCode, own.body).toBe(200);
      const noRight = await r.andy.client.post(`${base}/dashboards/preview`, {
        proposed,
        as: r.melissa.email,
      });
      expect(noRight.statusCode).toBe(403);
      expect(noRight.json().error.details.required).toEqual(['app.dataformats.read']);
      ok(
        await r.admin.client.patch(`${base}/roles/hiring_manager`, {
          rights: [
            'app.data.read',
            'app.data.edit',
            'app.dashboards.read',
            'app.dashboards.edit',
            'app.dataformats.read',
          ],
        }),
      );
      const higher = await r.andy.client.post(`${base}/dashboards/preview`, { proposed, as: r.admin.email });
      expect(higher.statusCode).toBe(403);
      expect(higher.json().error.code).toBe('VIEW_AS_TARGET_MORE_PRIVILEGED');
      const melissa = await r.andy.client.post(`${base}/dashboards/preview`, {
        proposed,
        as: r.melissa.email,
      });
      expect(melissa.statusCode, melissa.body).toBe(200);
      expect(melissa.json().widgets[0].value).toBe(4);
      const nobody = await r.andy.client.post(`${base}/dashboards/preview`, {
        proposed,
        as: 'nobody@x.test',
      });
      expect(nobody.statusCode).toBe(404);
      const invalid = await r.andy.client.post(`${base}/dashboards/preview`, {
        proposed: { title: 'Bad', widgets: [{ ...DASHBOARD.widgets[0], collection: 'nope' }] },
      });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error.code).toBe('DASHBOARD_INVALID');
      ok(
        await r.admin.client.patch(`${base}/roles/hiring_manager`, {
          rights: ['app.data.read', 'app.data.edit', 'app.dashboards.read'],
        }),
      );
    });
  });

  describe('a row-dependent field condition', () => {
    beforeAll(async () => {
      // Hiring managers read a salary only on open positions.
      await insertRules(r.ctx, r.appId, r.ids, [
        {
          collection: 'positions',
          roles: ['hiring_manager'],
          actions: [],
          kind: 'fieldCondition',
          access: 'read',
          fields: [r.ids.salary!] as unknown as object,
          condition: 'record.status == "open"',
        },
      ]);
    });

    it('makes masked values absent from sums, averages and groups', async () => {
      // Andy: Backend Engineer (open, 1 after the change above), Frontend Engineer "Renamed" (now
      // open, 90000), Account Executive (open, no salary).
      ok(
        await r.admin.client.patch(`${r.records('positions')}/${pos['Frontend Engineer']}`, {
          values: { status: 'draft' },
        }),
      );
      const proposed = {
        title: 'Salaries',
        widgets: [
          { kind: 'number', title: 'sum', collection: 'positions', measure: { fn: 'sum', field: 'salary' } },
          {
            kind: 'number',
            title: 'count',
            collection: 'positions',
            measure: { fn: 'count', field: 'salary' },
          },
          { kind: 'number', title: 'max', collection: 'positions', measure: { fn: 'max', field: 'salary' } },
          {
            kind: 'bar',
            title: 'by salary',
            collection: 'positions',
            measure: { fn: 'count' },
            groupBy: { field: 'salary' },
          },
        ],
      };
      const res = await r.admin.client.post(`${base}/dashboards/preview`, { proposed, as: r.andy.email });
      expect(res.statusCode, res.body).toBe(200);
      const widgets = res.json().widgets as Widget[];
      // The draft's 90000 is hidden from Andy: absent, never counted.
      expect(byTitle(widgets, 'sum').value).toBe(1);
      expect(byTitle(widgets, 'count').value).toBe(1);
      expect(byTitle(widgets, 'max').value).toBe(1);
      expect(byTitle(widgets, 'by salary').groups).toEqual([
        { key: null, label: null, value: 2 },
        { key: 1, label: null, value: 1 },
      ]);
      expect(res.body).not.toContain('90000');
      // His list agrees: the salary is readable on his two open positions, and holds a value on one.
      const list = await r.andy.client.get(`${r.records('positions')}?fields=salary`);
      const readable = list.json().items.filter((i: Json) => 'salary' in i);
      expect(readable.map((i: Json) => i.salary).sort()).toEqual([1, null]);
    });
  });
});

describeDb('dashboard rights, route by route', (database) => {
  let r: Recruitment;
  let base: string;
  const people: Record<string, Person> = {};

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'dashrights');
    base = `/api/apps/${r.appId}`;
    const roles: Record<string, string[]> = {
      none: ['app.data.read'],
      reader: ['app.data.read', 'app.dashboards.read'],
      readerNoData: ['app.dashboards.read'],
      editor: ['app.data.read', 'app.dashboards.read', 'app.dashboards.edit'],
    };
    for (const [key, rights] of Object.entries(roles)) {
      const role = key.toLowerCase();
      const res = await r.admin.client.post(`${base}/roles`, { key: role, name: key, rights });
      expect(res.statusCode, res.body).toBe(201);
      people[key] = await signUp(r.app, r.ctx, `${role}@dashrights.test`, key);
      const added = await r.admin.client.post(`${base}/users`, { email: people[key]!.email, roles: [role] });
      expect(added.statusCode, added.body).toBe(201);
    }
  });

  it('gates every route by app.dashboards.read or .edit, and the data by app.data.read too', async () => {
    const created = await r.admin.client.post(`${base}/dashboards`, {
      title: 'Board',
      widgets: [{ kind: 'number', collection: 'positions', measure: { fn: 'count' } }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const body = { title: 'Board', widgets: [] };
    const routes: [string, string, object | undefined, Record<string, number>][] = [
      ['GET', `${base}/dashboards`, undefined, { none: 403, reader: 200, readerNoData: 200, editor: 200 }],
      [
        'GET',
        `${base}/dashboards/${id}`,
        undefined,
        { none: 403, reader: 200, readerNoData: 200, editor: 200 },
      ],
      [
        'GET',
        `${base}/dashboards/${id}/versions`,
        undefined,
        { none: 403, reader: 200, readerNoData: 200, editor: 200 },
      ],
      [
        'GET',
        `${base}/dashboards/${id}/versions/1/diff`,
        undefined,
        { none: 403, reader: 200, readerNoData: 200, editor: 200 },
      ],
      [
        'GET',
        `${base}/dashboards/${id}/data`,
        undefined,
        { none: 403, reader: 200, readerNoData: 403, editor: 200 },
      ],
      [
        'POST',
        `${base}/dashboards/preview`,
        { proposed: body },
        { none: 403, reader: 403, readerNoData: 403, editor: 200 },
      ],
      ['POST', `${base}/dashboards`, body, { none: 403, reader: 403, readerNoData: 403, editor: 201 }],
      ['PUT', `${base}/dashboards/${id}`, body, { none: 403, reader: 403, readerNoData: 403, editor: 200 }],
      [
        'POST',
        `${base}/dashboards/${id}/versions/1/restore`,
        undefined,
        { none: 403, reader: 403, readerNoData: 403, editor: 200 },
      ],
    ];
    const seen: string[] = [];
    for (const [method, url, payload, expected] of routes) {
      for (const [who, status] of Object.entries(expected)) {
        const client = people[who]!.client;
        const res =
          method === 'GET'
            ? await client.get(url)
            : method === 'PUT'
              ? await client.put(url, payload)
              : await client.post(url, payload);
        seen.push(`${who} ${method} ${url.replace(base, '')}: ${res.statusCode}`);
        expect(res.statusCode, `${who} ${method} ${url}: ${res.body}`).toBe(status);
        if (status === 403) expect(res.json().error.code).toBe('FORBIDDEN');
      }
    }
    const noData = await people.readerNoData!.client.get(`${base}/dashboards/${id}/data`);
    expect(noData.json().error.details.required).toEqual(['app.data.read']);
    for (const who of ['none', 'reader', 'readerNoData']) {
      expect((await people[who]!.client.delete(`${base}/dashboards/${id}`)).statusCode).toBe(403);
    }
    expect((await people.editor!.client.delete(`${base}/dashboards/${id}`)).statusCode).toBe(204);
    expect((await people.editor!.client.get(`${base}/dashboards/${id}`)).statusCode).toBe(404);
    expect(seen.length).toBe(routes.length * 4);
  });
});
