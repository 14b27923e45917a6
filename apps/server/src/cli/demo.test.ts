import { expect, it } from 'vitest';
import { createTestApp } from '../../test/harness/app.js';
import { TestClient } from '../../test/harness/client.js';
import { describeDb } from '../../test/harness/database.js';
import { seedDemo } from './demo.js';
import { DEMO_PEOPLE } from './demo-data.js';

describeDb('the recruitment demo', (database) => {
  it('seeds once, and each person sees what the Noloco scenario says', async () => {
    const { app, ctx } = await createTestApp(database());
    await app.ready();
    const text = await seedDemo(app, ctx);
    expect(text).toContain('melissa@acme-talent.example');
    expect(await seedDemo(app, ctx)).toBe(text); // a second start changes nothing
    const apps = await ctx.database.db.selectFrom('application').select('id').execute();
    expect(apps).toHaveLength(1);
    const url = `/api/apps/${apps[0]!.id}/collections/positions/records?limit=50`;

    const as = async (key: string) => {
      const person = DEMO_PEOPLE.find((p) => p.key === key)!;
      const client = new TestClient(app, ctx.config.publicUrl);
      expect(
        (await client.post('/api/auth/login', { email: person.email, password: person.password })).statusCode,
      ).toBe(200);
      const res = await client.get(url);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as Record<string, unknown>[];
    };
    const titles = (items: Record<string, unknown>[]) => items.map((i) => i.title).sort();

    const tessa = await as('tessa');
    expect(tessa).toHaveLength(7);
    expect(tessa.every((p) => typeof p.salary === 'number')).toBe(true);

    const andy = await as('andy');
    expect(titles(andy)).toEqual([
      'Frontend Engineer',
      'Product Designer',
      'Senior Backend Engineer',
      'Site Reliability Engineer',
    ]);
    expect(andy.every((p) => typeof p.salary === 'number')).toBe(true);

    const melissa = await as('melissa');
    expect(titles(melissa)).toEqual(['Frontend Engineer', 'Product Designer', 'Senior Backend Engineer']);
    for (const position of melissa) expect(position).not.toHaveProperty('salary');

    expect(await as('uma')).toEqual([]);

    // The end-user app: each person's pages, by audience and role.
    const pagesOf = async (key: string) => {
      const person = DEMO_PEOPLE.find((p) => p.key === key)!;
      const client = new TestClient(app, ctx.config.publicUrl);
      await client.post('/api/auth/login', { email: person.email, password: person.password });
      const res = await client.get(`/api/apps/${apps[0]!.id}/ui`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().pages.map((p: { title: string }) => p.title);
    };
    // The record pages (a list's rows lead there) are internal, like the lists.
    const recordPages = ['Position', 'Edit position', 'Candidate', 'Edit candidate'];
    expect(await pagesOf('andy')).toEqual(['Positions', 'Candidates', ...recordPages]);
    expect(await pagesOf('melissa')).toEqual(['Positions', 'Candidates', 'My interviews', ...recordPages]);
    expect(await pagesOf('uma')).toEqual(['Welcome']);
    const address = new TestClient(app, ctx.config.publicUrl);
    expect((await address.get('/api/public/apps/recruiting')).json()).toMatchObject({
      id: apps[0]!.id,
      loginTemplate: { title: 'Acme Talent recruiting' },
    });
  });
});
