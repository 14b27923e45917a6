import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, insertRules, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

describeDb('records: the collections and fields a caller may use', (database) => {
  let r: Recruitment;
  const url = () => `/api/apps/${r.appId}/data/collections`;
  type Item = {
    key: string;
    can: Record<string, boolean>;
    fields: { name: string; read: string; create: string; update: string }[];
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
    expect(positions.can).toEqual({ read: true, create: false, update: true, delete: false });
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
      read: true,
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

  it('lists what one may write but never read, so a form can offer it, and nothing one may only read elsewhere', async () => {
    // Interviewers may propose a position with its salary, which they never read.
    await insertRules(r.ctx, r.appId, r.ids, [
      {
        collection: 'positions',
        roles: ['interviewer'],
        actions: ['create'],
        condition: 'true',
        fields: { create: [r.ids.title!, r.ids.salary!] },
      },
    ]);
    // An application form: a collection interviewers may add to and never read.
    const created = await r.admin.client.post(`/api/apps/${r.appId}/collections`, {
      key: 'referrals',
      name: 'Referrals',
      restricted: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const name of ['person', 'note']) {
      const field = await r.admin.client.post(`/api/apps/${r.appId}/collections/referrals/fields`, {
        name,
        type: 'text',
      });
      expect(field.statusCode, field.body).toBe(201);
    }
    const collectionId = (created.json() as { id: string }).id;
    await insertRules(r.ctx, r.appId, { ...r.ids, referrals: collectionId }, [
      { collection: 'referrals', roles: ['interviewer'], actions: ['create'], condition: 'true' },
    ]);

    const items = (await r.melissa.client.get(url())).json().items as Item[];
    const positions = items.find((c) => c.key === 'positions')!;
    expect(positions.can).toMatchObject({ read: true, create: true });
    expect(positions.fields.find((f) => f.name === 'salary')).toMatchObject({
      read: 'never',
      create: 'always',
      update: 'never',
    });
    expect(positions.fields.find((f) => f.name === 'title')).toMatchObject({
      read: 'always',
      create: 'always',
    });
    const referrals = items.find((c) => c.key === 'referrals')!;
    expect(referrals.can).toEqual({ read: false, create: true, update: false, delete: false });
    expect(referrals.fields.map((f) => [f.name, f.read, f.create])).toEqual([
      ['person', 'never', 'always'],
      ['note', 'never', 'always'],
    ]);
    // Andy holds no rule on referrals: the collection is not his to see or add to.
    const andy = (await r.andy.client.get(url())).json().items as Item[];
    expect(andy.map((c) => c.key)).not.toContain('referrals');
    // She adds one, and the form opens nothing to read: not in her list, not by its id.
    const added = await r.melissa.client.post(r.records('referrals'), {
      values: { person: 'Ada', note: 'x' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const list = await r.melissa.client.get(r.records('referrals'));
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    const one = await r.melissa.client.get(
      `${r.records('referrals')}/${(added.json() as { id: string }).id}`,
    );
    expect(one.statusCode).toBe(404);
  });

  it('a company member who is no app user is refused', async () => {
    const res = await r.member.client.get(url());
    expect(res.statusCode).toBe(403);
  });
});
