// Removing bytes nothing uses: what interrupted uploads left aside, and blobs that no version of
// any file (and no variant of such a version) points at any more.
import type { AppContext } from '../../context.js';
import { deleteOrphanVariants, referencedBlobKeys } from './media.repository.js';
import type { MediaStore } from './media-store.js';

/** How long an upload may go without writing before what it wrote aside counts as abandoned. */
export const STAGED_GRACE_MS = 60 * 60 * 1000;

/**
 * Removes the blobs among `keys` (every blob of the store when left out) that nothing points at
 * and that were not committed within `graceMs`: a blob committed that recently may belong to an
 * upload whose rows are about to be written. Returns how many were removed.
 */
export async function collectMediaGarbage(
  ctx: AppContext,
  store: MediaStore,
  options: { keys?: readonly string[]; graceMs: number },
): Promise<number> {
  const db = ctx.database.db;
  const orphanVariants = await deleteOrphanVariants(db);
  const candidates = new Map<string, Date | null>();
  if (options.keys) {
    for (const key of [...options.keys, ...orphanVariants]) candidates.set(key, null);
  } else {
    for await (const blob of store.list()) candidates.set(blob.key, blob.touchedAt);
  }
  const cutoff = ctx.clock.now().getTime() - options.graceMs;
  let removed = 0;
  const keys = [...candidates.keys()];
  for (let i = 0; i < keys.length; i += 500) {
    const batch = keys.slice(i, i + 500);
    const used = await referencedBlobKeys(db, batch);
    for (const key of batch) {
      if (used.has(key)) continue;
      const touchedAt = candidates.get(key) ?? (await store.stat(key))?.touchedAt;
      if (!touchedAt || touchedAt.getTime() > cutoff) continue;
      await store.remove(key);
      removed++;
    }
  }
  return removed;
}

/**
 * Cleans the store up, as a node does when it starts: uploads abandoned before `stagedBefore`,
 * then every blob nothing uses.
 */
export async function sweepMedia(
  ctx: AppContext,
  store: MediaStore,
  options: { stagedBefore: Date; graceMs: number },
): Promise<{ staged: number; blobs: number }> {
  const staged = await store.sweepStaged(options.stagedBefore);
  const blobs = await collectMediaGarbage(ctx, store, { graceMs: options.graceMs });
  return { staged, blobs };
}
