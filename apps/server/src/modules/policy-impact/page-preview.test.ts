import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

// The page preview: who would start and stop seeing a page and each section before it is saved, the
// pages under it that follow, and lint's warnings; and a rule change that would leave a page
// showing nothing says so in its dry run. The admin is the Team Admin (internal), Andy a hiring
// manager (made internal here), Melissa an interviewer (external).
type List = { count: number; users: { email: string; name: string; id: string }[] };
type Change = {
  page: { id: string | null; slug: string };
  before: number;
  after: number;
  gains: List;
  losses: List;
  sections: { id: string | null; title: string; gains: List; losses: List }[];
};

describeDb('the page preview', (database) => {
  let r: Recruitment;
  let base: string;
  let positions: { id: string; sections: { id: string; kind: string }[] } & Record<string, unknown>;

  const who = (list: List) => list.users.map((u) => u.email.split('@')[0]);
  const preview = async (body: object, as = r.admin) => {
    const res = await as.client.post(`${base}/pages/preview`, body);
    return res;
  };
  const previewed = async (body: object) => {
    const res = await preview(body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { users: number; page: Change; pagesBelow: Change[]; warnings: { code: string }[] };
  };
  // The saved page as a body to propose, with one change.
  const proposedPositions = (change: object) => {
    const { id: _id, version: _v, updatedAt: _u, ...body } = positions;
    return { ...body, ...change };
  };

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'pagepreview');
    base = `/api/apps/${r.appId}`;
    const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
      const done = await res;
      expect(done.statusCode, done.body).toBeLessThan(300);
      return done.json() as never;
    };
    await ok(r.admin.client.patch(`${base}/roles/hiring_manager`, { internal: true }));
    await ok(
      r.admin.client.post(`${base}/roles`, { key: 'viewer', name: 'Viewer', rights: ['app.data.read'] }),
    );
    positions = await ok(
      r.admin.client.post(`${base}/pages`, {
        title: 'Positions',
        slug: 'positions',
        sections: [
          { kind: 'collectionView', title: 'All positions', collection: 'positions' },
          { kind: 'text', title: 'Notes', markdown: 'Hello.' },
        ],
      }),
    );
    await ok(
      r.admin.client.post(`${base}/pages`, { title: 'Help', slug: 'positions-help', parent: positions.id }),
    );
    await ok(
      r.admin.client.post(`${base}/pages`, {
        title: 'Candidates',
        slug: 'candidates',
        visibility: { audience: 'roles', roles: ['interviewer'] },
        sections: [{ kind: 'collectionView', title: 'My candidates', collection: 'candidates' }],
      }),
    );
  });

  it('names who stops seeing a page that goes from everyone to internal, and the pages under it', async () => {
    const before = await r.admin.client.get(`${base}/pages/positions`);
    const body = await previewed({
      page: positions.id,
      proposed: proposedPositions({ visibility: { audience: 'internal' } }),
    });
    expect(body.users).toBe(3);
    expect(body.page.page).toEqual({ id: positions.id, slug: 'positions', title: 'Positions' });
    expect([body.page.before, body.page.after]).toEqual([3, 2]);
    expect(who(body.page.losses)).toEqual(['melissa']);
    expect(body.page.losses).toMatchObject({
      count: 1,
      users: [{ id: r.melissa.accountId, name: 'Melissa' }],
    });
    expect(body.page.gains).toEqual({ count: 0, users: [] });
    expect(body.page.sections.map((s) => [s.id, who(s.losses)])).toEqual([
      [positions.sections[0]!.id, ['melissa']],
      [positions.sections[1]!.id, ['melissa']],
    ]);
    expect(body.pagesBelow.map((p) => [p.page.slug, who(p.losses)])).toEqual([
      ['positions-help', ['melissa']],
    ]);
    // Nothing was saved.
    expect((await r.admin.client.get(`${base}/pages/positions`)).body).toBe(before.body);
  });

  it('names who stops seeing it when only a role may, and who sees a section that changes alone', async () => {
    const roles = await previewed({
      page: 'positions',
      proposed: proposedPositions({ visibility: { audience: 'roles', roles: ['interviewer'] } }),
    });
    expect(who(roles.page.losses)).toEqual(['admin', 'andy']);
    expect(roles.page.after).toBe(1);

    const sections = positions.sections.map((s, i) =>
      i === 1 ? { ...s, visibility: { audience: 'roles', roles: ['hiring_manager'] } } : s,
    );
    const section = await previewed({ page: positions.id, proposed: proposedPositions({ sections }) });
    expect(section.page.losses.count + section.page.gains.count).toBe(0);
    expect(section.page.sections.map((s) => who(s.losses))).toEqual([[], ['admin', 'melissa']]);
    expect(section.pagesBelow).toEqual([]);
  });

  it('previews a new page: everyone in its audience gains it, and its sections have no ids yet', async () => {
    const body = await previewed({
      proposed: {
        title: 'Welcome',
        slug: 'welcome',
        visibility: { audience: 'external' },
        sections: [{ kind: 'text', title: 'Hi', markdown: 'Welcome.' }],
      },
    });
    expect(body.page.page.id).toBeNull();
    expect(who(body.page.gains)).toEqual(['melissa']);
    expect(body.page.sections).toEqual([
      expect.objectContaining({ id: null, title: 'Hi', gains: expect.objectContaining({ count: 1 }) }),
    ]);
    expect((await r.admin.client.get(`${base}/pages/welcome`)).statusCode).toBe(404);
  });

  it("gives lint's warnings about the page as proposed", async () => {
    const body = await previewed({
      proposed: {
        title: 'For viewers',
        slug: 'for-viewers',
        visibility: { audience: 'roles', roles: ['viewer'] },
        sections: [
          {
            kind: 'collectionView',
            title: 'Wrong case',
            collection: 'positions',
            filter: 'record.status == "Open"',
          },
        ],
      },
    });
    expect(body.warnings.map((w) => w.code).sort()).toEqual(['NEVER_MATCHES', 'PAGE_SHOWS_NOTHING']);
    const quiet = await previewed({ page: positions.id, proposed: proposedPositions({}) });
    expect(quiet.warnings).toEqual([]);
    expect(quiet.page.gains.count + quiet.page.losses.count).toBe(0);
  });

  it('refuses what a save refuses: bad content, a taken slug, an unknown page', async () => {
    const bad = await preview({
      proposed: {
        title: 'Bad',
        slug: 'bad',
        sections: [{ kind: 'collectionView', collection: 'positions', filter: 'record.salry > 1' }],
      },
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.code).toBe('PAGE_INVALID');
    expect(bad.json().error.details.issues).toEqual([
      expect.objectContaining({ field: 'sections.0.filter', code: 'POLICY_UNKNOWN_IDENTIFIER' }),
    ]);
    const taken = await preview({ proposed: { title: 'Again', slug: 'positions' } });
    expect(taken.statusCode, taken.body).toBe(409);
    expect(taken.json().error.code).toBe('PAGE_SLUG_TAKEN');
    const missing = await preview({ page: 'no-such-page', proposed: { title: 'X', slug: 'x' } });
    expect(missing.statusCode).toBe(404);
  });

  it('needs app.templates.edit', async () => {
    for (const person of [r.andy, r.melissa]) {
      const res = await preview({ page: positions.id, proposed: proposedPositions({}) }, person);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  describe('a rule change that leaves a page empty', () => {
    it('says so in its dry run, and only for what it changes', async () => {
      const rules = await r.admin.client.get(`${base}/rules`);
      expect(rules.statusCode, rules.body).toBe(200);
      const id = (name: string) => rules.json().items.find((x: { name: string }) => x.name === name).id;
      // rule 3: interviewers read the candidates of their positions; the Candidates page shows them.
      const drop = await r.admin.client.delete(`${base}/rules/${id('rule 3')}?dryRun=true`);
      expect(drop.statusCode, drop.body).toBe(200);
      expect(drop.json().warnings).toEqual([
        expect.objectContaining({
          code: 'PAGE_SHOWS_NOTHING',
          message: expect.stringContaining('"Candidates"'),
        }),
      ]);
      const other = await r.admin.client.delete(`${base}/rules/${id('rule 0')}?dryRun=true`);
      expect(other.statusCode, other.body).toBe(200);
      expect(other.json().warnings ?? []).toEqual([]);
    });
  });
});
