import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, insertRules, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

describeDb('records: the collections and fields a caller may use', (database) => {
  let r: Recruitment;
  const url = () => `/api/apps/${r.appId}/data/collections`;
  type Item = {
    key: string;
    can: Record<string, boolean>;
    fields: { name: string; read: string; update: string }[];
  };

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'readable');
  });

  it('an interviewer gets the positions without the salary, and only their own updatable fields', async () => {
    const res = await r.melissa.client.get(url());
    expect(res.statusCode, res.body).toBe(200);
    const positions = (res.json().items as Item[]).find((c) => c.key === 'positions')!;
    expect(positions.fields.map((f) => f.name)).toEqual([
      'title',
      'department',
      'status',
      'hiringManager',
      'interviewers',
    ]);
    expect(positions.fields.every((f) => f.update === 'always')).toBe(true);
    expect(positions.can).toEqual({ create: false, update: true, delete: false });
    // No rule opens the users collection to her: it is not listed at all.
    expect((res.json().items as Item[]).map((c) => c.key).sort()).toEqual(['candidates', 'positions']);
  });

  it('a hiring manager gets every field; the team admin every collection, to create in', async () => {
    const andy = (await r.andy.client.get(url())).json().items as Item[];
    expect(andy.find((c) => c.key === 'positions')!.fields.map((f) => f.name)).toContain('salary');
    expect(andy.find((c) => c.key === 'candidates')!.can.create).toBe(true);
    const admin = (await r.admin.client.get(url())).json().items as Item[];
    expect(admin.map((c) => c.key).sort()).toEqual(['candidates', 'positions', 'users']);
    expect(admin.find((c) => c.key === 'users')!.can).toEqual({
      create: false,
      update: false,
      delete: false,
    });
  });

  it('says "some" for a field a condition opens per record', async () => {
    await insertRules(r.ctx, r.appId, r.ids, [
      {
        kind: 'fieldCondition',
        access: 'write',
        collection: 'positions',
        roles: ['hiring_manager'],
        actions: [],
        fields: [r.ids.salary],
        condition: 'record.status == "draft"',
      },
    ]);
    const items = (await r.andy.client.get(url())).json().items as Item[];
    const fields = items.find((c) => c.key === 'positions')!.fields;
    expect(fields.find((f) => f.name === 'salary')).toMatchObject({ read: 'always', update: 'some' });
    expect(fields.find((f) => f.name === 'title')).toMatchObject({ update: 'always' });
  });

  it('a company member who is no app user is refused', async () => {
    const res = await r.member.client.get(url());
    expect(res.statusCode).toBe(403);
  });
});
