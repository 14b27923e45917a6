import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';
import type { Person } from '../../../test/harness/tenants.js';

// The records under a collection view go through the data rules, with the view's collection filter
// on top: always a part of what the records API lists for the same person, never more.
describeDb('the records of a collection view', (database) => {
  let r: Recruitment;
  let base: string;
  let pageId: string;
  let sectionId: string;
  let hiddenSectionId: string;
  let version: number;

  const POSITIONS = [
    {
      title: 'Backend engineer',
      department: 'Engineering',
      status: 'open',
      salary: 120_000,
      hm: 'andy',
      iv: true,
    },
    {
      title: 'Frontend engineer',
      department: 'Engineering',
      status: 'draft',
      salary: 90_000,
      hm: 'andy',
      iv: false,
    },
    { title: 'Account executive', department: 'Sales', status: 'open', salary: 70_000, hm: 'andy', iv: true },
    { title: 'Sales lead', department: 'Sales', status: 'closed', salary: 110_000, hm: null, iv: true },
    {
      title: 'Data engineer',
      department: 'Engineering',
      status: 'open',
      salary: 130_000,
      hm: null,
      iv: false,
    },
    { title: 'Recruiter', department: null, status: 'open', salary: null, hm: 'andy', iv: true },
  ];

  const ids = async (who: Person, url: string) => {
    const res = await who.client.get(url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return new Set<string>(res.json().items.map((item: { id: string }) => item.id));
  };
  const sectionUrl = (id = sectionId) => `${base}/ui/sections/${id}/records`;
  const all = '?limit=200';

  async function setFilter(filter: string | null, sort: { field: string; direction: 'asc' | 'desc' }[] = []) {
    const res = await r.admin.client.put(`${base}/pages/${pageId}`, {
      title: 'Positions',
      slug: 'positions',
      baseVersion: version,
      sections: [
        { id: sectionId, kind: 'collectionView', title: 'Positions', collection: 'positions', filter, sort },
        {
          id: hiddenSectionId,
          kind: 'collectionView',
          title: 'Hiring managers only',
          collection: 'positions',
          visibility: { audience: 'roles', roles: ['hiring_manager'] },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    version = res.json().version;
  }

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'ui-views');
    base = `/api/apps/${r.appId}`;
    for (const p of POSITIONS) {
      const values = {
        title: p.title,
        department: p.department,
        status: p.status,
        salary: p.salary,
        hiringManager: p.hm === 'andy' ? r.andy.accountId : null,
        interviewers: p.iv ? [r.melissa.accountId] : [],
      };
      const res = await r.admin.client.post(r.records('positions'), { values });
      expect(res.statusCode, res.body).toBe(201);
    }
    const created = await r.admin.client.post(`${base}/pages`, {
      title: 'Positions',
      slug: 'positions',
      sections: [
        { kind: 'collectionView', title: 'Positions', collection: 'positions' },
        {
          kind: 'collectionView',
          title: 'Hiring managers only',
          collection: 'positions',
          visibility: { audience: 'roles', roles: ['hiring_manager'] },
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    pageId = created.json().id;
    version = created.json().version;
    [sectionId, hiddenSectionId] = created.json().sections.map((s: { id: string }) => s.id);
  });

  it('lists what the records API lists, with the filter on top; masked fields stay masked', async () => {
    await setFilter('record.status == "open"');
    const titles = async (who: Person) =>
      (await who.client.get(sectionUrl()))
        .json()
        .items.map((i: { title: string }) => i.title)
        .sort();
    expect(await titles(r.andy)).toEqual(['Account executive', 'Backend engineer', 'Recruiter']);
    expect(await titles(r.melissa)).toEqual(['Account executive', 'Backend engineer', 'Recruiter']);
    const melissas = (await r.melissa.client.get(sectionUrl())).json().items;
    for (const item of melissas) expect(item).not.toHaveProperty('salary');
    // The person's own filter narrows further; it never reaches past the view's.
    const sales = await ids(
      r.andy,
      `${sectionUrl()}?filter=${encodeURIComponent('record.department == "Sales"')}`,
    );
    expect(sales.size).toBe(1);
  });

  it('applies the view sort when the person asks for none, leaving out keys they may not read', async () => {
    await setFilter(null, [
      { field: 'salary', direction: 'desc' },
      { field: 'title', direction: 'asc' },
    ]);
    const order = async (who: Person, url: string) =>
      (await who.client.get(url)).json().items.map((i: { title: string }) => i.title);
    const andys = await order(r.andy, sectionUrl());
    expect(andys).toHaveLength(4);
    expect(andys).toEqual(await order(r.andy, `${r.records('positions')}?sort=-salary,title`));
    const melissas = await r.melissa.client.get(sectionUrl());
    expect(melissas.statusCode, melissas.body).toBe(200);
    expect(melissas.json().items.map((i: { title: string }) => i.title)).toEqual([
      'Account executive',
      'Backend engineer',
      'Recruiter',
      'Sales lead',
    ]);
  });

  it('tests the record like a rule does, and never shows what the person may not read', async () => {
    await setFilter('record.salary > 100000');
    const titles = async (who: Person) =>
      (await who.client.get(sectionUrl()))
        .json()
        .items.map((i: { title: string }) => i.title)
        .sort();
    expect(await titles(r.andy)).toEqual(['Backend engineer']);
    // The builder's filter chooses Melissa's rows by salary, but shows her no salary.
    expect(await titles(r.melissa)).toEqual(['Backend engineer', 'Sales lead']);
    for (const item of (await r.melissa.client.get(sectionUrl())).json().items)
      expect(item).not.toHaveProperty('salary');
    // Links reach every linked record, as in a rule: "the records I am linked to" works for anyone.
    await setFilter('user.id in record.interviewers');
    expect(await titles(r.melissa)).toEqual([
      'Account executive',
      'Backend engineer',
      'Recruiter',
      'Sales lead',
    ]);
    expect(await titles(r.andy)).toEqual([]);
  });

  it('is a 404 for a view the person cannot see, on a page they cannot see, or that does not exist', async () => {
    expect((await r.andy.client.get(sectionUrl(hiddenSectionId))).statusCode).toBe(200);
    const hidden = await r.melissa.client.get(sectionUrl(hiddenSectionId));
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('Hiring managers only');
    expect((await r.melissa.client.get(sectionUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(
      404,
    );
    expect((await r.melissa.client.get(sectionUrl('not-a-section'))).statusCode).toBe(404);
    expect((await r.member.client.get(sectionUrl())).statusCode).toBe(403);
  });

  describe('a property: a view never shows more than the records API', () => {
    const conditions = fc.oneof(
      fc.constantFrom('Engineering', 'Sales').map((d) => `record.department == "${d}"`),
      fc.constantFrom('open', 'draft', 'closed').map((s) => `record.status != "${s}"`),
      fc.integer({ min: 60_000, max: 140_000 }).map((n) => `record.salary > ${n}`),
      fc.constant('record.hiringManager == user.id'),
      fc.constant('user.id in record.interviewers'),
      fc.constant('record.title.contains("engineer")'),
      fc.constantFrom('true', 'false'),
    );
    const filters = fc.oneof(
      conditions,
      fc
        .tuple(conditions, conditions, fc.constantFrom('&&', '||'))
        .map(([a, b, op]) => `(${a}) ${op} (${b})`),
      conditions.map((c) => `!(${c})`),
    );

    it('for every person and filter, the view is the API list narrowed by the filter', async () => {
      await fc.assert(
        fc.asyncProperty(filters, async (filter) => {
          await setFilter(filter);
          for (const who of [r.andy, r.melissa, r.admin]) {
            const view = await ids(who, `${sectionUrl()}${all}`);
            const api = await ids(who, `${r.records('positions')}${all}`);
            for (const id of view) expect(api.has(id), `${filter}: ${id}`).toBe(true);
            // Without `user`, the filter means the same for everyone: the admin (who reads every
            // position and field) lists which match, and the view is exactly those.
            if (!filter.includes('user.')) {
              const matching = await ids(
                r.admin,
                `${r.records('positions')}${all}&filter=${encodeURIComponent(filter)}`,
              );
              expect([...view].sort(), filter).toEqual([...api].filter((id) => matching.has(id)).sort());
            }
          }
        }),
        { numRuns: 25 },
      );
    });
  });
});
