import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

describeDb('records: every field type round-trips through the API', (database) => {
  let r: Recruitment;
  let url: string;

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'values');
    const base = `/api/apps/${r.appId}/collections`;
    const post = async (path: string, body: object) => {
      const res = await r.admin.client.post(`${base}${path}`, body);
      expect(res.statusCode, res.body).toBe(201);
    };
    await post('', { key: 'things', name: 'Things', restricted: false });
    const fields = [
      { name: 'count', type: 'integer' },
      { name: 'done', type: 'boolean' },
      { name: 'day', type: 'date' },
      { name: 'at', type: 'datetime' },
      { name: 'tags', type: 'multiSelect', options: ['a', 'b'] },
      { name: 'data', type: 'json' },
      { name: 'link', type: 'url' },
    ];
    for (const f of fields) await post('/things/fields', f);
    url = r.records('things');
  });

  it('stores and returns integers, booleans, dates, datetimes, multi-selects, json and urls', async () => {
    const values = {
      count: 9_007_199_254_740_991,
      done: true,
      day: '2026-11-22',
      at: '2026-11-22T10:30:00.000Z',
      tags: ['a', 'b'],
      data: { nested: [1, { x: 'y' }] },
      link: 'https://example.com/x',
    };
    const created = await r.admin.client.post(url, { values });
    expect(created.statusCode, created.body).toBe(201);
    const read = await r.admin.client.get(`${url}/${created.json().id}`);
    expect(read.statusCode, read.body).toBe(200);
    const record = read.json();
    expect(record).toMatchObject({ done: true, tags: ['a', 'b'], data: values.data, link: values.link });
    // Out in the form a write takes back: a safe integer as a number, a date as YYYY-MM-DD.
    expect(record.count).toBe(9_007_199_254_740_991);
    expect(record.day).toBe('2026-11-22');
    const again = await r.admin.client.patch(`${url}/${record.id}`, {
      values: { count: record.count, day: record.day },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(new Date(record.at).toISOString()).toBe(values.at);
    const listed = await r.andy.client.get(
      `${url}?filter=${encodeURIComponent('record.count > 5')}&count=true`,
    );
    expect(listed.json().count).toBe(1);
  });

  it('answers a tampered cursor or a malformed filter with 400, never 500', async () => {
    for (const query of ['after=garbage', `filter=${encodeURIComponent('record.count >')}`, 'sort=,,,-']) {
      const res = await r.admin.client.get(`${url}?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
    }
    const syntax = await r.admin.client.get(`${url}?filter=${encodeURIComponent('record.count >')}`);
    expect(syntax.json().error).toMatchObject({
      code: 'POLICY_SYNTAX_ERROR',
      details: { position: expect.any(Object) },
    });
  });
});
