import { beforeAll, expect, it } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';

// Lint reads the pages too: a view whose filter can never match, a page whose audience can read
// none of what it shows. Correct pages beside them give nothing.
describeDb('lint of pages', (database) => {
  let r: Recruitment;
  let base: string;

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'page-lint');
    base = `/api/apps/${r.appId}`;
    const ok = async (path: string, body: object) => {
      const res = await r.admin.client.post(`${base}${path}`, body);
      expect(res.statusCode, res.body).toBe(201);
    };
    await ok('/roles', { key: 'visitor', name: 'Visitor', rights: ['app.data.read'] });
    const view = (title: string, filter: string | null) => ({
      kind: 'collectionView',
      title,
      collection: 'positions',
      filter,
    });
    await ok('/pages', {
      title: 'Open positions',
      slug: 'open-positions',
      sections: [
        view('Wrong case', 'record.status == "Open"'),
        view('Right case', 'record.status == "open"'),
      ],
    });
    await ok('/pages', {
      title: 'For visitors',
      slug: 'for-visitors',
      visibility: { audience: 'roles', roles: ['visitor', 'interviewer'] },
      sections: [view('All positions', null)],
    });
  });

  it('finds the filter that never matches and the page its audience cannot fill, and nothing else', async () => {
    const res = await r.admin.client.get(`${base}/policy/lint`);
    expect(res.statusCode, res.body).toBe(200);
    const pages = res.json().warnings.filter((w: { page?: string }) => w.page);
    // In page order: by position, then title.
    expect(pages).toEqual([
      expect.objectContaining({ code: 'PAGE_SHOWS_NOTHING', page: 'for-visitors', role: 'visitor' }),
      expect.objectContaining({
        code: 'NEVER_MATCHES',
        severity: 'warning',
        page: 'open-positions',
        section: 'Wrong case',
        collection: 'positions',
      }),
    ]);
    expect(pages[0].message).toContain('none of positions');
  });
});
