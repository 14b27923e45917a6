import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { createTestApp } from '../../../test/harness/app.js';
import { steppingClock } from '../../../test/harness/clock.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';

type Item = Record<string, unknown>;

describeDb('records: reading through the rules', (database) => {
  let r: Recruitment;
  const pos: Record<string, string> = {};

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'read');
    const { andy, melissa, admin } = r;
    const positions: [string, number, string, string[]][] = [
      ['Backend Engineer', 100_000, andy.accountId, [melissa.accountId]],
      ['Sales Lead', 90_000, admin.accountId, []],
      ['Data Engineer', 120_000, andy.accountId, []],
      ['Frontend Engineer', 95_000, admin.accountId, [melissa.accountId]],
    ];
    for (const [title, salary, hiringManager, interviewers] of positions) {
      const res = await admin.client.post(r.records('positions'), {
        values: { title, salary, hiringManager, interviewers, department: 'Engineering' },
      });
      expect(res.statusCode, res.body).toBe(201);
      pos[title] = res.json().id;
    }
  });

  const list = async (who: 'andy' | 'melissa' | 'admin', query = '') => {
    const res = await r[who].client.get(`${r.records('positions')}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Item[]; next: string | null; count?: number };
  };
  const titles = (items: Item[]) => items.map((i) => i.title).sort();

  it('shows Melissa only the positions she interviews for, never with a salary key', async () => {
    const { items } = await list('melissa');
    expect(titles(items)).toEqual(['Backend Engineer', 'Frontend Engineer']);
    for (const item of items) {
      expect(item).not.toHaveProperty('salary');
      // A readable link shows its ids, to-many like to-one, though no rule opens users to her.
      expect(item.interviewers).toEqual([r.melissa.accountId]);
    }
    const adminView = (await list('admin')).items.find((i) => i.title === 'Backend Engineer');
    expect(adminView?.interviewers).toEqual([r.melissa.accountId]);
  });

  it('shows Andy only his positions, with salaries; the Team Admin sees all', async () => {
    const { items } = await list('andy');
    expect(titles(items)).toEqual(['Backend Engineer', 'Data Engineer']);
    expect(items.map((i) => i.salary).sort()).toEqual([100_000, 120_000]);
    expect(titles((await list('admin')).items)).toHaveLength(4);
  });

  it('answers a foreign id exactly like a random one', async () => {
    const url = (id: string) => `${r.records('positions')}/${id}`;
    const foreign = await r.melissa.client.get(url(pos['Sales Lead']!));
    const random = await r.melissa.client.get(url(randomUUID()));
    const malformed = await r.melissa.client.get(url('not-an-id'));
    for (const res of [foreign, random, malformed]) expect(res.statusCode).toBe(404);
    // Each denial carries its own explain reference; apart from its value, the answers are one.
    const strip = (body: { error: Item & { details: Item } }) => {
      expect(body.error.details.reference).toMatch(/^ref_/);
      return {
        ...body.error,
        requestId: undefined,
        details: { ...body.error.details, reference: undefined },
      };
    };
    expect(strip(foreign.json())).toEqual(strip(random.json()));
    expect(strip(malformed.json())).toEqual(strip(random.json()));
    const own = await r.melissa.client.get(url(pos['Backend Engineer']!));
    expect(own.json()).toMatchObject({ id: pos['Backend Engineer'], title: 'Backend Engineer' });
    expect(own.json()).not.toHaveProperty('salary');
  });

  it('refuses salary in filter, sort, search fields and count for Melissa like an unknown field', async () => {
    const unknown = await r.melissa.client.get(
      `${r.records('positions')}?filter=${encodeURIComponent('record.bogus > 1')}`,
    );
    expect(unknown.statusCode).toBe(400);
    const expected = unknown.json().error;
    for (const query of [
      `filter=${encodeURIComponent('record.salary > 99000')}&count=true`,
      'sort=-salary',
      'fields=title,salary',
    ]) {
      const res = await r.melissa.client.get(`${r.records('positions')}?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe(expected.code);
      expect(res.json().error.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
      expect(res.body).not.toContain('100000');
    }
    const unknownSort = await r.melissa.client.get(`${r.records('positions')}?sort=-bogus`);
    const salarySort = await r.melissa.client.get(`${r.records('positions')}?sort=-salary`);
    expect(salarySort.json().error.message.replace('salary', 'bogus')).toBe(unknownSort.json().error.message);
    const search = await list('melissa', '?search=100000&count=true');
    expect(search.items).toEqual([]);
    expect(search.count).toBe(0);
    expect((await list('melissa', '?count=true')).count).toBe(2);
  });

  it('filters, sorts, searches and counts on readable fields, over permitted rows only', async () => {
    const filtered = await list(
      'andy',
      `?filter=${encodeURIComponent('record.salary > 110000.0')}&count=true`,
    );
    expect(titles(filtered.items)).toEqual(['Data Engineer']);
    expect(filtered.count).toBe(1);
    const sorted = await list('admin', '?sort=-salary&fields=title');
    expect(sorted.items.map((i) => i.title)).toEqual([
      'Data Engineer',
      'Backend Engineer',
      'Frontend Engineer',
      'Sales Lead',
    ]);
    expect(Object.keys(sorted.items[0]!).sort()).toEqual(['id', 'title']);
    const searched = await list('melissa', '?search=front');
    expect(titles(searched.items)).toEqual(['Frontend Engineer']);
    expect((await list('melissa', '?count=true&search=engineer')).count).toBe(2);
  });

  it('pages with a cursor through exactly the permitted rows', async () => {
    const first = await list('admin', '?sort=title&limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.next).toEqual(expect.any(String));
    const second = await list('admin', `?sort=title&limit=3&after=${encodeURIComponent(first.next!)}`);
    expect(second.items.map((i) => i.title)).toEqual(['Sales Lead']);
    expect(second.next).toBeNull();
    const melissa = await list('melissa', '?limit=1');
    const rest = await list('melissa', `?limit=1&after=${encodeURIComponent(melissa.next!)}`);
    expect([...melissa.items, ...rest.items]).toHaveLength(2);
    expect(rest.next).toBeNull();
  });

  it('names the limits: page size and filter length', async () => {
    const big = await r.admin.client.get(`${r.records('positions')}?limit=501`);
    expect(big.statusCode).toBe(400);
    expect(big.json().error.message).toContain('500');
    const long = `record.title == "${'x'.repeat(4100)}"`;
    const res = await r.admin.client.get(`${r.records('positions')}?filter=${encodeURIComponent(long)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('4096');
  });

  it('refuses a company member who is not a user of the app: the data gate first, then NOT_AN_APP_USER', async () => {
    // Without company rights the member lacks app.data.read.
    const gated = await r.member.client.get(r.records('positions'));
    expect(gated.statusCode).toBe(403);
    expect(gated.json().error).toMatchObject({ code: 'FORBIDDEN', details: { required: ['app.data.read'] } });
    // Managing the company's apps gives every backoffice right, but no data: that needs an app user.
    const { company_id } = await r.ctx.database.db
      .selectFrom('application')
      .select('company_id')
      .where('id', '=', r.appId)
      .executeTakeFirstOrThrow();
    // Through the API, so the cached standing of the member is dropped before the next request.
    const setRights = async (rights: string[]) => {
      const url = `/api/companies/${company_id}/members/${r.member.accountId}/rights`;
      const res = await r.admin.client.put(url, { rights });
      expect(res.statusCode, res.body).toBe(200);
    };
    await setRights(['company.apps.manage']);
    const res = await r.member.client.get(r.records('positions'));
    await setRights([]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOT_AN_APP_USER');
  });

  it('reads candidates through the rule on their position', async () => {
    const add = async (name: string, position: string) => {
      const res = await r.admin.client.post(r.records('candidates'), { values: { name, position } });
      expect(res.statusCode, res.body).toBe(201);
    };
    await add('Ada', pos['Backend Engineer']!);
    await add('Bob', pos['Sales Lead']!);
    await add('Cy', pos['Frontend Engineer']!);
    const names = async (who: 'andy' | 'melissa') =>
      ((await r[who].client.get(r.records('candidates'))).json().items as Item[]).map((i) => i.name).sort();
    expect(await names('andy')).toEqual(['Ada']);
    expect(await names('melissa')).toEqual(['Ada', 'Cy']);
  });

  it('says with meta=can what the caller may do with each record, from the same rules', async () => {
    const melissa = (await list('melissa', '?meta=can')).items;
    expect(melissa).toHaveLength(2);
    for (const item of melissa) {
      expect(item._can).toEqual({ update: true, delete: false });
      const fields = item._fields as { readable: string[]; updatable: string[] };
      expect(fields.readable).not.toContain('salary');
      expect(fields.updatable).not.toContain('salary');
      expect(fields.updatable).toContain('title');
    }
    const andy = await r.andy.client.get(`${r.records('positions')}/${pos['Data Engineer']}?meta=can`);
    expect(andy.json()._fields.updatable).toEqual(expect.arrayContaining(['salary', 'title']));
    expect(andy.json()._fields.updatable).not.toContain('id');
    expect(andy.json()._can).toEqual({ update: true, delete: false });
    const admin = (await list('admin', '?meta=can&limit=1')).items[0]!;
    expect(admin._can).toEqual({ update: true, delete: true });
    expect(Object.keys((await list('andy')).items[0]!)).not.toContain('_can');
  });

  it('expands links through the target collection’s read plan, at most 3 deep', async () => {
    const get = async (who: 'andy' | 'melissa' | 'admin', query: string) => {
      const res = await r[who].client.get(`${r.records('candidates')}?sort=name&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as Item[];
    };
    const [ada] = await get('melissa', 'expand=position');
    expect(ada!.position).toMatchObject({ id: pos['Backend Engineer'], title: 'Backend Engineer' });
    expect(ada!.position).not.toHaveProperty('salary');
    const [andys] = await get('andy', 'expand=position.hiringManager');
    expect(andys!.position).toMatchObject({ salary: 100_000 });
    // No rule lets Andy read app users: the link stays his bare id, no field of the user comes along.
    expect((andys!.position as Item).hiringManager).toBe(r.andy.accountId);
    const admin = await get('admin', 'expand=position.hiringManager');
    expect((admin[0]!.position as Item).hiringManager).toMatchObject({ id: r.andy.accountId });
    const deep = await r.admin.client.get(`${r.records('candidates')}?expand=position.hiringManager.a.b`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.message).toContain('3');
    const salary = await r.melissa.client.get(`${r.records('positions')}?expand=salary`);
    const bogus = await r.melissa.client.get(`${r.records('positions')}?expand=bogus`);
    expect(salary.statusCode).toBe(400);
    expect(salary.json().error.code).toBe(bogus.json().error.code);
  });
  it('shows the interviewer and the Team Admin the same link ids, in lists, point reads and after writes', async () => {
    const id = pos['Frontend Engineer']!;
    const links = (item: Item) => ({ hiringManager: item.hiringManager, interviewers: item.interviewers });
    const expected = { hiringManager: r.admin.accountId, interviewers: [r.melissa.accountId] };
    for (const who of ['melissa', 'admin'] as const) {
      const listed = (await list(who)).items.find((i) => i.id === id)!;
      expect(links(listed), who).toEqual(expected);
      const read = await r[who].client.get(`${r.records('positions')}/${id}`);
      expect(links(read.json()), who).toEqual(expected);
    }
    const written = await r.melissa.client.patch(`${r.records('positions')}/${id}`, {
      values: { status: 'open' },
    });
    expect(written.statusCode, written.body).toBe(200);
    expect(links(written.json())).toEqual(expected);
  });

  it('expands for the interviewer only what she may read: users she cannot read stay bare ids', async () => {
    const id = pos['Frontend Engineer']!;
    const url = `${r.records('positions')}/${id}?expand=hiringManager,interviewers`;
    const melissa = (await r.melissa.client.get(url)).json();
    // No rule opens app users to her: the ids come back as they are, without a single user field.
    expect(melissa.hiringManager).toBe(r.admin.accountId);
    expect(melissa.interviewers).toEqual([r.melissa.accountId]);
    expect(JSON.stringify(melissa)).not.toContain(r.melissa.email);
    expect(JSON.stringify(melissa)).not.toContain(r.admin.email);
    const admin = (await r.admin.client.get(url)).json();
    expect(admin.hiringManager).toMatchObject({ id: r.admin.accountId, email: r.admin.email });
    expect(admin.interviewers).toEqual([
      expect.objectContaining({ id: r.melissa.accountId, email: r.melissa.email }),
    ]);
    const listed = (await r.melissa.client.get(`${r.records('positions')}?expand=interviewers`)).json();
    for (const item of listed.items as Item[]) expect(item.interviewers).toEqual([r.melissa.accountId]);
  });
});

