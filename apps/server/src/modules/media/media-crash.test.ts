import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { createPostgresTestDatabase, describeDb } from '../../../test/harness/database.js';
import { multipartBody } from '../../../test/harness/multipart.js';
import { insertCompany, signUp } from '../../../test/harness/tenants.js';
import { openPostgres } from '../../db/database.js';
import { createFileMediaStore } from './file-media-store.js';
import type { MediaStore } from './media-store.js';
import { createPostgresMediaStore } from './postgres-media-store.js';

const WRITER = fileURLToPath(new URL('../../../test/harness/media-writer.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const TSCONFIG = fileURLToPath(new URL('../../../../../tsconfig.check.json', import.meta.url));

/** Starts a process writing an upload that never ends, and kills it (SIGKILL) mid-write. */
async function killMidUpload(kind: 'files' | 'postgres', target: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', TSX, WRITER, kind, target], {
    env: { PATH: process.env.PATH, TSX_TSCONFIG_PATH: TSCONFIG },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr.on('data', (c: Buffer) => stderr.push(c.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => c.toString().includes('writing') && resolve());
    exited.then(() => reject(new Error(`the writer exited early: ${stderr.join('')}`)));
  });
  child.kill('SIGKILL');
  await exited;
}

async function listed(store: MediaStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const blob of store.list()) keys.push(blob.key);
  return keys;
}

// A process killed while writing leaves at most bytes set aside, which are never listed or
// served, and which the sweep at the next start removes.
describe('a process killed mid-upload', () => {
  it('leaves only a temporary file in the file store, which the sweep removes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-media-crash-'));
    try {
      await killMidUpload('files', dir);
      const tmp = await fs.readdir(path.join(dir, 'tmp'));
      expect(tmp).toHaveLength(1);
      expect((await fs.stat(path.join(dir, 'tmp', tmp[0]!))).size).toBeGreaterThan(8 * 64 * 1024);
      const store = createFileMediaStore(dir);
      expect(await listed(store)).toEqual([]);
      expect(await store.sweepStaged(new Date())).toBe(1);
      expect(await fs.readdir(path.join(dir, 'tmp'))).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!inject('postgresTemplate'))(
    'leaves only unclaimed chunks in PostgreSQL, which the sweep removes',
    async () => {
      const created = await createPostgresTestDatabase();
      const database = openPostgres(created.url, 2);
      try {
        await killMidUpload('postgres', created.url);
        const chunks = await database.db.selectFrom('media_chunk').select('upload_id').execute();
        expect(chunks.length).toBeGreaterThan(1);
        const store = createPostgresMediaStore(database.db);
        expect(await listed(store)).toEqual([]);
        expect(await store.sweepStaged(new Date(Date.now() + 1000))).toBe(1);
        expect(await database.db.selectFrom('media_chunk').select('upload_id').execute()).toEqual([]);
      } finally {
        await database.close();
        await created.drop();
      }
    },
  );
});

// The same through HTTP: a client whose upload breaks off gets nothing stored, and a restarted
// node lists nothing and cleans up.
describeDb('an upload cut off mid-stream', (database) => {
  it('stores nothing, lists nothing after a restart, and leaves nothing aside', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-media-cut-'));
    const env = { CHARTER_DATA_DIR: dataDir };
    try {
      const { app, ctx } = await createTestApp(database(), { env });
      await app.ready();
      const admin = await signUp(app, ctx, 'admin@cut.test');
      const companyId = await insertCompany(ctx, 'Cut Inc', admin.accountId);
      const appId = (await admin.client.post(`/api/companies/${companyId}/apps`, { name: 'Cut' })).json().app
        .id;
      const { payload, headers } = multipartBody([{ filename: 'big.txt', content: 'z'.repeat(300_000) }]);
      // The body ends in the middle of the file: the connection dropped.
      const cut = await admin.client.request(
        'POST',
        `/api/apps/${appId}/media`,
        payload.subarray(0, 200_000),
        headers,
      );
      expect(cut.statusCode).toBe(400);
      expect(cut.json().error.code).toBe('MEDIA_UPLOAD_MALFORMED');
      const list = await admin.client.get(`/api/apps/${appId}/media`);
      expect(list.json().items).toEqual([]);
      // Uploads are not bound by the JSON body limit (1 MiB), only by the media limit.
      const large = multipartBody([{ filename: 'large.txt', content: 'l'.repeat(1_500_000) }]);
      const kept = await admin.client.request(
        'POST',
        `/api/apps/${appId}/media`,
        large.payload,
        large.headers,
      );
      expect(kept.statusCode, kept.body).toBe(201);
      await admin.client.delete(`/api/apps/${appId}/media/${kept.json().items[0].id}`);
      // What a process killed mid-upload would have left aside, long enough ago to be abandoned.
      if (ctx.database.kind === 'postgres') {
        await ctx.database.db
          .insertInto('media_chunk')
          .values({
            upload_id: randomUUID(),
            seq: 0,
            data: Buffer.from('half'),
            created_at: new Date(Date.now() - 2 * 3600_000),
          })
          .execute();
      } else {
        await fs.mkdir(path.join(dataDir, 'media', 'tmp'), { recursive: true });
        await fs.writeFile(path.join(dataDir, 'media', 'tmp', 'dead.part'), 'half');
      }
      await app.close();

      const restarted = await createTestApp(database(), { env });
      await restarted.app.ready();
      expect((await restarted.ctx.database.db.selectFrom('media').select('id').execute()).length).toBe(0);
      expect(await fs.readdir(path.join(dataDir, 'media', 'tmp')).catch(() => [])).toEqual([]);
      // No chunk is left that no committed blob names: the abandoned upload is gone. The bytes of
      // the file deleted a moment ago may stay, committed, until a sweep after the grace period
      // (another upload of the same bytes may be about to claim them).
      const db = restarted.ctx.database.db;
      const stray = await db
        .selectFrom('media_chunk')
        .select('upload_id')
        .where('upload_id', 'not in', db.selectFrom('media_blob').select('upload_id'))
        .execute();
      expect(stray).toEqual([]);
      await restarted.app.close();
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
