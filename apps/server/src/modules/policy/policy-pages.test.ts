import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';
import { type Person, signUp } from '../../../test/harness/tenants.js';

// Pages in the policy file: exported by slug, imported as versions of the same pages, checked at
// their paths in the file, all or nothing. Andy is a hiring manager (made internal here), Melissa an
// interviewer (external).
type Entry = { slug: string; title: string; parent: string | null; sections: Record<string, unknown>[] };
type Doc = { formatVersion: number; roles: { key: string; name: string }[]; pages?: Entry[] };

describeDb('pages in the policy file', (database) => {
  let r: Recruitment;
  let base: string;
  let ids: Record<string, string>;

  const exported = async () => {
    const res = await r.admin.client.get(`${base}/policy`);
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };
  const doc = async (): Promise<Doc> => JSON.parse(await exported());
  const pageRows = () =>
    r.ctx.database.db
      .selectFrom('app_page')
      .selectAll()
      .where('app_id', '=', r.appId)
      .orderBy('slug')
      .execute();
  const versionCount = async () =>
    Number(
      (
        await r.ctx.database.db
          .selectFrom('app_page_version')
          .innerJoin('app_page', 'app_page.id', 'app_page_version.page_id')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('app_page.app_id', '=', r.appId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const create = async (body: object) => {
    const res = await r.admin.client.post(`${base}/pages`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const page = (d: Doc, slug: string) => d.pages!.find((p) => p.slug === slug)!;
  const emails = (list: { users: { email: string }[] }) => list.users.map((u) => u.email.split('@')[0]);

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'policypages');
    base = `/api/apps/${r.appId}`;
    const ok = (res: { statusCode: number; body: string }) =>
      expect(res.statusCode, res.body).toBeLessThan(300);
    ok(await r.admin.client.patch(`${base}/roles/hiring_manager`, { internal: true }));
    ids = {};
    ids.interviews = await create({
      title: 'Interviews',
      slug: 'interviews',
      position: 1,
      visibility: { audience: 'roles', roles: ['interviewer'] },
      sections: [
        { kind: 'collectionView', title: 'My candidates', collection: 'candidates', fields: ['name'] },
      ],
    });
    ids.guide = await create({ title: 'Interview guide', slug: 'interview-guide', parent: ids.interviews });
    ids.positions = await create({
      title: 'Positions',
      slug: 'positions',
      sections: [
        {
          kind: 'collectionView',
          title: 'Open positions',
          collection: 'positions',
          fields: ['title', 'department'],
          sort: [{ field: 'title' }],
          filter: 'record.status   ==  "open"',
        },
        {
          kind: 'text',
          title: 'Hiring notes',
          markdown: 'Only for hiring managers.',
          visibility: { audience: 'roles', roles: ['hiring_manager'] },
        },
        { kind: 'links', title: 'Go to', links: [{ label: 'Interviews', page: ids.interviews }] },
      ],
    });
  });

  it('exports the pages by slug, in a fixed order, with no ids, the same bytes twice', async () => {
    const text = await exported();
    expect(await exported()).toBe(text);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const d = JSON.parse(text) as Doc;
    expect(d.formatVersion).toBe(2);
    expect(d.pages!.map((p) => p.slug)).toEqual(['interview-guide', 'interviews', 'positions']);
    expect(page(d, 'interview-guide').parent).toBe('interviews');
    const positions = page(d, 'positions');
    expect(Object.keys(positions)).toEqual([
      'slug',
      'title',
      'icon',
      'parent',
      'position',
      'visibility',
      'sections',
    ]);
    const everyone = { audience: 'everyone', roles: [], condition: null };
    expect(positions.sections).toEqual([
      {
        kind: 'collectionView',
        title: 'Open positions',
        visibility: everyone,
        collection: 'positions',
        layout: 'table',
        fields: ['title', 'department'],
        sort: [{ field: 'title', direction: 'asc' }],
        filter: 'record.status == "open"',
      },
      {
        kind: 'text',
        title: 'Hiring notes',
        visibility: { audience: 'roles', roles: ['hiring_manager'], condition: null },
        markdown: 'Only for hiring managers.',
      },
      {
        kind: 'links',
        title: 'Go to',
        visibility: everyone,
        links: [{ label: 'Interviews', page: 'interviews' }],
      },
    ]);
  });

  it('imports its own export as no change: no page is rewritten and no version is added', async () => {
    const text = await exported();
    const [rows, versions] = [await pageRows(), await versionCount()];
    const res = await r.admin.client.post(`${base}/policy/import`, JSON.parse(text));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unchanged).toBe(true);
    expect(res.json().changes.pages).toEqual({ added: [], removed: [], changed: [] });
    expect(res.json().pageImpact).toEqual([]);
    expect(await pageRows()).toEqual(rows);
    expect(await versionCount()).toBe(versions);
    expect(await exported()).toBe(text);
  });

  it('leaves the pages as they are for a file without pages, and refuses pages in a version 1 file', async () => {
    const d = await doc();
    const { pages, ...withoutPages } = d;
    const rows = await pageRows();
    const old = await r.admin.client.post(`${base}/policy/import`, { ...withoutPages, formatVersion: 1 });
    expect(old.statusCode, old.body).toBe(200);
    expect(old.json().changes.pages).toEqual({ added: [], removed: [], changed: [] });
    expect(await pageRows()).toEqual(rows);

    const mixed = await r.admin.client.post(`${base}/policy/import?dryRun=true`, { ...d, formatVersion: 1 });
    expect(mixed.statusCode, mixed.body).toBe(400);
    expect(mixed.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'pages', code: 'POLICY_INVALID_SHAPE' }),
    ]);
    expect(pages).toHaveLength(3);
  });

  it('refuses bad page entries with every problem at its path, and writes nothing, roles included', async () => {
    const d = await doc();
    d.roles.find((x) => x.key === 'interviewer')!.name = 'Renamed';
    const positions = page(d, 'positions');
    positions.sections[0]!.filter = 'record.salry > 1';
    positions.sections[0]!.fields = ['title', 'budget'];
    positions.sections[1]!.visibility = { audience: 'roles', roles: ['recruiter'], condition: null };
    positions.sections[2]!.links = [{ label: 'Nowhere', page: 'nowhere' }];
    page(d, 'interviews').parent = 'interview-guide';
    d.pages!.push(
      { ...page(d, 'positions'), sections: [] },
      { slug: 'orphan', title: 'Orphan', parent: 'missing', sections: [] },
      {
        slug: 'reports',
        title: 'Reports',
        parent: null,
        sections: [{ kind: 'recordView', collection: 'offers' }],
      },
    );
    const [rows, before] = [await pageRows(), await exported()];
    const res = await r.admin.client.post(`${base}/policy/import`, d);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('POLICY_INVALID');
    const issues = res.json().error.details.issues as { field: string; code: string; expected?: string[] }[];
    const at = (i: number) => `pages.${i}`;
    const [guide, interviews, pos, dup, orphan, reports] = [0, 1, 2, 3, 4, 5].map(at);
    expect(issues.map((i) => `${i.field} ${i.code}`).sort()).toEqual(
      [
        `${dup}.slug POLICY_DUPLICATE_KEY`,
        `${orphan}.parent POLICY_UNKNOWN_PAGE`,
        `${guide}.parent POLICY_PAGE_CYCLE`,
        `${interviews}.parent POLICY_PAGE_CYCLE`,
        `${pos}.sections.2.links.0.page POLICY_UNKNOWN_PAGE`,
        `${pos}.sections.0.fields.1 POLICY_UNKNOWN_IDENTIFIER`,
        `${pos}.sections.0.filter POLICY_UNKNOWN_IDENTIFIER`,
        `${pos}.sections.1.visibility.roles.0 POLICY_INVALID_RULE`,
        `${reports}.sections.0.collection POLICY_UNKNOWN_COLLECTION`,
      ].sort(),
    );
    expect(issues.find((i) => i.field === `${orphan}.parent`)?.expected).toEqual(
      expect.arrayContaining(['interview-guide', 'interviews', 'positions', 'orphan', 'reports']),
    );
    expect(issues.find((i) => i.field === `${pos}.sections.0.filter`)).toMatchObject({
      position: { start: 0, end: 12 },
    });
    expect(await pageRows()).toEqual(rows);
    expect(await exported()).toBe(before);
  });

  describe('a file that adds, changes and removes pages', () => {
    let changed: Doc;
    beforeAll(async () => {
      changed = await doc();
      const positions = page(changed, 'positions');
      positions.title = 'Open roles';
      // The text moves first: it keeps its id, as does the view that moves down.
      positions.sections = [positions.sections[1]!, positions.sections[0]!, positions.sections[2]!];
      positions.sections[1]!.filter = 'record.status == "open" && record.department == "Sales"';
      changed.pages = changed.pages!.filter((p) => p.slug !== 'interview-guide');
      changed.pages.push({
        slug: 'team',
        title: 'Team',
        parent: 'positions',
        sections: [{ kind: 'text', title: 'Team notes', markdown: 'Internal.' }],
        ...{ visibility: { audience: 'internal' } },
      } as Entry);
    });

    it('is previewed by a dry run: the pages diff and who gains and loses seeing them, nothing saved', async () => {
      const [rows, versions] = [await pageRows(), await versionCount()];
      const res = await r.admin.client.post(`${base}/policy/import?dryRun=true`, changed);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.unchanged).toBe(false);
      expect(body.changes.pages.added).toEqual([{ slug: 'team', title: 'Team' }]);
      expect(body.changes.pages.removed).toEqual([{ slug: 'interview-guide', title: 'Interview guide' }]);
      expect(body.changes.pages.changed).toHaveLength(1);
      const change = body.changes.pages.changed[0];
      expect(change).toMatchObject({ slug: 'positions', title: 'Open roles' });
      expect(change.changes.title).toEqual({ before: 'Positions', after: 'Open roles' });
      expect(change.changes['sections[Open positions].filter']).toEqual({
        before: 'record.status == "open"',
        after: 'record.status == "open" && record.department == "Sales"',
      });
      expect(change.changes['sections[Hiring notes].order']).toEqual({ before: 1, after: 0 });
      const impact = (slug: string) =>
        body.pageImpact.find((p: { page: { slug: string } }) => p.page.slug === slug);
      // The Team Admin and Andy are internal; Melissa is not.
      expect(emails(impact('team').gains)).toEqual(['admin', 'andy']);
      expect(impact('team').page.id).toEqual(expect.any(String));
      expect(emails(impact('interview-guide').losses)).toEqual(['melissa']);
      expect(impact('positions')).toBeUndefined(); // retitled, seen by the same people
      expect(await pageRows()).toEqual(rows);
      expect(await versionCount()).toBe(versions);
    });

    it('is applied in the import, each changed page a new version, audited, ids kept', async () => {
      const before = await pageRows();
      const old = (slug: string) => before.find((p) => p.slug === slug)!;
      const res = await r.admin.client.post(`${base}/policy/import`, changed);
      expect(res.statusCode, res.body).toBe(200);
      const after = await pageRows();
      const now = (slug: string) => after.find((p) => p.slug === slug);
      expect(after.map((p) => p.slug)).toEqual(['interviews', 'positions', 'team']);
      expect(now('positions')).toMatchObject({ id: ids.positions, title: 'Open roles', version: 2 });
      expect(now('positions')!.sections.map((s) => s.id)).toEqual([
        old('positions').sections[1]!.id,
        old('positions').sections[0]!.id,
        old('positions').sections[2]!.id,
      ]);
      expect(now('interviews')).toEqual(old('interviews'));
      expect(now('team')).toMatchObject({ parent_id: ids.positions, version: 1 });
      const versions = await r.ctx.database.db
        .selectFrom('app_page_version')
        .select(['page_id', 'version'])
        .where('page_id', 'in', [ids.positions!, now('team')!.id, ids.interviews!])
        .orderBy('page_id')
        .orderBy('version')
        .execute();
      expect(versions.filter((v) => v.page_id === ids.positions).map((v) => v.version)).toEqual([1, 2]);
      expect(versions.filter((v) => v.page_id === ids.interviews).map((v) => v.version)).toEqual([1]);
      const audit = await r.ctx.database.db
        .selectFrom('audit_event')
        .select(['action', 'details'])
        .where('app_id', '=', r.appId)
        .where('action', 'like', 'app.page.%')
        .execute();
      const imported = audit.filter((a) => (a.details as { via?: string }).via === 'policy import');
      expect(imported.map((a) => a.action).sort()).toEqual([
        'app.page.created',
        'app.page.deleted',
        'app.page.updated',
      ]);
      const ui = await r.andy.client.get(`${base}/ui`);
      expect(ui.json().pages.map((p: { slug: string }) => p.slug)).toContain('team');
      // The file is what the app now holds.
      const again = await doc();
      expect(again.pages!.map((p) => p.slug)).toEqual(['interviews', 'positions', 'team']);
      expect(page(again, 'team').parent).toBe('positions');
    });
  });

  describe('who may change pages through a file', () => {
    let modeler: Person;
    beforeAll(async () => {
      modeler = await signUp(r.app, r.ctx, 'modeler@policypages.test');
      const role = await r.admin.client.post(`${base}/roles`, {
        key: 'modeler',
        name: 'Modeler',
        rights: ['app.dataformats.read', 'app.dataformats.edit'],
      });
      expect(role.statusCode, role.body).toBe(201);
      const user = await r.admin.client.post(`${base}/users`, { email: modeler.email, roles: ['modeler'] });
      expect(user.statusCode, user.body).toBe(201);
    });

    it('needs app.templates.edit to change a page, not to import a file that leaves them', async () => {
      const d = await doc();
      const same = await modeler.client.post(`${base}/policy/import?dryRun=true`, d);
      expect(same.statusCode, same.body).toBe(200);
      page(d, 'team').title = 'Our team';
      const res = await modeler.client.post(`${base}/policy/import?dryRun=true`, d);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error).toMatchObject({
        code: 'FORBIDDEN',
        details: { required: ['app.templates.edit'] },
      });
    });
  });
});
