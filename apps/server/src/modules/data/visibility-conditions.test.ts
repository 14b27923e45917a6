import { checkUserCondition } from '@charter/policy';
import { beforeAll, expect, it, vi } from 'vitest';
import { buildRecruitment, type Recruitment } from '../../../test/fixtures/recruitment.js';
import { describeDb } from '../../../test/harness/database.js';
import type { Person } from '../../../test/harness/tenants.js';

// Counts condition checks through the engine's public function; it still checks for real.
vi.mock('@charter/policy', async (importOriginal) => {
  const original = await importOriginal<typeof import('@charter/policy')>();
  return { ...original, checkUserCondition: vi.fn(original.checkUserCondition) };
});
const checks = vi.mocked(checkUserCondition);

// GET /ui checks the visibility conditions once per policy version, and a changed page, data
// model or person is in force on the very next request.
describeDb('visibility conditions per policy version', (database) => {
  let r: Recruitment;
  let base: string;
  let deskId: string;
  let deskVersion: number;

  const titles = async (who: Person) => {
    const res = await who.client.get(`${base}/ui`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().pages.map((p: { title: string }) => p.title) as string[];
  };
  const sections = async (who: Person) => {
    const res = await who.client.get(`${base}/ui`);
    const desk = res.json().pages.find((p: { title: string }) => p.title === 'EU desk');
    return desk?.sections.map((s: { title: string }) => s.title) as string[] | undefined;
  };
  const saveDesk = async (condition: string) => {
    const res = await r.admin.client.put(`${base}/pages/${deskId}`, {
      title: 'EU desk',
      slug: 'eu-desk',
      baseVersion: deskVersion,
      visibility: { audience: 'everyone', condition },
      sections: [
        {
          kind: 'text',
          title: 'Readers only',
          markdown: 'For those who may read data.',
          visibility: { audience: 'everyone', condition: '"app.data.read" in user.rights' },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    deskVersion = res.json().version;
  };

  beforeAll(async () => {
    r = await buildRecruitment(database(), 'visibility-cache');
    base = `/api/apps/${r.appId}`;
    const ok = (res: { statusCode: number; body: string }) =>
      expect(res.statusCode, res.body).toBeLessThan(300);
    ok(await r.admin.client.post(`${base}/attributes`, { key: 'region', name: 'Region', type: 'text' }));
    ok(await r.admin.client.patch(`${base}/users/${r.melissa.accountId}`, { attributes: { region: 'EU' } }));
    const created = await r.admin.client.post(`${base}/pages`, { title: 'EU desk', slug: 'eu-desk' });
    expect(created.statusCode, created.body).toBe(201);
    deskId = created.json().id;
    deskVersion = created.json().version;
    await saveDesk('user.region == "EU"');
  });

  it('checks each condition once while the policy version stands', async () => {
    expect(await titles(r.melissa)).toEqual(['EU desk']);
    checks.mockClear();
    expect(await titles(r.melissa)).toEqual(['EU desk']);
    expect(await titles(r.andy)).toEqual([]);
    expect(await sections(r.melissa)).toEqual(['Readers only']);
    expect(checks).not.toHaveBeenCalled();
  });

  it('sees a changed page at once', async () => {
    await titles(r.melissa);
    await saveDesk('user.region == "US"');
    expect(await titles(r.melissa)).toEqual([]);
    await saveDesk('user.region == "EU" || user.region == "US"');
    expect(await titles(r.melissa)).toEqual(['EU desk']);
  });

  it('checks again against a changed data model, and answers for it at once', async () => {
    await titles(r.melissa);
    checks.mockClear();
    const res = await r.admin.client.post(`${base}/attributes`, { key: 'team', name: 'Team', type: 'text' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await titles(r.melissa)).toEqual(['EU desk']);
    // Both conditions, the page's and its section's, checked against the model with the new attribute.
    expect(checks).toHaveBeenCalledTimes(2);
    await saveDesk('user.team == "Platform"');
    expect(await titles(r.melissa)).toEqual([]);
  });

  it('keeps the check, not the answer: a person’s changed attribute counts on the next request', async () => {
    await saveDesk('user.region == "EU"');
    expect(await titles(r.melissa)).toEqual(['EU desk']);
    const res = await r.admin.client.patch(`${base}/users/${r.melissa.accountId}`, {
      attributes: { region: 'US' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await titles(r.melissa)).toEqual([]);
  });
});
