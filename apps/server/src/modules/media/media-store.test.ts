import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends, openTestDatabase } from '../../../test/harness/database.js';
import type { Database } from '../../db/database.js';
import { createFileMediaStore } from './file-media-store.js';
import type { MediaStore } from './media-store.js';
import { createPostgresMediaStore } from './postgres-media-store.js';

/** A store under test, and a look behind it: what uploads left aside, uncommitted. */
interface StoreUnderTest {
  store: MediaStore;
  leftovers(): Promise<number>;
  close(): Promise<void>;
}

// A small chunk size makes ranges cross chunk boundaries with small files.
const CHUNK = 1024;

const backends: [string, () => Promise<StoreUnderTest>][] = [
  [
    'files',
    async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-media-'));
      return {
        store: createFileMediaStore(dir),
        leftovers: async () => (await fs.readdir(path.join(dir, 'tmp')).catch(() => [])).length,
        close: () => fs.rm(dir, { recursive: true, force: true }),
      };
    },
  ],
  ...availableBackends().map(
    (backend) =>
      [
        `postgres store on ${backend}`,
        async () => {
          const database: Database = await openTestDatabase(backend);
          const db = database.db;
          return {
            store: createPostgresMediaStore(db, CHUNK),
            leftovers: async () => {
              const rows = await db
                .selectFrom('media_chunk as c')
                .select('c.upload_id')
                .distinct()
                .where((eb) =>
                  eb.not(
                    eb.exists(eb.selectFrom('media_blob as b').whereRef('b.upload_id', '=', 'c.upload_id')),
                  ),
                )
                .execute();
              return rows.length;
            },
            close: () => database.close(),
          };
        },
      ] as [string, () => Promise<StoreUnderTest>],
  ),
];

async function* chunksOf(bytes: Buffer, size = 700): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function* failingAfter(bytes: Buffer): AsyncGenerator<Buffer> {
  yield* chunksOf(bytes);
  throw new Error('connection reset by peer');
}

async function readAll(stream: NodeJS.ReadableStream | null): Promise<Buffer> {
  expect(stream).not.toBeNull();
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// One suite, every back end: what a store promises does not depend on where the bytes are.
describe.each(backends)('the media store [%s]', (_name, open) => {
  let t: StoreUnderTest;
  let store: MediaStore;
  beforeAll(async () => {
    t = await open();
    store = t.store;
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps bytes under their sha-256 and gives them back, whole and by range', async () => {
    const bytes = randomBytes(CHUNK * 3 + 500);
    const staged = await store.stage(chunksOf(bytes));
    expect(staged.key).toBe(sha256(bytes));
    expect(staged.size).toBe(bytes.length);
    // Written aside is not stored: nothing reads it before the commit.
    expect(await store.open(staged.key)).toBeNull();
    expect(await store.stat(staged.key)).toBeNull();
    await staged.commit();
    expect((await readAll(await store.open(staged.key))).equals(bytes)).toBe(true);
    expect((await store.stat(staged.key))?.size).toBe(bytes.length);
    for (const [start, end] of [
      [0, 0],
      [CHUNK - 1, CHUNK],
      [1000, 2 * CHUNK + 100],
      [bytes.length - 10, bytes.length - 1],
    ] as const) {
      const part = await readAll(await store.open(staged.key, { start, end }));
      expect(part.equals(bytes.subarray(start, end + 1)), `${start}-${end}`).toBe(true);
    }
    expect(await t.leftovers()).toBe(0);
  });

  it('stores an empty file', async () => {
    const staged = await store.stage(chunksOf(Buffer.alloc(0)));
    await staged.commit();
    expect(staged.size).toBe(0);
    expect((await readAll(await store.open(staged.key))).length).toBe(0);
  });

  it('keeps one copy of the same bytes, and leaves nothing aside for the second', async () => {
    const bytes = randomBytes(2500);
    const first = await store.stage(chunksOf(bytes));
    const second = await store.stage(chunksOf(bytes, 333));
    expect(second.key).toBe(first.key);
    await first.commit();
    await second.commit();
    expect((await readAll(await store.open(first.key))).equals(bytes)).toBe(true);
    const keys: string[] = [];
    for await (const blob of store.list()) keys.push(blob.key);
    expect(keys.filter((k) => k === first.key)).toHaveLength(1);
    expect(await t.leftovers()).toBe(0);
  });

  it('discards what was staged, leaving no trace', async () => {
    const bytes = randomBytes(4000);
    const staged = await store.stage(chunksOf(bytes));
    expect(await t.leftovers()).toBe(1);
    await staged.discard();
    expect(await t.leftovers()).toBe(0);
    expect(await store.open(staged.key)).toBeNull();
  });

  it('a stream that breaks mid-way stores nothing and leaves nothing aside', async () => {
    const bytes = randomBytes(5000);
    await expect(store.stage(failingAfter(bytes))).rejects.toThrow('connection reset');
    expect(await store.open(sha256(bytes))).toBeNull();
    expect(await t.leftovers()).toBe(0);
  });

  it('sweeps what an upload that died left aside, and only what is old enough', async () => {
    // A staged blob that is neither committed nor discarded is what a killed process leaves.
    const bytes = randomBytes(3000);
    const abandoned = await store.stage(chunksOf(bytes));
    expect(await store.sweepStaged(new Date(Date.now() - 60_000))).toBe(0);
    expect(await t.leftovers()).toBe(1);
    expect(await store.sweepStaged(new Date(Date.now() + 1000))).toBe(1);
    expect(await t.leftovers()).toBe(0);
    expect(await store.open(abandoned.key)).toBeNull();
  });

  it('removes a blob, and removing it again or a key that is none does nothing', async () => {
    const staged = await store.stage(chunksOf(randomBytes(1500)));
    await staged.commit();
    await store.remove(staged.key);
    expect(await store.open(staged.key)).toBeNull();
    await store.remove(staged.key);
    await store.remove('../../etc/passwd');
    expect(await store.open('../../etc/passwd')).toBeNull();
  });
});