// A rule that reads `now` is evaluated at the context's clock, not the wall clock: moving the clock
// past a deadline hides the record from the very next list.
describeDb('records: rules that read now follow the clock', (database) => {
  const clock = steppingClock();
  let clerk: Person;
  let records = '';

  beforeAll(async () => {
    const { app, ctx } = await createTestApp(database(), { clock });
    await app.ready();
    const owner = await signUp(app, ctx, 'owner@deadlines.test');
    clerk = await signUp(app, ctx, 'clerk@deadlines.test');
    const companyId = await insertCompany(ctx, 'Deadlines', owner.accountId);
    const created = async (path: string, body: object) => {
      const res = await owner.client.post(path, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const base = `/api/apps/${(await created(`/api/companies/${companyId}/apps`, { name: 'Tenders' })).app.id}`;
    records = `${base}/collections/tenders/records`;
    await created(`${base}/roles`, { key: 'clerk', name: 'Clerk', rights: ['app.data.read'] });
    await created(`${base}/users`, { email: clerk.email, roles: ['clerk'] });
    await created(`${base}/collections`, { key: 'tenders', name: 'Tenders' });
    await created(`${base}/collections/tenders/fields`, { name: 'title', type: 'text' });
    await created(`${base}/collections/tenders/fields`, { name: 'deadline', type: 'datetime' });
    await created(`${base}/rules`, {
      kind: 'grant',
      name: 'Clerks read the tenders still open',
      collection: 'tenders',
      to: { roles: ['clerk'] },
      actions: ['read'],
      condition: 'record.deadline > now',
    });
    const inAnHour = new Date(clock.now().getTime() + 3_600_000).toISOString();
    await created(records, { values: { title: 'Bridge', deadline: inAnHour } });
  });

  const titles = async () => {
    const res = await clerk.client.get(records);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Item[] }).items.map((i) => i.title);
  };

  it('shows a tender before its deadline and hides it once the clock has passed it', async () => {
    expect(await titles()).toEqual(['Bridge']);
    clock.advance(2 * 3_600_000);
    expect(await titles()).toEqual([]);
  });
});
