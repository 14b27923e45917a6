import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

describeDb('records: bulk writes, all or nothing', (database) => {
  let r: Recruitment;
  let andys: string;

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'bulk');
    const res = await r.admin.client.post(r.records('positions'), {
      values: { title: 'Backend Engineer', hiringManager: r.andy.accountId },
    });
    andys = res.json().id;
  });

  const bulk = (who: 'admin' | 'andy', operations: object[]) =>
    r[who].client.post(`${r.records('positions')}/bulk`, { operations });
  const count = async () => (await r.admin.client.get(`${r.records('positions')}?count=true`)).json().count;

  it('creates, changes and deletes in one request', async () => {
    const res = await bulk('admin', [
      { op: 'create', values: { title: 'One' } },
      { op: 'create', values: { title: 'Two' } },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const [one, two] = res.json().results;
    expect(one).toMatchObject({ op: 'create', record: { title: 'One' } });
    const next = await bulk('admin', [
      { op: 'update', id: one.id, values: { title: 'One!' } },
      { op: 'delete', id: two.id },
    ]);
    expect(next.json().results).toEqual([
      { op: 'update', id: one.id, record: expect.objectContaining({ title: 'One!' }) },
      { op: 'delete', id: two.id },
    ]);
    expect((await r.admin.client.get(`${r.records('positions')}/${two.id}`)).statusCode).toBe(404);
  });

  it('writes nothing when one operation is refused, and names that operation', async () => {
    const before = await count();
    const res = await bulk('andy', [
      { op: 'update', id: andys, values: { title: 'Renamed' } },
      { op: 'update', id: andys, values: { hiringManager: r.admin.accountId } },
    ]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details.operation).toBe(1);
    expect((await r.admin.client.get(`${r.records('positions')}/${andys}`)).json().title).toBe(
      'Backend Engineer',
    );
    const missing = await bulk('admin', [
      { op: 'create', values: { title: 'Kept?' } },
      { op: 'delete', id: randomUUID() },
    ]);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.details.operation).toBe(1);
    expect(await count()).toBe(before);
  });

  it('checks every operation’s fields before writing anything', async () => {
    const res = await bulk('admin', [
      { op: 'create', values: { title: 'Fine' } },
      { op: 'create', values: { title: 'Bad', id: randomUUID() } },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject({ operation: 1, issues: [{ field: 'values.id' }] });
    const many = await bulk(
      'admin',
      Array.from({ length: 101 }, () => ({ op: 'delete', id: andys })),
    );
    expect(many.statusCode).toBe(400);
    expect(many.json().error.message).toContain('100');
  });
});
