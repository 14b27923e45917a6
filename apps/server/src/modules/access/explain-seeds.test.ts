import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { NINOX_NOTE_FIELDS, NINOX_NOTE_RULES } from '../../../test/harness/ninox-notes.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';

// biome-ignore lint/suspicious/noExplicitAny: traces are deep JSON; the assertions check their shape.
type Json = Record<string, any>;

// Explain on the Ninox and NoCode-X scenarios of ../shared/seeds (the Noloco one is explain.test.ts):
// table rights with "Readable if" / "Writable if", and a role with Access All Data.
describeDb('explain on the Ninox and NoCode-X scenarios', (database) => {
  let owner: Person;
  let editor: Person;
  let viewer: Person;
  let auditor: Person;
  let base = '';
  const notes: Record<string, string> = {};

  beforeAll(async () => {
    const { app, ctx } = await createTestApp(database());
    await app.ready();
    owner = await signUp(app, ctx, 'owner@seeds.test');
    editor = await signUp(app, ctx, 'editor@seeds.test');
    viewer = await signUp(app, ctx, 'viewer@seeds.test');
    auditor = await signUp(app, ctx, 'auditor@seeds.test');
    const companyId = await insertCompany(ctx, 'Ninox Team', owner.accountId);
    const created = async (path: string, body: object) => {
      const res = await owner.client.post(path, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    base = `/api/apps/${(await created(`/api/companies/${companyId}/apps`, { name: 'Notes' })).app.id}`;
    // Both pass the data gate, as every role did before it existed; the rules decide the rest.
    const rights = ['app.data.read', 'app.data.edit'];
    await created(`${base}/roles`, { key: 'editor', name: 'Editor', rights });
    await created(`${base}/roles`, { key: 'viewer', name: 'Viewer', rights });
    await created(`${base}/roles`, { key: 'auditor', name: 'Auditor', allData: true });
    for (const [person, role] of [
      [editor, 'editor'],
      [viewer, 'viewer'],
      [auditor, 'auditor'],
    ] as const) {
      await created(`${base}/users`, { email: person.email, roles: [role] });
    }
    await created(`${base}/collections`, { key: 'notes', name: 'Notes' });
    for (const field of NINOX_NOTE_FIELDS) await created(`${base}/collections/notes/fields`, field);
    await created(`${base}/collections`, { key: 'news', name: 'News', restricted: false });
    await created(`${base}/collections/news/fields`, { name: 'headline', type: 'text' });
    for (const rule of NINOX_NOTE_RULES) await created(`${base}/rules`, rule);
    for (const [name, locked] of [
      ['open', false],
      ['locked', true],
    ] as const) {
      const res = await editor.client.post(`${base}/collections/notes/records`, {
        values: { body: name, locked },
      });
      expect(res.statusCode, res.body).toBe(201);
      notes[name] = res.json().id;
    }
  });

  const explain = async (user: Person, action: string, collection: string, record?: string) => {
    const res = await owner.client.post(`${base}/access/explain`, {
      user: user.email,
      action,
      collection,
      ...(record ? { record } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Json;
  };

  it('names the "Readable if" guard that hides another user\'s record, with the failing part', async () => {
    const out = await explain(viewer, 'read', 'notes', notes.open);
    expect(out.record).toMatchObject({ allowed: false, agrees: true });
    expect(out.trace.units).toEqual([expect.objectContaining({ unit: 'role:viewer', result: 'true' })]);
    const guard = out.trace.guards.find((g: Json) => g.name === 'Readable if the creator');
    expect(guard).toMatchObject({ condition: 'record.createdBy == user.id', result: 'false' });
    expect(out.record.reasons).toEqual([
      expect.stringMatching(/^guard "Readable if the creator" did not hold/),
    ]);
    const own = await explain(editor, 'read', 'notes', notes.open);
    expect(own.record).toMatchObject({ allowed: true, agrees: true, reasons: [] });
  });

  it('names the "Writable if" guard on a locked record, and only that one', async () => {
    const locked = await explain(editor, 'update', 'notes', notes.locked);
    expect(locked.record).toMatchObject({ allowed: false, agrees: true });
    expect(locked.record.reasons).toEqual([
      expect.stringMatching(/^guard "Writable if not locked" did not hold/),
    ]);
    const open = await explain(editor, 'update', 'notes', notes.open);
    expect(open.record).toMatchObject({ allowed: true, agrees: true });
    expect(open.trace.record.fields).toEqual(expect.arrayContaining(['body', 'locked']));
    const viewerWrite = await explain(viewer, 'update', 'notes', notes.open);
    expect(viewerWrite.record.reasons).toContain(
      'no role of this user has a grant for update on notes (default deny)',
    );
  });

  it('shows the bypasses: Access All Data (NoCode-X) and an unrestricted collection', async () => {
    const all = await explain(auditor, 'delete', 'notes', notes.locked);
    expect(all.trace.bypass).toBe('allData');
    expect(all.trace.principal.allData).toBe(true);
    expect(all.record).toMatchObject({ allowed: true, agrees: true });
    const news = await explain(viewer, 'read', 'news');
    expect(news.trace.bypass).toBe('unrestricted');
    expect(news.trace.restricted).toBe(false);
    const notesPlan = await explain(viewer, 'read', 'notes');
    expect(notesPlan.trace.bypass).toBeNull();
    expect(notesPlan.trace.plan.kind).toBe('where');
  });
});
