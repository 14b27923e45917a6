import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { multipartBody, type Part } from '../../../test/harness/multipart.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { createMediaStore } from './create-media-store.js';
import { collectMediaGarbage } from './media-garbage.js';
import type { MediaStore } from './media-store.js';

const MAX_BYTES = 64 * 1024;

type Persona = 'none' | 'reader' | 'editOnly' | 'editor';
const ROLE_RIGHTS: Record<Persona, string[]> = {
  none: [],
  reader: ['app.media.read'],
  editOnly: ['app.media.edit'],
  editor: ['app.media.read', 'app.media.edit'],
};

// The media library over HTTP, on both back ends: files under a temporary CHARTER_DATA_DIR when
// embedded, in PostgreSQL otherwise.
describeDb('the media library', (database, backend) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let store: MediaStore;
  let dataDir: string;
  let admin: Person;
  const people = {} as Record<Persona, Person>;
  let base: string;
  let png: Buffer;

  async function upload(who: Person, parts: Part[], query = '') {
    const { payload, headers } = multipartBody(parts);
    return who.client.request('POST', `${base}/media${query}`, payload, headers);
  }
  async function uploaded(parts: Part[], query = ''): Promise<{ id: string; [k: string]: unknown }[]> {
    const res = await upload(admin, parts, query);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().items;
  }
  const file = (filename: string, content: Buffer | string, contentType?: string): Part => ({
    filename,
    content,
    ...(contentType ? { contentType } : {}),
  });
  const count = async () => {
    const row = await ctx.database.db
      .selectFrom('media')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const blobs = async () => {
    const keys: string[] = [];
    for await (const blob of store.list()) keys.push(blob.key);
    return keys.sort();
  };
  /** Everything stored, committed or aside: a refused upload must change none of it. */
  const footprint = async () => {
    const staged =
      backend === 'pglite' && ctx.database.kind === 'pglite'
        ? (await fs.readdir(path.join(dataDir, 'media', 'tmp')).catch(() => [])).length
        : Number(
            (
              await ctx.database.db
                .selectFrom('media_chunk')
                .select((eb) => eb.fn.countAll<string>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
    return { media: await count(), blobs: await blobs(), staged };
  };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-media-api-'));
    ({ app, ctx } = await createTestApp(database(), {
      env: { CHARTER_DATA_DIR: dataDir, CHARTER_MEDIA_MAX_BYTES: String(MAX_BYTES) },
    }));
    await app.ready();
    store = createMediaStore(ctx);
    admin = await signUp(app, ctx, 'admin@media.test');
    const companyId = await insertCompany(ctx, 'Media Inc', admin.accountId);
    const created = await admin.client.post(`/api/companies/${companyId}/apps`, { name: 'Brochures' });
    expect(created.statusCode, created.body).toBe(201);
    base = `/api/apps/${created.json().app.id}`;
    for (const persona of Object.keys(ROLE_RIGHTS) as Persona[]) {
      const key = `media_${persona.toLowerCase()}`;
      const role = await admin.client.post(`${base}/roles`, {
        key,
        name: persona,
        rights: ROLE_RIGHTS[persona],
      });
      expect(role.statusCode, role.body).toBe(201);
      people[persona] = await signUp(app, ctx, `${persona.toLowerCase()}@media.test`);
      const user = await admin.client.post(`${base}/users`, { email: people[persona].email, roles: [key] });
      expect(user.statusCode, user.body).toBe(201);
    }
    png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#3060c0' } })
      .png()
      .toBuffer();
  });

  afterAll(async () => {
    await app.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  describe('rights: app.media.read to see and download, app.media.edit to change', () => {
    let target: string;
    beforeAll(async () => {
      [{ id: target }] = (await uploaded([file('rights.png', png)])) as [{ id: string }];
    });

    const readRoutes: [string, (id: string) => string][] = [
      ['list', () => `${base}/media`],
      ['get', (id) => `${base}/media/${id}`],
      ['download', (id) => `${base}/media/${id}/content`],
      ['versions', (id) => `${base}/media/${id}/versions`],
    ];
    it.each([
      ['none', 403],
      ['reader', 200],
      ['editOnly', 403],
      ['editor', 200],
    ] as const)('read routes as %s: %i', async (persona, status) => {
      for (const [name, url] of readRoutes) {
        const res = await people[persona].client.get(url(target));
        expect(res.statusCode, `${name}: ${res.body.slice(0, 200)}`).toBe(status);
        if (status === 403) {
          expect(res.json().error.code).toBe('FORBIDDEN');
          expect(res.body).not.toContain('rights.png');
        }
      }
    });

    it.each([
      ['none', false],
      ['reader', false],
      ['editOnly', true],
      ['editor', true],
    ] as const)('write routes as %s: allowed %s, and a refusal changes nothing', async (persona, allowed) => {
      const who = people[persona];
      const [{ id }] = (await uploaded([file(`${persona}.png`, png)])) as [{ id: string }];
      const before = await footprint();
      const results = {
        upload: await upload(who, [file(`${persona}-new.txt`, `new from ${persona}`)]),
        rename: await who.client.patch(`${base}/media/${id}`, {
          name: `${persona}-renamed.png`,
          tags: ['x'],
        }),
        replace: await (async () => {
          const { payload, headers } = multipartBody([
            { field: 'file', filename: 'v2.txt', content: `v2 ${persona}` },
          ]);
          return who.client.request('POST', `${base}/media/${id}/versions`, payload, headers);
        })(),
        restore: await who.client.post(`${base}/media/${id}/versions/1/restore`),
        delete: await who.client.delete(`${base}/media/${id}`),
      };
      const expected = { upload: 201, rename: 200, replace: 201, restore: 200, delete: 204 };
      for (const [route, res] of Object.entries(results)) {
        const want = allowed ? expected[route as keyof typeof expected] : 403;
        expect(res.statusCode, `${route}: ${res.body.slice(0, 200)}`).toBe(want);
        if (!allowed) expect(res.json().error.code).toBe('FORBIDDEN');
      }
      if (!allowed) {
        expect(await footprint()).toEqual(before);
        const unchanged = await admin.client.get(`${base}/media/${id}`);
        expect(unchanged.json()).toMatchObject({ name: `${persona}.png`, version: 1, tags: [] });
      }
    });
  });

  describe('uploads', () => {
    it('stores several files at once, typed from their bytes, in a folder with tags, and audits each', async () => {
      const items = await uploaded(
        [
          file('chart.png', png, 'application/octet-stream'),
          file('notes.txt', 'Meeting at 10.\n', 'image/png'),
          file('people.csv', 'name,email\nAnn,ann@example.com\n'),
        ],
        '?folder=Brochures%202024&tags=spring,print',
      );
      expect(items.map((i) => [i.name, i.type, i.size, i.folder, i.tags])).toEqual([
        ['chart.png', 'image/png', png.length, 'Brochures 2024', ['spring', 'print']],
        ['notes.txt', 'text/plain', 15, 'Brochures 2024', ['spring', 'print']],
        ['people.csv', 'text/csv', 31, 'Brochures 2024', ['spring', 'print']],
      ]);
      expect(items[0]).toMatchObject({ width: 200, height: 100, version: 1 });
      const audited = await ctx.database.db
        .selectFrom('audit_event')
        .select(['action', 'target_id'])
        .where('action', '=', 'app.media.uploaded')
        .where(
          'target_id',
          'in',
          items.map((i) => i.id),
        )
        .execute();
      expect(audited).toHaveLength(3);
    });

    it('keeps a file name only: no path, no control characters', async () => {
      const [item] = await uploaded([file('..\\..\\secret/evil\u0007.txt', 'hello')]);
      expect(item?.name).toBe('evil.txt');
    });

    it('refuses a body that is not multipart, an upload with no file, and a form field', async () => {
      const json = await admin.client.post(`${base}/media`, {});
      expect(json.statusCode).toBe(415);
      expect(json.json().error.code).toBe('MEDIA_NOT_MULTIPART');
      const empty = await upload(admin, []);
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.code).toBe('MEDIA_NO_FILE');
      const field = await upload(admin, [{ field: 'owner', content: 'me' }, file('a.txt', 'a')]);
      expect(field.statusCode).toBe(400);
      expect(field.json().error.details.issues[0]).toMatchObject({ location: 'body', field: 'owner' });
      const tags = await upload(admin, [file('a.txt', 'a')], `?tags=${'t'.repeat(51)}`);
      expect(tags.statusCode).toBe(400);
      expect(tags.json().error.details.issues[0]).toMatchObject({ location: 'querystring', field: 'tags' });
    });

    it('lists with search, folder, tag and a cursor', async () => {
      await uploaded(
        ['alpha', 'beta', 'gamma', 'delta', 'alphabet'].map((n) => file(`${n}.txt`, `${n} text`)),
        '?folder=paging&tags=greek',
      );
      const seen: string[] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const res = await people.reader.client.get(
          `${base}/media?folder=paging&limit=2${next ? `&after=${next}` : ''}`,
        );
        expect(res.statusCode, res.body).toBe(200);
        seen.push(...res.json().items.map((i: { name: string }) => i.name));
        next = res.json().next;
        pages++;
      } while (next);
      expect(pages).toBe(3);
      expect(seen.sort()).toEqual(['alpha.txt', 'alphabet.txt', 'beta.txt', 'delta.txt', 'gamma.txt']);
      const search = await admin.client.get(`${base}/media?search=ALPHA&tag=greek`);
      expect(
        search
          .json()
          .items.map((i: { name: string }) => i.name)
          .sort(),
      ).toEqual(['alpha.txt', 'alphabet.txt']);
      const bad = await admin.client.get(`${base}/media?after=not-a-cursor`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.issues[0].field).toBe('after');
    });

    it('renames, moves and tags a file, audited with before and after', async () => {
      const [item] = (await uploaded([file('draft.txt', 'draft')])) as [{ id: string }];
      const res = await admin.client.patch(`${base}/media/${item.id}`, {
        name: 'final.txt',
        folder: 'Done',
        tags: ['a', 'a', 'b'],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ name: 'final.txt', folder: 'Done', tags: ['a', 'b'], version: 1 });
      const bad = await admin.client.patch(`${base}/media/${item.id}`, { name: 'a/b.txt' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.issues[0].field).toBe('name');
      const entry = await ctx.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'app.media.updated')
        .where('target_id', '=', item.id)
        .executeTakeFirstOrThrow();
      expect(entry.details).toMatchObject({ before: { name: 'draft.txt' }, after: { name: 'final.txt' } });
    });
  });

  describe('safe serving', () => {
    it('detects HTML disguised as an image, refuses it and stores nothing', async () => {
      const before = await footprint();
      const res = await upload(admin, [
        file(
          'holiday.png',
          '<!DOCTYPE html><html><script>alert(document.cookie)</script></html>',
          'image/png',
        ),
      ]);
      expect(res.statusCode).toBe(415);
      expect(res.json().error).toMatchObject({
        code: 'MEDIA_TYPE_NOT_ALLOWED',
        details: { file: 'holiday.png', detected: 'text/html' },
      });
      // Markup anywhere near the start counts, not only at the very start.
      const buried = await upload(admin, [file('photo.png', `hello\n\n<body onload="x()">`)]);
      expect(buried.json().error.details.detected).toBe('text/html');
      expect(await footprint()).toEqual(before);
    });

    it('refuses a type not on the list, and a file over the limit, storing nothing; all files of an upload or none', async () => {
      const before = await footprint();
      const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(100)]);
      const refused = await upload(admin, [file('ok.txt', 'fine'), file('tool.pdf', elf)]);
      expect(refused.statusCode).toBe(415);
      expect(refused.json().error.details).toMatchObject({ file: 'tool.pdf', detected: 'application/x-elf' });
      expect(refused.json().error.details.allowed).toContain('image/png');
      const big = await upload(admin, [file('big.txt', 'x'.repeat(MAX_BYTES + 1))]);
      expect(big.statusCode).toBe(413);
      expect(big.json().error).toMatchObject({
        code: 'MEDIA_TOO_LARGE',
        details: { file: 'big.txt', limit: MAX_BYTES },
      });
      expect(await footprint()).toEqual(before);
      // Exactly at the limit is accepted.
      const [atLimit] = await uploaded([file('limit.txt', 'y'.repeat(MAX_BYTES))]);
      expect(atLimit?.size).toBe(MAX_BYTES);
    });

    it('serves with the sniffed type, nosniff, an ETag, and ranges', async () => {
      const [item] = (await uploaded([file('photo.png', png, 'text/html')])) as [{ id: string }];
      const url = `${base}/media/${item.id}/content`;
      const res = await people.reader.client.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toMatch(/^inline; filename="photo.png"/);
      expect(res.rawPayload.equals(png)).toBe(true);
      const etag = res.headers.etag as string;
      expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
      const again = await people.reader.client.get(url, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
      const range = await people.reader.client.get(url, { range: 'bytes=10-29' });
      expect(range.statusCode).toBe(206);
      expect(range.headers['content-range']).toBe(`bytes 10-29/${png.length}`);
      expect(range.rawPayload.equals(png.subarray(10, 30))).toBe(true);
      const outside = await people.reader.client.get(url, { range: `bytes=${png.length + 5}-` });
      expect(outside.statusCode).toBe(416);
      expect(outside.json().error.code).toBe('MEDIA_RANGE_NOT_SATISFIABLE');
      const download = await people.reader.client.get(`${url}?download=true`);
      expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    });

    it('serves SVG, and text as text/plain, never as a page: SVG and XML are attachments', async () => {
      const svg =
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
      const [logo, notes] = (await uploaded([file('logo.svg', svg), file('readme', 'plain words')])) as [
        { id: string; type: string },
        { id: string; type: string },
      ];
      expect(logo.type).toBe('image/svg+xml');
      const served = await people.reader.client.get(`${base}/media/${logo.id}/content`);
      expect(served.headers['content-type']).toBe('image/svg+xml');
      expect(served.headers['content-disposition']).toMatch(/^attachment; filename="logo.svg"/);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-security-policy']).toContain('sandbox');
      const text = await people.reader.client.get(`${base}/media/${notes.id}/content`);
      expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(text.headers['content-disposition']).toMatch(/^inline;/);
      expect(text.body).toBe('plain words');
    });

    it('makes resized images from a fixed set of widths, once, then serves them from the store', async () => {
      const [item] = (await uploaded([file('wide.png', png)])) as [{ id: string }];
      const url = `${base}/media/${item.id}/content?width=64`;
      const first = await people.reader.client.get(url);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.headers['content-type']).toBe('image/png');
      expect(first.headers['x-content-type-options']).toBe('nosniff');
      expect((await sharp(first.rawPayload).metadata()).width).toBe(64);
      const blobsAfterFirst = await blobs();
      const second = await people.reader.client.get(url);
      expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
      expect(second.headers.etag).toBe(first.headers.etag);
      // Served from what the first request stored: no new blob, one variant row.
      expect(await blobs()).toEqual(blobsAfterFirst);
      const variants = await ctx.database.db
        .selectFrom('media_variant')
        .selectAll()
        .where('width', '=', 64)
        .execute();
      expect(variants).toHaveLength(1);
      // Never enlarged.
      const large = await people.reader.client.get(`${base}/media/${item.id}/content?width=1280`);
      expect((await sharp(large.rawPayload).metadata()).width).toBe(200);
      const odd = await people.reader.client.get(`${base}/media/${item.id}/content?width=65`);
      expect(odd.statusCode).toBe(400);
      expect(odd.json().error.details.issues[0]).toMatchObject({ location: 'querystring', field: 'width' });
      expect(odd.json().error.details.issues[0].message).toContain('64, 160, 320, 640, 1280');
      const [text] = (await uploaded([file('t.txt', 'text')])) as [{ id: string }];
      const notImage = await people.reader.client.get(`${base}/media/${text.id}/content?width=64`);
      expect(notImage.statusCode).toBe(400);
      expect(notImage.json().error.code).toBe('MEDIA_NOT_RESIZABLE');
    });
  });

  describe('versions', () => {
    it('replaces a file as a new version, keeps the old one downloadable, and restores it', async () => {
      const [item] = (await uploaded([file('price-list.txt', 'prices v1')])) as [{ id: string }];
      const { payload, headers } = multipartBody([{ field: 'file', filename: 'new.png', content: png }]);
      const replaced = await admin.client.request(
        'POST',
        `${base}/media/${item.id}/versions`,
        payload,
        headers,
      );
      expect(replaced.statusCode, replaced.body).toBe(201);
      expect(replaced.json()).toMatchObject({ name: 'price-list.txt', version: 2, type: 'image/png' });
      const content = `${base}/media/${item.id}/content`;
      expect((await admin.client.get(content)).rawPayload.equals(png)).toBe(true);
      expect((await admin.client.get(`${content}?version=1`)).body).toBe('prices v1');
      const restored = await admin.client.post(`${base}/media/${item.id}/versions/1/restore`);
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json()).toMatchObject({ version: 3, type: 'text/plain', size: 9 });
      expect((await admin.client.get(content)).body).toBe('prices v1');
      const versions = (await people.reader.client.get(`${base}/media/${item.id}/versions`)).json().items;
      expect(
        versions.map((v: { version: number; restoredFrom: number | null }) => [v.version, v.restoredFrom]),
      ).toEqual([
        [3, 1],
        [2, null],
        [1, null],
      ]);
      expect(versions[0].savedBy.email).toBe(admin.email);
      const missing = await admin.client.post(`${base}/media/${item.id}/versions/9/restore`);
      expect(missing.statusCode).toBe(404);
      const actions = await ctx.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('target_id', '=', item.id)
        .orderBy('occurred_at')
        .execute();
      expect(actions.map((a) => a.action)).toEqual([
        'app.media.uploaded',
        'app.media.replaced',
        'app.media.restored',
      ]);
      // A replacement is one file, checked like an upload.
      const two = multipartBody([
        { field: 'file', filename: 'a.txt', content: 'a' },
        { field: 'file', filename: 'b.txt', content: 'b' },
      ]);
      const refused = await admin.client.request(
        'POST',
        `${base}/media/${item.id}/versions`,
        two.payload,
        two.headers,
      );
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error.code).toBe('MEDIA_TOO_MANY_FILES');
    });
  });

  describe('delete', () => {
    it('is refused while a page uses the file, naming the page; then removes the file and, when unused, its bytes', async () => {
      const bytes = Buffer.from(`logo ${Date.now()}`);
      const [logo, copy] = (await uploaded([file('logo.txt', bytes), file('copy.txt', bytes)])) as [
        { id: string; url: string },
        { id: string; url: string },
      ];
      const page = await admin.client.post(`${base}/pages`, {
        title: 'Home',
        slug: 'home',
        sections: [{ kind: 'text', title: 'Welcome', markdown: `![logo](${logo.url})` }],
      });
      expect(page.statusCode, page.body).toBe(201);
      const refused = await admin.client.delete(`${base}/media/${logo.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'MEDIA_IN_USE',
        details: { pages: [{ id: page.json().id, title: 'Home', slug: 'home' }], records: [] },
      });
      expect((await admin.client.get(`${base}/media/${logo.id}/content`)).statusCode).toBe(200);
      expect((await admin.client.delete(`${base}/pages/${page.json().id}`)).statusCode).toBe(204);
      expect((await admin.client.delete(`${base}/media/${logo.id}`)).statusCode).toBe(204);
      expect((await admin.client.get(`${base}/media/${logo.id}`)).statusCode).toBe(404);
      expect((await admin.client.get(`${base}/media/${logo.id}/content`)).statusCode).toBe(404);
      // The bytes are shared with the copy: they stay while it lives, and go after it.
      const key = (await admin.client.get(`${base}/media/${copy.id}/content`)).headers.etag
        ?.toString()
        .slice(1, -1);
      // (Earlier tests' deleted files, committed too recently for their delete, go now.)
      await collectMediaGarbage(ctx, store, { graceMs: 0 });
      expect(await blobs()).toContain(key);
      expect((await admin.client.delete(`${base}/media/${copy.id}`)).statusCode).toBe(204);
      await collectMediaGarbage(ctx, store, { graceMs: 0 });
      expect(await blobs()).not.toContain(key);
    });

    it('answers 404 for a file of another app, exactly as for a missing one', async () => {
      const otherCompany = await insertCompany(ctx, 'Other Inc', people.none.accountId);
      const other = await people.none.client.post(`/api/companies/${otherCompany}/apps`, { name: 'Other' });
      const otherBase = `/api/apps/${other.json().app.id}`;
      const { payload, headers } = multipartBody([file('theirs.txt', 'theirs')]);
      const theirs = await people.none.client.request('POST', `${otherBase}/media`, payload, headers);
      expect(theirs.statusCode, theirs.body).toBe(201);
      const id = theirs.json().items[0].id;
      const missing = await admin.client.get(`${base}/media/00000000-0000-4000-8000-000000000000`);
      const foreign = await admin.client.get(`${base}/media/${id}`);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().error.message).toBe(missing.json().error.message);
      expect((await admin.client.get(`${base}/media/${id}/content`)).statusCode).toBe(404);
      expect((await admin.client.delete(`${base}/media/${id}`)).statusCode).toBe(404);
    });
  });
});
