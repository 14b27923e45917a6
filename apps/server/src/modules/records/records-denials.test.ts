// One answer for "you may not do this", on the demo's recruitment app: actor × write → status,
// code, which details come back, and that a refused write changed nothing.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { seedDemo } from '../../cli/demo.js';
import { DEMO_PEOPLE } from '../../cli/demo-data.js';

type Json = Record<string, unknown>;
type Person = 'tessa' | 'andy' | 'melissa' | 'uma';
type Write = { method: 'POST' | 'PATCH' | 'DELETE'; path: string; body?: Json };

/** What a refused write must answer; `fields` and `operation` are present exactly when given. */
interface Expected {
  status: number;
  code?: string;
  fields?: string[];
  operation?: number;
}

describeDb('records: one answer for a refused write', (database) => {
  let app: Awaited<ReturnType<typeof createTestApp>>['app'];
  const clients = {} as Record<Person, TestClient>;
  const ids: Record<string, string> = {};
  const positions: Record<string, string> = {};
  let base = '';

  beforeAll(async () => {
    const built = await createTestApp(database());
    app = built.app;
    await app.ready();
    await seedDemo(app, built.ctx);
    base = `/api/apps/${(await built.ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id}/collections`;
    for (const key of ['tessa', 'andy', 'melissa', 'uma'] as const) {
      const person = DEMO_PEOPLE.find((p) => p.key === key)!;
      const client = new TestClient(app, built.ctx.config.publicUrl);
      const res = await client.post('/api/auth/login', { email: person.email, password: person.password });
      expect(res.statusCode, res.body).toBe(200);
      clients[key] = client;
      ids[key] = (await client.get('/api/auth/me')).json().id as string;
    }
    for (const item of await all('positions')) positions[String(item.title)] = String(item.id);
  });

  // The Team Admin reads everything (allData): what she lists is what the database holds.
  const all = async (collection: string) => {
    const res = await clients.tessa.get(`${base}/${collection}/records?limit=100&sort=id`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Json[];
  };
  const snapshot = async () => JSON.stringify([await all('positions'), await all('candidates')]);
  const send = (who: Person, w: Write) => {
    const client = clients[who];
    if (w.method === 'POST') return client.post(w.path, w.body ?? {});
    if (w.method === 'PATCH') return client.patch(w.path, w.body ?? {});
    return client.delete(w.path);
  };
  const position = (title: string) => `${base}/positions/records/${positions[title]}`;
  // Melissa interviews for the designer position; Jonas alone for the DACH one.
  const MINE = 'Product Designer';
  const JONAS = 'Account Executive, DACH';

  const scenarios: [string, Person, () => Write, Expected][] = [
    [
      'a field she may read but not update',
      'melissa',
      () => ({ method: 'PATCH', path: position(MINE), body: { values: { title: 'Designer' } } }),
      { status: 403, code: 'FIELD_WRITE_DENIED', fields: ['title'] },
    ],
    [
      'a field she may neither read nor write, beside one she may write',
      'melissa',
      () => ({ method: 'PATCH', path: position(MINE), body: { values: { status: 'Filled', salary: 1 } } }),
      { status: 403, code: 'FIELD_WRITE_DENIED', fields: ['salary'] },
    ],
    [
      'a delete of a record she reads',
      'melissa',
      () => ({ method: 'DELETE', path: position(MINE) }),
      { status: 403, code: 'RECORD_WRITE_DENIED' },
    ],
    [
      'a create without a create grant',
      'melissa',
      () => ({ method: 'POST', path: `${base}/positions/records`, body: { values: { title: 'Mine' } } }),
      { status: 403, code: 'RECORD_WRITE_DENIED' },
    ],
    [
      'an update of a record she cannot read',
      'melissa',
      () => ({ method: 'PATCH', path: position(JONAS), body: { values: { status: 'Filled' } } }),
      { status: 404, code: 'NOT_FOUND' },
    ],
    [
      'an update of a record she cannot read, naming a field she may not write',
      'melissa',
      () => ({ method: 'PATCH', path: position(JONAS), body: { values: { salary: 1 } } }),
      { status: 404, code: 'NOT_FOUND' },
    ],
    [
      'a delete of a record she cannot read',
      'melissa',
      () => ({ method: 'DELETE', path: position(JONAS) }),
      { status: 404, code: 'NOT_FOUND' },
    ],
    [
      'an update that moves his position out of his rule (the after state)',
      'andy',
      () => ({
        method: 'PATCH',
        path: position('Frontend Engineer'),
        body: { values: { hiringManager: ids.tessa } },
      }),
      { status: 403, code: 'RECORD_WRITE_DENIED' },
    ],
    [
      'a create whose new row fails his rule',
      'andy',
      () => ({
        method: 'POST',
        path: `${base}/candidates/records`,
        body: { values: { name: 'Zed', position: positions[JONAS] } },
      }),
      { status: 403, code: 'RECORD_WRITE_DENIED' },
    ],
    [
      'an update by a user whom no rule lets read positions',
      'uma',
      () => ({ method: 'PATCH', path: position(MINE), body: { values: { status: 'Filled' } } }),
      { status: 404, code: 'NOT_FOUND' },
    ],
    [
      'an invalid value of a field she may write',
      'melissa',
      () => ({ method: 'PATCH', path: position(MINE), body: { values: { status: 'Closed' } } }),
      { status: 400, code: 'VALIDATION_FAILED' },
    ],
    [
      'a bulk whose second operation writes a field she may not write',
      'melissa',
      () => ({
        method: 'POST',
        path: `${base}/positions/records/bulk`,
        body: {
          operations: [
            { op: 'update', id: positions[MINE], values: { status: 'Filled' } },
            { op: 'update', id: positions[MINE], values: { department: 'Sales' } },
          ],
        },
      }),
      { status: 403, code: 'FIELD_WRITE_DENIED', fields: ['department'], operation: 1 },
    ],
    [
      'a bulk whose second operation deletes a record she reads',
      'melissa',
      () => ({
        method: 'POST',
        path: `${base}/positions/records/bulk`,
        body: {
          operations: [
            { op: 'update', id: positions[MINE], values: { status: 'Filled' } },
            { op: 'delete', id: positions[MINE] },
          ],
        },
      }),
      { status: 403, code: 'RECORD_WRITE_DENIED', operation: 1 },
    ],
    [
      'a bulk updating a record she cannot read',
      'melissa',
      () => ({
        method: 'POST',
        path: `${base}/positions/records/bulk`,
        body: { operations: [{ op: 'update', id: positions[JONAS], values: { status: 'Filled' } }] },
      }),
      { status: 404, code: 'NOT_FOUND', operation: 0 },
    ],
  ];

  for (const [name, who, write, expected] of scenarios) {
    it(`${who}: ${name} → ${expected.status} ${expected.code}`, async () => {
      const before = await snapshot();
      const res = await send(who, write());
      expect(res.statusCode, res.body).toBe(expected.status);
      const error = res.json().error as { code: string; details?: Json };
      expect(error.code).toBe(expected.code);
      const details = error.details ?? {};
      if (expected.fields) expect(details.fields).toEqual(expected.fields);
      else expect(details).not.toHaveProperty('fields');
      if (expected.operation !== undefined) expect(details.operation).toBe(expected.operation);
      else expect(details).not.toHaveProperty('operation');
      // Every refusal by the rules carries a reference a builder can explain; a bad value does not.
      if (expected.status === 400) expect(details).not.toHaveProperty('reference');
      else expect(details.reference).toMatch(/^ref_/);
      expect(await snapshot()).toBe(before);
    });
  }

  it('answers a record she cannot read exactly like a missing id, for update and delete', async () => {
    const comparable = (res: { json(): Json }) => {
      const { requestId: _r, details, ...rest } = res.json().error as Json & { details: Json };
      expect(details.reference).toMatch(/^ref_/);
      return { ...rest, details: { ...details, reference: undefined } };
    };
    const missing = `${base}/positions/records/${randomUUID()}`;
    const body = { values: { status: 'Filled' } };
    const foreign = await clients.melissa.patch(position(JONAS), body);
    const random = await clients.melissa.patch(missing, body);
    expect(comparable(foreign)).toEqual(comparable(random));
    const foreignDelete = await clients.melissa.delete(position(JONAS));
    const randomDelete = await clients.melissa.delete(missing);
    expect(comparable(foreignDelete)).toEqual(comparable(randomDelete));
    expect(foreignDelete.statusCode).toBe(404);
  });

  it('lets the same people do what the rules allow, so the refusals above are the rules', async () => {
    const status = await clients.melissa.patch(position(MINE), { values: { status: 'On hold' } });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ status: 'On hold' });
    expect(status.json()).not.toHaveProperty('salary');
    // A field sent back unchanged need not be updatable: only what changes is checked.
    const same = await clients.melissa.patch(position(MINE), { values: { status: 'Open', title: MINE } });
    expect(same.statusCode, same.body).toBe(200);
    const salary = await clients.tessa.patch(position(JONAS), { values: { salary: 69_000 } });
    expect(salary.statusCode, salary.body).toBe(200);
    const created = await clients.andy.post(`${base}/candidates/records`, {
      values: { name: 'Yan', position: positions[MINE] },
    });
    expect(created.statusCode, created.body).toBe(201);
  });
});
