import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

// Dashboards as builders keep them: checked like rules when saved, stored by id (a rename keeps
// them working, a used field cannot be deleted), versioned and restorable, audited.
describeDb('dashboards: saving, versions and the data model', (database) => {
  let r: Recruitment;
  let base: string;
  let id: string;

  const widgets = [
    {
      kind: 'number',
      title: 'Payroll',
      collection: 'positions',
      measure: { fn: 'sum', field: 'salary' },
      filter: 'record.status == "open"',
    },
    {
      kind: 'bar',
      title: 'By position',
      collection: 'candidates',
      measure: { fn: 'count' },
      groupBy: { field: 'position', label: 'title' },
    },
  ];

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'dashboards');
    base = `/api/apps/${r.appId}`;
    const res = await r.admin.client.post(`${base}/dashboards`, { title: 'Hiring', widgets });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().version).toBe(1);
    expect(res.json().widgets.map((w: { id: string }) => typeof w.id)).toEqual(['string', 'string']);
  });

  it('refuses a dashboard that does not check, with every problem and where it is', async () => {
    const res = await r.admin.client.post(`${base}/dashboards`, {
      title: 'Broken',
      widgets: [
        { kind: 'number', collection: 'positions', measure: { fn: 'sum', field: 'salry' } },
        { kind: 'number', collection: 'positions', measure: { fn: 'avg', field: 'title' } },
        {
          kind: 'number',
          collection: 'positions',
          measure: { fn: 'count' },
          filter: 'record.salary == "high"',
        },
        { kind: 'timeSeries', collection: 'positions', measure: { fn: 'count' }, date: 'status' },
        {
          kind: 'pie',
          collection: 'positions',
          measure: { fn: 'count' },
          groupBy: { field: 'title', label: 'x' },
        },
        { kind: 'table', collection: 'offices', fields: ['name'] },
        { kind: 'number', collection: 'positions', measure: { fn: 'max' } },
      ],
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('DASHBOARD_INVALID');
    const issues = error.details.issues as {
      field: string;
      code: string;
      position?: object;
      expected?: string[];
    }[];
    const at = (field: string) => issues.find((i) => i.field === field);
    expect(at('widgets.0.measure.field')?.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
    expect(at('widgets.0.measure.field')?.expected).toContain('salary');
    expect(at('widgets.1.measure.field')?.code).toBe('DASHBOARD_INVALID');
    expect(at('widgets.2.filter')?.code).toBe('POLICY_TYPE_MISMATCH');
    expect(at('widgets.2.filter')?.position).toEqual({ start: expect.any(Number), end: expect.any(Number) });
    expect(at('widgets.3.date')?.code).toBe('DASHBOARD_INVALID');
    expect(at('widgets.4.groupBy.label')?.code).toBe('DASHBOARD_INVALID');
    expect(at('widgets.5.collection')?.code).toBe('POLICY_UNKNOWN_COLLECTION');
    expect(at('widgets.6.measure.field')?.code).toBe('DASHBOARD_INVALID');
    const list = await r.admin.client.get(`${base}/dashboards`);
    expect(list.json().items.map((d: { title: string }) => d.title)).toEqual(['Hiring']);
  });

  it('keeps versions, refuses a stale save, diffs and restores', async () => {
    const current = (await r.admin.client.get(`${base}/dashboards/${id}`)).json();
    const edited = {
      title: 'Hiring 2',
      widgets: current.widgets.map((w: { title: string }, i: number) =>
        i === 0 ? { ...w, title: 'Open payroll' } : w,
      ),
      baseVersion: 1,
    };
    const saved = await r.admin.client.put(`${base}/dashboards/${id}`, edited);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(2);
    const stale = await r.admin.client.put(`${base}/dashboards/${id}`, { ...edited, title: 'Lost' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('DASHBOARD_VERSION_CONFLICT');
    expect(stale.json().error.details.version).toBe(2);
    const versions = (await r.admin.client.get(`${base}/dashboards/${id}/versions`)).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].savedBy.email).toBe(r.admin.email);
    const diff = (await r.admin.client.get(`${base}/dashboards/${id}/versions/1/diff`)).json();
    expect(diff.changes.map((c: { path: string }) => c.path).sort()).toEqual([
      'title',
      'widgets[Open payroll].title',
    ]);
    const restored = await r.admin.client.post(`${base}/dashboards/${id}/versions/1/restore`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ version: 3, title: 'Hiring' });
    expect((await r.admin.client.get(`${base}/dashboards/${id}/versions`)).json().items[0].restoredFrom).toBe(
      1,
    );
    for (const bad of ['x', '99', '0']) {
      expect((await r.admin.client.get(`${base}/dashboards/${id}/versions/${bad}/diff`)).statusCode).toBe(
        404,
      );
    }
    expect((await r.admin.client.get(`${base}/dashboards/not-an-id`)).statusCode).toBe(404);
    const audit = await r.ctx.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('target_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'app.dashboard.created',
      'app.dashboard.updated',
      'app.dashboard.restored',
    ]);
  });

  it('follows a renamed field and refuses to delete a field or collection a widget uses', async () => {
    const rename = await r.admin.client.patch(`${base}/collections/positions/fields/salary`, { name: 'pay' });
    expect(rename.statusCode, rename.body).toBe(200);
    const shown = (await r.admin.client.get(`${base}/dashboards/${id}`)).json();
    expect(shown.widgets[0].measure.field).toBe('pay');
    expect(shown.widgets[1].groupBy).toEqual({ field: 'position', label: 'title' });
    const data = await r.admin.client.get(`${base}/dashboards/${id}/data`);
    expect(data.statusCode, data.body).toBe(200);
    expect(data.json().widgets[0].value).toBeNull();

    for (const [collection, field] of [
      ['positions', 'pay'],
      ['positions', 'title'],
      ['positions', 'status'],
    ]) {
      const refused = await r.admin.client.delete(`${base}/collections/${collection}/fields/${field}`);
      expect(refused.statusCode, `${field}: ${refused.body}`).toBe(409);
      expect(refused.json().error.code).toBe('FIELD_IN_USE');
      expect(refused.json().error.message, refused.body).toContain('(Hiring)');
      expect(refused.json().error.details.dashboards[0].dashboard).toEqual({ id, title: 'Hiring' });
    }
    const collection = await r.admin.client.delete(`${base}/collections/candidates`);
    expect(collection.statusCode).toBe(409);
    expect(collection.json().error.details.dashboards).toHaveLength(1);
    // A field nobody uses still goes.
    const added = await r.admin.client.post(`${base}/collections/positions/fields`, {
      name: 'code',
      type: 'text',
    });
    expect(added.statusCode, added.body).toBe(201);
    const unused = await r.admin.client.delete(`${base}/collections/positions/fields/code`);
    expect(unused.statusCode, unused.body).toBe(204);
  });

  it('refuses to delete a user attribute a widget filter reads', async () => {
    const attr = await r.admin.client.post(`${base}/attributes`, { key: 'team', name: 'Team', type: 'text' });
    expect(attr.statusCode, attr.body).toBe(201);
    const res = await r.admin.client.post(`${base}/dashboards`, {
      title: 'Team board',
      widgets: [
        { kind: 'number', collection: 'positions', measure: { fn: 'count' }, filter: 'user.team == "x"' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const refused = await r.admin.client.delete(`${base}/attributes/team`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.usedBy).toEqual(['dashboards']);
    expect((await r.admin.client.delete(`${base}/dashboards/${res.json().id}`)).statusCode).toBe(204);
    expect((await r.admin.client.delete(`${base}/attributes/team`)).statusCode).toBe(204);
  });

  describe('deleting', () => {
    it('deletes a dashboard with its versions', async () => {
      expect((await r.admin.client.delete(`${base}/dashboards/${id}`)).statusCode).toBe(204);
      expect((await r.admin.client.get(`${base}/dashboards/${id}/versions`)).statusCode).toBe(404);
      const left = await r.ctx.database.db
        .selectFrom('app_dashboard_version')
        .select('version')
        .where('dashboard_id', '=', id)
        .execute();
      expect(left).toEqual([]);
      expect((await r.admin.client.delete(`${base}/collections/positions/fields/pay`)).statusCode).toBe(204);
    });
  });
});
