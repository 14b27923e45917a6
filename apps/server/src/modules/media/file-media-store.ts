// The embedded media store: one file per blob under <dir>/objects/<2 hex>/<sha-256>. A blob is
// written to <dir>/tmp first, flushed to disk, then renamed into place and its directory flushed,
// so a file under objects/ is always whole: a crash leaves at most a temporary file, which is
// never served and which the sweep removes.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  BLOB_KEY,
  type ByteRange,
  type MediaStore,
  type StagedBlob,
  type StoredBlobInfo,
} from './media-store.js';

/** A media store on the local file system, rooted at `dir` (created on first write). */
export function createFileMediaStore(dir: string): MediaStore {
  const tmpDir = path.join(dir, 'tmp');
  const objectsDir = path.join(dir, 'objects');
  const pathOf = (key: string) => {
    if (!BLOB_KEY.test(key)) throw new Error(`not a blob key: ${key}`);
    return path.join(objectsDir, key.slice(0, 2), key);
  };

  return {
    kind: 'files',

    async stage(source) {
      await fs.mkdir(tmpDir, { recursive: true, mode: 0o700 });
      const tmp = path.join(tmpDir, `${randomUUID()}.part`);
      const file = await fs.open(tmp, 'wx', 0o600);
      const hash = createHash('sha256');
      let size = 0;
      try {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          await file.write(chunk);
        }
        await file.sync();
      } catch (error) {
        await file.close().catch(() => {});
        await fs.rm(tmp, { force: true });
        throw error;
      }
      await file.close();
      const key = hash.digest('hex');
      return staged(key, size, tmp);
    },

    async open(key, range?: ByteRange) {
      if (!BLOB_KEY.test(key)) return null;
      const file = pathOf(key);
      try {
        await fs.access(file);
      } catch {
        return null;
      }
      return createReadStream(file, range ? { start: range.start, end: range.end } : {}) as Readable;
    },

    async stat(key) {
      if (!BLOB_KEY.test(key)) return null;
      const stat = await fs.stat(pathOf(key)).catch(() => null);
      return stat ? { size: stat.size, touchedAt: stat.mtime } : null;
    },

    async remove(key) {
      if (!BLOB_KEY.test(key)) return;
      await fs.rm(pathOf(key), { force: true });
    },

    async *list(): AsyncIterable<StoredBlobInfo> {
      for (const prefix of await entries(objectsDir)) {
        for (const key of await entries(path.join(objectsDir, prefix))) {
          if (!BLOB_KEY.test(key)) continue;
          const stat = await fs.stat(path.join(objectsDir, prefix, key)).catch(() => null);
          if (stat) yield { key, touchedAt: stat.mtime };
        }
      }
    },

    async sweepStaged(before) {
      let removed = 0;
      for (const name of await entries(tmpDir)) {
        const file = path.join(tmpDir, name);
        const stat = await fs.stat(file).catch(() => null);
        if (stat && stat.mtime < before) {
          await fs.rm(file, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };

  function staged(key: string, size: number, tmp: string): StagedBlob {
    return {
      key,
      size,
      async commit() {
        const target = pathOf(key);
        const folder = path.dirname(target);
        await fs.mkdir(folder, { recursive: true, mode: 0o700 });
        if (await exists(target)) {
          // The same bytes are already there: keep them, and make them young for the sweep.
          const now = new Date();
          await fs.utimes(target, now, now);
          await fs.rm(tmp, { force: true });
          return;
        }
        await fs.rename(tmp, target);
        await syncDirectory(folder);
      },
      async discard() {
        await fs.rm(tmp, { force: true });
      },
    };
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

// A rename is durable only once the directory holding the new name is flushed too.
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
