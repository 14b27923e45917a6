import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';
import type { Person } from '../../../test/harness/tenants.js';

// Pages and sections: stored by id and versioned, checked like rules, and shown to each person
// only as far as visibility allows. Andy is a hiring manager (made internal here), Melissa an
// interviewer (external, region "EU"), the admin the app's Team Admin.
describeDb('pages and who sees them', (database) => {
  let r: Recruitment;
  let base: string;
  let pages: Record<string, string>;

  const page = (title: string, slug: string, extra: object = {}) => ({ title, slug, ...extra });
  async function create(body: object, who: Person = r.admin): Promise<string> {
    const res = await who.client.post(`${base}/pages`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  const ui = async (who: Person) => {
    const res = await who.client.get(`${base}/ui`);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const titles = async (who: Person) => (await ui(who)).json().pages.map((p: { title: string }) => p.title);

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'pages');
    base = `/api/apps/${r.appId}`;
    const ok = (res: { statusCode: number; body: string }) =>
      expect(res.statusCode, res.body).toBeLessThan(300);
    ok(await r.admin.client.patch(`${base}/roles/hiring_manager`, { internal: true }));
    ok(await r.admin.client.post(`${base}/attributes`, { key: 'region', name: 'Region', type: 'text' }));
    ok(await r.admin.client.patch(`${base}/users/${r.melissa.accountId}`, { attributes: { region: 'EU' } }));
    pages = {};
    pages.interviews = await create(
      page('Interviews', 'interviews', { visibility: { audience: 'roles', roles: ['interviewer'] } }),
    );
    pages.secret = await create(
      page('Secret plans', 'secret-plans', {
        visibility: { audience: 'everyone', condition: '"app.apis.edit" in user.rights' },
      }),
    );
    pages.positions = await create(
      page('Positions', 'positions', {
        sections: [
          {
            kind: 'collectionView',
            title: 'Open positions',
            collection: 'positions',
            fields: ['title', 'department'],
            sort: [{ field: 'title' }],
            filter: 'record.status == "open"',
          },
          {
            kind: 'text',
            title: 'Hiring notes',
            markdown: 'Only for hiring managers.',
            visibility: { audience: 'roles', roles: ['hiring_manager'] },
          },
          {
            kind: 'links',
            title: 'Go to',
            links: [
              { label: 'Interviews', page: pages.interviews },
              { label: 'Plans', page: pages.secret },
            ],
          },
        ],
      }),
    );
    pages.guide = await create(page('Interview guide', 'interview-guide', { parent: pages.interviews }));
    pages.team = await create(page('Team', 'team', { visibility: { audience: 'internal' } }));
    pages.clients = await create(page('Clients', 'clients', { visibility: { audience: 'external' } }));
    pages.eu = await create(
      page('EU desk', 'eu-desk', { visibility: { audience: 'everyone', condition: 'user.region == "EU"' } }),
    );
  });

  describe('visibility', () => {
    it.each([
      [
        'andy',
        ['Positions', 'Team'],
        ['Interviews', 'Interview guide', 'Clients', 'EU desk', 'Secret plans'],
      ],
      [
        'melissa',
        ['Interviews', 'Positions', 'Interview guide', 'Clients', 'EU desk'],
        ['Team', 'Secret plans'],
      ],
    ] as const)('%s sees exactly their pages', async (who, shown, hidden) => {
      const person = who === 'andy' ? r.andy : r.melissa;
      const seen = await titles(person);
      expect([...seen].sort()).toEqual([...shown].sort());
      for (const title of hidden) expect(seen).not.toContain(title);
    });

    it('shows a section only to its audience, and drops links to pages the person cannot see, and an empty list of links', async () => {
      const positionsOf = async (who: Person) =>
        (await ui(who)).json().pages.find((p: { slug: string }) => p.slug === 'positions');
      const andys = await positionsOf(r.andy);
      // Both of Andy's links lead to pages he cannot see: the list goes with them.
      expect(andys.sections.map((s: { title: string }) => s.title)).toEqual([
        'Open positions',
        'Hiring notes',
      ]);
      const melissas = await positionsOf(r.melissa);
      expect(melissas.sections.map((s: { title: string }) => s.title)).toEqual(['Open positions', 'Go to']);
      expect(melissas.sections[1].links).toEqual([{ label: 'Interviews', page: pages.interviews }]);
      // Sections come in builders' terms, without their visibility settings.
      expect(melissas.sections[0]).toMatchObject({
        kind: 'collectionView',
        collection: 'positions',
        fields: ['title', 'department'],
        filter: 'record.status == "open"',
      });
      expect(JSON.stringify(melissas)).not.toContain('visibility');
    });

    it('never puts anything of a hidden page or section in the answer: title, slug or id', async () => {
      const body = (await ui(r.melissa)).body;
      for (const hidden of [
        'Secret plans',
        'secret-plans',
        pages.secret,
        'Team',
        'Hiring notes',
        'hiring_manager',
      ]) {
        expect(body).not.toContain(hidden);
      }
      expect(body).toContain('Interview guide');
      // Nor does any other answer Melissa may get.
      for (const url of [
        `${base}/ui`,
        r.records('positions'),
        r.records('candidates'),
        `/api/apps/${r.appId}`,
      ]) {
        const res = await r.melissa.client.get(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).not.toContain('Secret plans');
      }
    });

    it('hides the pages under a hidden page', async () => {
      expect(await titles(r.andy)).not.toContain('Interview guide');
    });

    it('answers 403 to a company member who is not an app user, and reveals nothing', async () => {
      const res = await r.member.client.get(`${base}/ui`);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('Positions');
    });
  });

  describe('why a person does not see a page', () => {
    it('names the rule that hides it: audience, condition, or a page above', async () => {
      const why = async (page: string, user: string) => {
        const res = await r.admin.client.get(
          `${base}/pages/${page}/visibility?user=${encodeURIComponent(user)}`,
        );
        expect(res.statusCode, res.body).toBe(200);
        return res.json();
      };
      const guide = await why(pages.guide!, r.andy.email);
      expect(guide.visible).toBe(false);
      expect(guide.own.visible).toBe(true);
      expect(guide.above).toEqual([
        {
          id: pages.interviews,
          title: 'Interviews',
          check: expect.objectContaining({
            audience: 'roles',
            roles: ['interviewer'],
            inAudience: false,
            visible: false,
          }),
        },
      ]);
      const eu = await why('eu-desk', r.andy.email);
      expect(eu.own).toMatchObject({
        inAudience: true,
        condition: { text: 'user.region == "EU"', holds: false },
      });
      expect((await why('eu-desk', r.melissa.email)).visible).toBe(true);
      const positions = await why('positions', r.melissa.email);
      expect(positions.visible).toBe(true);
      expect(
        positions.sections.map((s: { title: string; visible: boolean }) => [s.title, s.visible]),
      ).toEqual([
        ['Open positions', true],
        ['Hiring notes', false],
        ['Go to', true],
      ]);
      // Andy sees the page, but none of the pages its links lead to: the list is left out, as in /ui.
      const andys = await why('positions', r.andy.email);
      expect(andys.sections.map((s: { title: string; visible: boolean }) => [s.title, s.visible])).toEqual([
        ['Open positions', true],
        ['Hiring notes', true],
        ['Go to', false],
      ]);
      const shown = (await ui(r.andy)).json().pages.find((p: { slug: string }) => p.slug === 'positions');
      expect(shown.sections.map((s: { title: string }) => s.title)).toEqual([
        'Open positions',
        'Hiring notes',
      ]);
      // Only those who may read the pages may ask; an unknown person is a 404 on the field.
      expect(
        (await r.melissa.client.get(`${base}/pages/positions/visibility?user=${r.andy.email}`)).statusCode,
      ).toBe(403);
      const nobody = await r.admin.client.get(`${base}/pages/positions/visibility?user=nobody@example.com`);
      expect(nobody.statusCode).toBe(404);
      expect(nobody.json().error.code).toBe('APP_USER_NOT_FOUND');
    });
  });

  describe('builders', () => {
    it('needs app.templates.read to see the pages and app.templates.edit to change them', async () => {
      expect((await r.melissa.client.get(`${base}/pages`)).statusCode).toBe(403);
      expect((await r.melissa.client.get(`${base}/pages/${pages.secret}`)).statusCode).toBe(403);
      const before = (await r.admin.client.get(`${base}/pages`)).json().items.length;
      expect((await r.melissa.client.post(`${base}/pages`, page('Mine', 'mine'))).statusCode).toBe(403);
      expect((await r.melissa.client.delete(`${base}/pages/${pages.clients}`)).statusCode).toBe(403);
      expect((await r.admin.client.get(`${base}/pages`)).json().items).toHaveLength(before);
    });

    it('refuses a page with every problem listed, where it is, and stores nothing', async () => {
      const before = (await r.admin.client.get(`${base}/pages`)).json().items.length;
      const res = await r.admin.client.post(
        `${base}/pages`,
        page('Broken', 'broken', {
          visibility: { audience: 'roles', roles: ['nobody'], condition: 'record.salary > 1' },
          parent: '00000000-0000-4000-8000-000000000000',
          sections: [
            {
              kind: 'collectionView',
              collection: 'positions',
              fields: ['title', 'wage'],
              filter: 'record.status == 3',
            },
            { kind: 'recordView', collection: 'offices' },
          ],
        }),
      );
      expect(res.statusCode).toBe(400);
      const { code, details } = res.json().error;
      expect(code).toBe('PAGE_INVALID');
      const byField = Object.fromEntries(
        details.issues.map((i: { field: string; code: string }) => [i.field, i]),
      );
      expect(Object.keys(byField).sort()).toEqual([
        'parent',
        'sections.0.fields.1',
        'sections.0.filter',
        'sections.1.collection',
        'visibility.condition',
        'visibility.roles.0',
      ]);
      expect(byField['sections.0.fields.1']).toMatchObject({ code: 'POLICY_UNKNOWN_IDENTIFIER' });
      expect(byField['sections.0.fields.1'].expected).toContain('salary');
      expect(byField['sections.0.filter']).toMatchObject({ code: 'POLICY_TYPE_MISMATCH' });
      expect(byField['sections.0.filter'].position).toBeDefined();
      expect(byField['visibility.condition']).toMatchObject({
        code: 'POLICY_UNKNOWN_IDENTIFIER',
        position: { start: 0, end: 6 },
      });
      expect(byField['sections.1.collection'].expected).toEqual(
        expect.arrayContaining(['candidates', 'positions']),
      );
      expect((await r.admin.client.get(`${base}/pages`)).json().items).toHaveLength(before);
    });

    it('refuses a slug taken in the app, and a page under itself', async () => {
      const reserved = await r.admin.client.post(`${base}/pages`, page('Sign in', 'sign-in'));
      expect(reserved.statusCode).toBe(400);
      expect(reserved.body).toContain('own screens');
      const taken = await r.admin.client.post(`${base}/pages`, page('Again', 'positions'));
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.code).toBe('PAGE_SLUG_TAKEN');
      const current = (await r.admin.client.get(`${base}/pages/${pages.interviews}`)).json();
      const loop = await r.admin.client.put(`${base}/pages/${pages.interviews}`, {
        ...saveable(current),
        parent: pages.guide,
      });
      expect(loop.statusCode).toBe(400);
      expect(loop.json().error.details.issues[0].field).toBe('parent');
    });

    it('keeps every save as a version: list, diff, restore, and a stale save refused', async () => {
      const id = await create(
        page('Draft', 'draft', {
          sections: [{ kind: 'collectionView', title: 'All', collection: 'positions', filter: null }],
        }),
      );
      const v1 = (await r.admin.client.get(`${base}/pages/${id}`)).json();
      expect(v1.version).toBe(1);
      const sectionId = v1.sections[0].id;
      const saved = await r.admin.client.put(`${base}/pages/${id}`, {
        ...saveable(v1),
        title: 'Open roles',
        sections: [{ ...v1.sections[0], filter: 'record.status == "open"' }],
        baseVersion: 1,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ version: 2, title: 'Open roles' });
      expect(saved.json().sections[0].id).toBe(sectionId);

      const stale = await r.admin.client.put(`${base}/pages/${id}`, {
        ...saveable(v1),
        title: 'Lost',
        baseVersion: 1,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('PAGE_VERSION_CONFLICT');
      expect((await r.admin.client.get(`${base}/pages/${id}`)).json().title).toBe('Open roles');

      const versions = (await r.admin.client.get(`${base}/pages/${id}/versions`)).json().items;
      expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      expect(versions[0].savedBy.email).toBe(r.admin.email);

      const diff = (await r.admin.client.get(`${base}/pages/${id}/versions/1/diff`)).json();
      expect(diff).toMatchObject({ from: 1, to: 2 });
      expect(diff.changes).toEqual([
        { path: 'title', before: 'Draft', after: 'Open roles' },
        { path: 'sections[All].filter', before: null, after: 'record.status == "open"' },
      ]);

      const restored = await r.admin.client.post(`${base}/pages/${id}/versions/1/restore`);
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json()).toMatchObject({ version: 3, title: 'Draft' });
      expect(restored.json().sections[0].filter).toBeNull();
      const latest = (await r.admin.client.get(`${base}/pages/${id}/versions`)).json().items[0];
      expect(latest).toMatchObject({ version: 3, restoredFrom: 1 });

      const audit = await r.ctx.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('target_id', '=', id)
        .orderBy('occurred_at')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'app.page.created',
        'app.page.updated',
        'app.page.restored',
      ]);
    });

    it('keeps sections working when a field is renamed, and refuses to delete a field or attribute they use', async () => {
      const rename = await r.admin.client.patch(`${base}/collections/positions/fields/status`, {
        name: 'state',
      });
      expect(rename.statusCode, rename.body).toBe(200);
      const shown = (await r.admin.client.get(`${base}/pages/positions`)).json();
      expect(shown.sections[0]).toMatchObject({ filter: 'record.state == "open"' });
      const seen = (await ui(r.andy)).json().pages.find((p: { slug: string }) => p.slug === 'positions');
      expect(seen.sections[0].filter).toBe('record.state == "open"');

      const field = await r.admin.client.delete(`${base}/collections/positions/fields/department`);
      expect(field.statusCode).toBe(409);
      expect(field.json().error.code).toBe('FIELD_IN_USE');
      expect(field.json().error.details.pages).toEqual([
        {
          page: { id: pages.positions, title: 'Positions' },
          section: expect.objectContaining({ title: 'Open positions' }),
        },
      ]);
      // Filtered by, not shown: still in use.
      const filtered = await r.admin.client.delete(`${base}/collections/positions/fields/state`);
      expect(filtered.statusCode).toBe(409);

      const attribute = await r.admin.client.delete(`${base}/attributes/region`);
      expect(attribute.statusCode).toBe(409);
      expect(attribute.json().error.details.usedBy).toEqual(['pages']);
      expect(attribute.json().error.message).toContain('EU desk');

      const offices = await r.admin.client.post(`${base}/collections`, { key: 'offices', name: 'Offices' });
      expect(offices.statusCode, offices.body).toBe(201);
      await create(
        page('Offices', 'offices', {
          sections: [{ kind: 'recordView', title: 'Office', collection: 'offices' }],
        }),
      );
      const collection = await r.admin.client.delete(`${base}/collections/offices`);
      expect(collection.statusCode).toBe(409);
      expect(collection.json().error.code).toBe('COLLECTION_IN_USE');
      expect(collection.json().error.message).toContain('pages show it: Office (Offices)');

      const stillThere = (await r.admin.client.get(`${base}/collections/positions`)).json();
      expect(stillThere.fields.map((f: { name: string }) => f.name)).toEqual(
        expect.arrayContaining(['department', 'state']),
      );
    });

    it('refuses to delete a page with pages under it, then deletes it with its versions', async () => {
      const parent = await r.admin.client.delete(`${base}/pages/${pages.interviews}`);
      expect(parent.statusCode).toBe(409);
      expect(parent.json().error.code).toBe('PAGE_HAS_CHILDREN');
      expect((await r.admin.client.delete(`${base}/pages/${pages.guide}`)).statusCode).toBe(204);
      expect((await r.admin.client.get(`${base}/pages/${pages.guide}`)).statusCode).toBe(404);
      const versions = await r.ctx.database.db
        .selectFrom('app_page_version')
        .select('version')
        .where('page_id', '=', pages.guide!)
        .execute();
      expect(versions).toEqual([]);
      expect(await titles(r.melissa)).not.toContain('Interview guide');
    });
  });
});

/** A page as returned, as a save sends it back. */
function saveable(page: Record<string, unknown>) {
  const { id: _id, version: _version, updatedAt: _updatedAt, ...content } = page;
  return content;
}
