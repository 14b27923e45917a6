import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, insertRules, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

describeDb('records: writing through the rules', (database) => {
  let r: Recruitment;
  let andys: string;
  let melissas: string;

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'write');
    const add = async (values: object) => {
      const res = await r.admin.client.post(r.records('positions'), { values });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    andys = await add({ title: 'Backend Engineer', salary: 100_000, hiringManager: r.andy.accountId });
    melissas = await add({ title: 'Frontend Engineer', salary: 95_000, interviewers: [r.melissa.accountId] });
  });

  const url = (id: string) => `${r.records('positions')}/${id}`;
  const stored = async (id: string) => (await r.admin.client.get(url(id))).json();

  it('creates with a v7 id, the caller as creator, defaults applied, and answers what the caller may read', async () => {
    const res = await r.admin.client.post(r.records('positions'), {
      values: { title: 'Designer', salary: 80_000.5 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json();
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(record).toMatchObject({
      title: 'Designer',
      salary: 80_000.5,
      status: 'draft',
      createdBy: r.admin.accountId,
      updatedBy: r.admin.accountId,
      interviewers: [],
    });
  });

  it('lists every key that is not a writable field, including id, createdBy and __proto__', async () => {
    const body = JSON.parse(
      `{"values": {"title": "X", "id": "${randomUUID()}", "createdBy": "${r.melissa.accountId}", "__proto__": {"admin": true}, "constructor": 1, "nope": 2}}`,
    );
    const res = await r.admin.client.post(r.records('positions'), body);
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.details.issues.map((i: { field: string }) => i.field)
      .sort();
    expect(fields).toEqual([
      'values.__proto__',
      'values.constructor',
      'values.createdBy',
      'values.id',
      'values.nope',
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const patch = await r.andy.client.patch(
      url(andys),
      JSON.parse('{"values": {"updatedBy": null, "__proto__": 1}}'),
    );
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.details.issues).toHaveLength(2);
  });

  it('validates values per field and names the required ones', async () => {
    const res = await r.admin.client.post(r.records('positions'), {
      values: { salary: 'lots', status: 'maybe' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.details.issues.map((i: { field: string }) => i.field)
      .sort();
    expect(fields).toEqual(['values.salary', 'values.status', 'values.title']);
  });

  it('refuses a create to an interviewer, and salary writes to her even where she may update', async () => {
    const create = await r.melissa.client.post(r.records('positions'), { values: { title: 'Mine' } });
    expect(create.statusCode).toBe(403);
    expect(
      (
        await r.admin.client.get(
          `${r.records('positions')}?filter=${encodeURIComponent('record.title == "Mine"')}&count=true`,
        )
      ).json().count,
    ).toBe(0);
    expect(create.json().error.code).toBe('RECORD_WRITE_DENIED');
    const salary = await r.melissa.client.patch(url(melissas), { values: { salary: 1 } });
    expect(salary.statusCode).toBe(403);
    expect(salary.json().error).toMatchObject({
      code: 'FIELD_WRITE_DENIED',
      details: { fields: ['salary'] },
    });
    const title = await r.melissa.client.patch(url(melissas), { values: { title: 'Frontend Engineer II' } });
    expect(title.statusCode, title.body).toBe(200);
    expect(title.json()).toMatchObject({ title: 'Frontend Engineer II' });
    expect(title.json()).not.toHaveProperty('salary');
    expect(await stored(melissas)).toMatchObject({ salary: 95_000, updatedBy: r.melissa.accountId });
  });

  it('refuses an update that would move the record out of the rule, and changes nothing', async () => {
    const before = await stored(andys);
    const res = await r.andy.client.patch(url(andys), {
      values: { hiringManager: r.admin.accountId, title: 'Escaped' },
    });
    expect(res.statusCode).toBe(403);
    expect(await stored(andys)).toEqual(before);
    const ok = await r.andy.client.patch(url(andys), { values: { salary: 105_000, status: 'open' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ salary: 105_000, status: 'open', hiringManager: r.andy.accountId });
  });

  it('answers an update of a record the caller cannot read like a missing one', async () => {
    const random = await r.andy.client.patch(url(randomUUID()), { values: { title: 'x' } });
    const foreign = await r.andy.client.patch(url(melissas), { values: { title: 'x' } });
    expect(random.statusCode).toBe(404);
    // Both carry an explain reference of their own; everything else is the same answer.
    const { details, requestId } = foreign.json().error;
    expect(details.reference).toMatch(/^ref_/);
    expect(random.json().error.details.reference).toMatch(/^ref_/);
    expect(foreign.json().error).toEqual({
      ...random.json().error,
      details: { ...random.json().error.details, reference: details.reference },
      requestId,
    });
    const del = await r.andy.client.delete(url(melissas));
    expect(del.statusCode).toBe(404);
    expect(del.json().error.code).toBe(random.json().error.code);
    expect((await stored(melissas)).id).toBe(melissas);
  });

  it('refuses a delete of a record the caller reads but may not delete with 403', async () => {
    const del = await r.andy.client.delete(url(andys));
    expect(del.statusCode).toBe(403);
    expect(del.json().error).toMatchObject({ code: 'RECORD_WRITE_DENIED' });
    expect(del.json().error.details.reference).toMatch(/^ref_/);
    expect((await stored(andys)).id).toBe(andys);
  });

  it('deletes where the delete rule holds', async () => {
    const res = await r.admin.client.post(r.records('positions'), { values: { title: 'Temp' } });
    const id = res.json().id;
    expect((await r.admin.client.delete(url(id))).statusCode).toBe(204);
    expect((await r.admin.client.get(url(id))).statusCode).toBe(404);
    expect((await r.admin.client.delete(url(id))).statusCode).toBe(404);
  });

  it('names the field of a unique violation with 409', async () => {
    const values = { name: 'Ada', email: 'ada@example.com', position: andys };
    expect((await r.admin.client.post(r.records('candidates'), { values })).statusCode).toBe(201);
    const again = await r.admin.client.post(r.records('candidates'), {
      values: { ...values, name: 'Ada 2' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'UNIQUE_VIOLATION', details: { field: 'email' } });
  });

  it('lets a hiring manager create candidates only on his own positions', async () => {
    const own = await r.andy.client.post(r.records('candidates'), {
      values: { name: 'Bo', position: andys },
    });
    expect(own.statusCode, own.body).toBe(201);
    const other = await r.andy.client.post(r.records('candidates'), {
      values: { name: 'Cy', position: melissas },
    });
    expect(other.statusCode).toBe(403);
    const names = (await r.admin.client.get(r.records('candidates')))
      .json()
      .items.map((i: { name: string }) => i.name);
    expect(names).not.toContain('Cy');
  });

  it('refuses a link to a record that does not exist', async () => {
    const res = await r.admin.client.post(r.records('candidates'), {
      values: { name: 'Di', position: randomUUID() },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('LINK_TARGET_NOT_FOUND');
  });

  it('needs only the fields that really change to be updatable on the row before', async () => {
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
    expect((await stored(andys)).status).toBe('open');
    const same = await r.andy.client.patch(url(andys), {
      values: { salary: 105_000, title: 'Backend Engineer' },
    });
    expect(same.statusCode, same.body).toBe(200);
    const changed = await r.andy.client.patch(url(andys), { values: { salary: 1 } });
    expect(changed.statusCode).toBe(403);
    expect(changed.json().error).toMatchObject({
      code: 'FIELD_WRITE_DENIED',
      details: { fields: ['salary'] },
    });
    expect((await stored(andys)).salary).toBe(105_000);
  });
});
