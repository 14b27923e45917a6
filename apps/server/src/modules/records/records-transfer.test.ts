import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, insertRules, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';
import { type Person, signUp } from '../../../test/harness/tenants.js';

type Who = 'admin' | 'andy' | 'melissa';

describeDb('records: export and import', (database) => {
  let r: Recruitment;
  let reader: Person;
  let outsider: Person;
  const positions: Record<string, string> = {};

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'transfer');
    const create = async (values: object) => {
      const res = await r.admin.client.post(r.records('positions'), { values });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const { andy, melissa, admin } = r;
    positions.backend = await create({
      title: 'Backend Engineer',
      department: 'Engineering',
      salary: 100_000,
      status: 'open',
      hiringManager: andy.accountId,
      interviewers: [melissa.accountId],
    });
    positions.sales = await create({
      title: 'Sales Lead, "EMEA"',
      department: 'Sales',
      salary: 90_000,
      hiringManager: admin.accountId,
      interviewers: [melissa.accountId, andy.accountId],
    });
    positions.designer = await create({ title: 'Designer', salary: 80_000, hiringManager: andy.accountId });
    positions.secret = await create({ title: 'Secret', salary: 1, hiringManager: admin.accountId });
    // A reader holds app.data.read only; an outsider is an app user without either data right.
    const base = `/api/apps/${r.appId}`;
    for (const [key, rights] of [
      ['reader', ['app.data.read']],
      ['outsider', []],
    ] as const) {
      const role = await r.admin.client.post(`${base}/roles`, { key, name: key, rights });
      expect(role.statusCode, role.body).toBe(201);
    }
    reader = await signUp(r.app, r.ctx, 'reader@transfer.test', 'Reader');
    outsider = await signUp(r.app, r.ctx, 'outsider@transfer.test', 'Outsider');
    for (const [person, role] of [
      [reader, 'reader'],
      [outsider, 'outsider'],
    ] as const) {
      const res = await r.admin.client.post(`${base}/users`, { email: person.email, roles: [role] });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  const base = (collection: string) => `/api/apps/${r.appId}/collections/${collection}`;
  const exportCsv = async (who: Who, query = '') => {
    const res = await r[who].client.get(`${base('positions')}/export?format=csv${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = parse(res.body) as string[][];
    return { header: header!, rows, text: res.body };
  };
  const importFile = (
    who: Who | Person,
    collection: string,
    body: string,
    query: string,
    type = 'text/csv',
  ) =>
    (typeof who === 'string' ? r[who] : who).client.request(
      'POST',
      `${base(collection)}/import?${query}`,
      body,
      {
        'content-type': type,
      },
    );
  const count = async (collection: string) =>
    (await r.admin.client.get(`${r.records(collection)}?count=true&limit=1`)).json().count as number;

  it('exports as Melissa only her positions, with no salary column', async () => {
    const { header, rows } = await exportCsv('melissa', '&sort=title');
    expect(header).not.toContain('salary');
    expect(header.slice(0, 2)).toEqual(['id', 'title']);
    expect(rows.map((row) => row[header.indexOf('title')])).toEqual([
      'Backend Engineer',
      'Sales Lead, "EMEA"',
    ]);
    // A to-many link is its ids as JSON in the cell.
    const sales = rows.find((row) => row[0] === positions.sales)!;
    expect(JSON.parse(sales[header.indexOf('interviewers')]!)).toEqual(
      [r.melissa.accountId, r.andy.accountId].sort(),
    );
  });

  it('exports as Andy his positions with their salaries, and JSON like the list', async () => {
    const { header, rows } = await exportCsv('andy', '&sort=title');
    expect(rows.map((row) => [row[header.indexOf('title')], row[header.indexOf('salary')]])).toEqual([
      ['Backend Engineer', '100000'],
      ['Designer', '80000'],
    ]);
    const json = await r.andy.client.get(
      `${base('positions')}/export?format=json&sort=title&fields=title,salary`,
    );
    expect(json.statusCode).toBe(200);
    const list = await r.andy.client.get(`${r.records('positions')}?sort=title&fields=title,salary`);
    expect(json.json()).toEqual(list.json().items);
  });

  it('applies the list’s filter and fields, and refuses what the list refuses', async () => {
    const { header, rows } = await exportCsv(
      'admin',
      '&filter=record.salary%20%3E%2085000&fields=title&sort=-salary',
    );
    expect(header).toEqual(['id', 'title']);
    expect(rows.map((row) => row[1])).toEqual(['Backend Engineer', 'Sales Lead, "EMEA"']);
    const hidden = await r.melissa.client.get(`${base('positions')}/export?filter=record.salary%20%3E%201`);
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
    const empty = await r.melissa.client.get(
      `${base('positions')}/export?format=json&filter=record.title%20%3D%3D%20%22x%22`,
    );
    expect(empty.json()).toEqual([]);
  });

  it('refuses export without app.data.read, and import without app.data.edit', async () => {
    expect((await outsider.client.get(`${base('positions')}/export`)).statusCode).toBe(403);
    expect((await reader.client.get(`${base('positions')}/export`)).statusCode).toBe(200);
    const res = await importFile(reader, 'positions', 'title\nX\n', 'dryRun=true');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('empties a cell whose field a row-dependent condition hides on that row only', async () => {
    await insertRules(r.ctx, r.appId, r.ids, [
      {
        kind: 'fieldCondition',
        access: 'read',
        collection: 'positions',
        roles: ['hiring_manager'],
        actions: [],
        fields: [r.ids.salary],
        condition: 'record.status == "open"',
      },
    ]);
    const { header, rows } = await exportCsv('andy', '&sort=title');
    expect(rows.map((row) => [row[header.indexOf('title')], row[header.indexOf('salary')]])).toEqual([
      ['Backend Engineer', '100000'],
      ['Designer', ''],
    ]);
    const json = await r.andy.client.get(`${base('positions')}/export?format=json&sort=title`);
    const [open, draft] = json.json();
    expect(open.salary).toBe(100_000);
    expect(draft).not.toHaveProperty('salary');
    // Imported back, the empty cell leaves the hidden salary as it is.
    const back = await importFile('andy', 'positions', (await exportCsv('andy')).text, 'mode=all');
    expect(back.json(), back.body).toMatchObject({ outcome: 'written', updated: 2, invalid: 0 });
    const stored = await r.admin.client.get(`${r.records('positions')}/${positions.designer}`);
    expect(stored.json().salary).toBe(80_000);
  });

  it('round-trips an export through import, CSV and JSON alike', async () => {
    const { text } = await exportCsv('admin');
    const changed = text.replace('Backend Engineer', 'Backend Engineer II');
    const before = await count('positions');
    const res = await importFile('admin', 'positions', changed, 'mode=all');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      outcome: 'written',
      rows: 4,
      valid: 4,
      updated: 4,
      created: 0,
      problems: [],
    });
    expect(await count('positions')).toBe(before);
    const backend = await r.admin.client.get(`${r.records('positions')}/${positions.backend}`);
    expect(backend.json()).toMatchObject({ title: 'Backend Engineer II', salary: 100_000, status: 'open' });
    const json = (await r.admin.client.get(`${base('positions')}/export?format=json`)).body;
    const again = await importFile('admin', 'positions', json, 'mode=all', 'application/json');
    expect(again.json()).toMatchObject({ outcome: 'written', updated: 4 });
    const after = (await r.admin.client.get(`${base('positions')}/export?format=json`)).json();
    const strip = (items: Record<string, unknown>[]) => items.map(({ updatedAt: _, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(JSON.parse(json)));
    // Rows without an id are created.
    const created = await importFile(
      'admin',
      'positions',
      'title,status,salary\nNew one,open,5\n',
      'mode=all',
    );
    expect(created.json()).toMatchObject({ outcome: 'written', created: 1 });
    expect(await count('positions')).toBe(before + 1);
  });

  // Melissa may propose candidates for her positions, without a review; row 1 and 6 pass.
  const candidatesCsv = () =>
    [
      'name,email,position,stage,review,nickname',
      `Ada,ada@x.test,${positions.backend},applied,,`,
      `Bob,bob@x.test,${positions.backend},,,Bobby`,
      `Cy,not-an-email,${positions.backend},applied,,`,
      `Di,di@x.test,${positions.backend},,Strong,`,
      `Ed,ed@x.test,${positions.secret},,,`,
      `Flo,flo@x.test,${positions.sales},interview,,`,
      `Gil,ada@x.test,${positions.sales},,,`,
    ].join('\n');

  it('reports per row what a create would refuse, in a dry run and in both modes', async () => {
    await insertRules(r.ctx, r.appId, r.ids, [
      {
        collection: 'candidates',
        roles: ['interviewer'],
        actions: ['create'],
        condition: 'user.id in record.position.interviewers',
        fields: { create: ['name', 'email', 'position', 'stage'].map((n) => r.ids[n]!) },
      },
    ]);
    const before = await count('candidates');
    const expected = [
      { row: 2, field: 'nickname', code: 'VALIDATION_FAILED' },
      { row: 3, field: 'email', code: 'VALIDATION_FAILED' },
      { row: 4, field: 'review', code: 'FIELD_WRITE_DENIED' },
      { row: 5, field: null, code: 'RECORD_WRITE_DENIED' },
      { row: 7, field: 'email', code: 'UNIQUE_VIOLATION' },
    ];
    const dry = await importFile('melissa', 'candidates', candidatesCsv(), 'dryRun=true&mode=valid');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ outcome: 'checked', rows: 7, valid: 2, invalid: 5, created: 0 });
    expect(dry.json().problems).toMatchObject(expected);
    expect(dry.json().problems[0].message).toContain('nickname');
    expect(await count('candidates')).toBe(before);

    const all = await importFile('melissa', 'candidates', candidatesCsv(), 'mode=all');
    expect(all.json()).toMatchObject({ outcome: 'refused', valid: 2, invalid: 5, created: 0 });
    expect(all.json().problems).toMatchObject(expected);
    expect(await count('candidates')).toBe(before);

    const valid = await importFile('melissa', 'candidates', candidatesCsv(), 'mode=valid');
    expect(valid.json()).toMatchObject({ outcome: 'written', valid: 2, invalid: 5, created: 2 });
    expect(await count('candidates')).toBe(before + 2);
    const names = (await r.admin.client.get(`${r.records('candidates')}?sort=name&fields=name`)).json().items;
    expect(names.map((c: { name: string }) => c.name)).toEqual(['Ada', 'Flo']);
  });

  it('checks rows with an id as updates: a field the importer may not write is that row’s problem', async () => {
    const json = JSON.stringify([
      { id: positions.backend, title: 'Backend (Melissa)' },
      { id: positions.backend, salary: 1 },
      { id: positions.secret, title: 'Not hers' },
      { title: 'No create grant' },
    ]);
    const res = await importFile('melissa', 'positions', json, 'mode=valid', 'application/json');
    expect(res.json()).toMatchObject({ outcome: 'written', updated: 1, invalid: 3 });
    expect(res.json().problems).toMatchObject([
      { row: 2, field: 'salary', code: 'FIELD_WRITE_DENIED' },
      { row: 3, field: 'id', code: 'NOT_FOUND' },
      { row: 4, field: null, code: 'RECORD_WRITE_DENIED' },
    ]);
  });

  it('answers NDJSON progress lines ending with the report', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Bulk ${i},draft`).join('\n');
    const res = await importFile(
      'admin',
      'positions',
      `title,status\n${rows}\n`,
      'progress=true&dryRun=true',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const lines = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'progress', rows: expect.any(Number) });
    expect(lines.at(-1)).toMatchObject({
      type: 'result',
      report: { outcome: 'checked', rows: 1200, valid: 1200 },
    });
  });

  it('refuses a file it cannot read, or too large, with a clear error', async () => {
    const unclosed = await importFile(
      'admin',
      'positions',
      'title,status\n"Open quote,draft\nNext,open\n',
      'dryRun=true',
    );
    expect(unclosed.statusCode).toBe(400);
    expect(unclosed.json().error).toMatchObject({
      code: 'IMPORT_MALFORMED',
      details: { reason: 'CSV_QUOTE_NOT_CLOSED' },
    });
    expect(unclosed.json().error.message).toContain('never closed');
    const object = await importFile('admin', 'positions', '{"title":"x"}', 'dryRun=true', 'application/json');
    expect(object.statusCode).toBe(400);
    expect(object.json().error.details.issues).toMatchObject([{ field: 'title' }]);
    const text = await importFile('admin', 'positions', 'title\nx\n', 'dryRun=true', 'text/plain');
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('IMPORT_UNSUPPORTED_TYPE');
    const duplicate = await importFile('admin', 'positions', 'title,title\na,b\n', 'dryRun=true');
    expect(duplicate.json().error.message).toContain('title twice');
    const limits = r.ctx.config.imports;
    const saved = { ...limits };
    try {
      limits.maxRows = 2;
      const many = await importFile('admin', 'positions', 'title\na\nb\nc\n', 'dryRun=true');
      expect(many.statusCode).toBe(413);
      expect(many.json().error).toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', details: { limit: 2 } });
      limits.maxBytes = 1024;
      const big = await importFile('admin', 'positions', `title\n${'x'.repeat(2000)}\n`, 'dryRun=true');
      expect(big.statusCode).toBe(413);
      expect(big.json().error.code).toBe('IMPORT_TOO_LARGE');
    } finally {
      Object.assign(limits, saved);
    }
  });
});
