// The PostgreSQL media store: a blob is a run of bytea chunks in media_chunk, written under an
// upload id as they arrive (one statement per chunk, so an upload holds no connection and no
// more than one chunk in memory), and made visible by one insert into media_blob naming that
// upload. An upload that never commits leaves chunks that nothing names: never served, and
// removed by the sweep.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { BLOB_KEY, type ByteRange, type MediaStore, type StoredBlobInfo } from './media-store.js';
import {
  deleteBlobRow,
  deleteUnclaimedChunks,
  deleteUploadChunks,
  findBlobRow,
  insertBlobRow,
  insertChunk,
  listBlobRows,
  readChunk,
} from './media-store.repository.js';

/** Each chunk but an upload's last holds exactly this many bytes, so a range maps to chunks. */
export const CHUNK_SIZE = 256 * 1024;

/** A media store inside the PostgreSQL database. */
export function createPostgresMediaStore(db: Kysely<DatabaseSchema>, chunkSize = CHUNK_SIZE): MediaStore {
  return {
    kind: 'postgres',

    async stage(source) {
      const uploadId = randomUUID();
      const hash = createHash('sha256');
      let size = 0;
      let seq = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async (bytes: number) => {
        const all = Buffer.concat(pending, pendingBytes);
        await insertChunk(db, uploadId, seq++, all.subarray(0, bytes));
        const rest = all.subarray(bytes);
        pending = rest.length > 0 ? [Buffer.from(rest)] : [];
        pendingBytes = rest.length;
      };
      try {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          pending.push(chunk);
          pendingBytes += chunk.length;
          while (pendingBytes >= chunkSize) await flush(chunkSize);
        }
        if (pendingBytes > 0 || seq === 0) await flush(pendingBytes);
      } catch (error) {
        await deleteUploadChunks(db, uploadId).catch(() => {});
        throw error;
      }
      const key = hash.digest('hex');
      return {
        key,
        size,
        async commit() {
          const owner = await insertBlobRow(db, { sha256: key, uploadId, size, chunkSize });
          // The same bytes were committed before: theirs stay, these chunks go.
          if (owner !== uploadId) await deleteUploadChunks(db, uploadId);
        },
        async discard() {
          await deleteUploadChunks(db, uploadId);
        },
      };
    },

    async open(key, range?: ByteRange) {
      if (!BLOB_KEY.test(key)) return null;
      const blob = await findBlobRow(db, key);
      if (!blob) return null;
      const size = Number(blob.size);
      const start = range?.start ?? 0;
      const end = Math.min(range?.end ?? size - 1, size - 1);
      return Readable.from(chunksOf(db, blob.upload_id, blob.chunk_size, start, end));
    },

    async stat(key) {
      const blob = BLOB_KEY.test(key) ? await findBlobRow(db, key) : undefined;
      return blob ? { size: Number(blob.size), touchedAt: blob.touched_at } : null;
    },

    async remove(key) {
      if (!BLOB_KEY.test(key)) return;
      const blob = await deleteBlobRow(db, key);
      if (blob) await deleteUploadChunks(db, blob.upload_id);
    },

    async *list(): AsyncIterable<StoredBlobInfo> {
      for (const row of await listBlobRows(db)) yield { key: row.sha256, touchedAt: row.touched_at };
    },

    sweepStaged: (before) => deleteUnclaimedChunks(db, before),
  };
}

// Reads one chunk per statement, only those the range covers, and trims the ends.
async function* chunksOf(
  db: Kysely<DatabaseSchema>,
  uploadId: string,
  chunkSize: number,
  start: number,
  end: number,
): AsyncGenerator<Buffer> {
  if (end < start) return;
  for (let seq = Math.floor(start / chunkSize); seq * chunkSize <= end; seq++) {
    const data = await readChunk(db, uploadId, seq);
    if (!data) throw new Error(`media chunk ${seq} of upload ${uploadId} is missing`);
    const offset = seq * chunkSize;
    yield data.subarray(Math.max(0, start - offset), Math.min(data.length, end - offset + 1));
  }
}
