// The media_blob and media_chunk tables of the PostgreSQL media store.
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';

type Db = Kysely<DatabaseSchema>;

export async function insertChunk(db: Db, uploadId: string, seq: number, data: Buffer): Promise<void> {
  await db.insertInto('media_chunk').values({ upload_id: uploadId, seq, data }).execute();
}

export async function readChunk(db: Db, uploadId: string, seq: number): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('media_chunk')
    .select('data')
    .where('upload_id', '=', uploadId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row ? Buffer.from(row.data) : undefined;
}

export async function deleteUploadChunks(db: Db, uploadId: string): Promise<void> {
  await db.deleteFrom('media_chunk').where('upload_id', '=', uploadId).execute();
}

/**
 * Commits a blob: names its upload, unless the same bytes are committed already, in which case
 * they are only made young again. Returns the upload that holds the bytes.
 */
export async function insertBlobRow(
  db: Db,
  blob: { sha256: string; uploadId: string; size: number; chunkSize: number },
): Promise<string> {
  const row = await db
    .insertInto('media_blob')
    .values({ sha256: blob.sha256, upload_id: blob.uploadId, size: blob.size, chunk_size: blob.chunkSize })
    .onConflict((oc) => oc.column('sha256').doUpdateSet({ touched_at: sql`now()` }))
    .returning('upload_id')
    .executeTakeFirstOrThrow();
  return row.upload_id;
}

export function findBlobRow(db: Db, sha256: string) {
  return db.selectFrom('media_blob').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

export function deleteBlobRow(db: Db, sha256: string) {
  return db.deleteFrom('media_blob').where('sha256', '=', sha256).returning('upload_id').executeTakeFirst();
}

export function listBlobRows(db: Db) {
  return db.selectFrom('media_blob').select(['sha256', 'touched_at']).execute();
}

/** Deletes the chunks of uploads that no blob names and that got no chunk since `before`. */
export async function deleteUnclaimedChunks(db: Db, before: Date): Promise<number> {
  const stale = db
    .selectFrom('media_chunk as c')
    .select('c.upload_id')
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('media_blob as b').whereRef('b.upload_id', '=', 'c.upload_id'))),
    )
    .groupBy('c.upload_id')
    .having((eb) => eb.fn.max('c.created_at'), '<', before);
  const result = await db
    .deleteFrom('media_chunk')
    .where('upload_id', 'in', stale)
    .returning('upload_id')
    .execute();
  return new Set(result.map((r) => r.upload_id)).size;
}
