// The media library: uploads, renames, replacements (each a new version, the old ones kept and
// restorable) and deletions (refused while something uses the file), each audited.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { sharedErrors } from '../../http/error-codes.js';
import type { AppActor } from '../app-change/app-actor.js';
import { recordAppChange } from '../app-change/app-change.js';
import { mediaErrors } from './media.errors.js';
import {
  deleteMediaRow,
  findMediaRow,
  findMediaVersion,
  insertMediaRow,
  insertMediaVersion,
  listMediaRows,
  listMediaVersions,
  type MediaContent,
  type MediaCursor,
  type MediaRow,
  mediaBlobKeys,
  mediaContent,
  pagesUsingMedia,
  updateMediaContent,
  updateMediaLabels,
} from './media.repository.js';
import type { MediaListQuery, MediaUpdate, MediaVersionView, MediaView } from './media.schema.js';
import { collectMediaGarbage } from './media-garbage.js';
import type { MediaStore } from './media-store.js';
import { type StagedUpload, stageUpload, type UploadPart } from './media-upload.js';

type Trx = Transaction<DatabaseSchema>;
const target = (id: string) => ({ type: 'media', id });

/** The most files one upload may carry. */
export const MAX_FILES_PER_UPLOAD = 20;

/** A page of the app's files, newest first; `next` is the cursor of the following page. */
export async function listMedia(
  ctx: AppContext,
  appId: string,
  query: MediaListQuery,
): Promise<{ items: MediaView[]; next: string | null }> {
  const after = query.after === undefined ? undefined : decodeCursor(query.after);
  const rows = await listMediaRows(ctx.database.db, appId, {
    ...(query.search ? { search: query.search } : {}),
    ...(query.folder !== undefined ? { folder: query.folder } : {}),
    ...(query.tag !== undefined ? { tag: query.tag } : {}),
    ...(after ? { after } : {}),
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toMediaView),
    next:
      rows.length > query.limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
  };
}

/** One file of the app. */
export async function getMedia(ctx: AppContext, appId: string, id: string): Promise<MediaView> {
  return toMediaView(await findMediaRow(ctx.database.db, appId, id));
}

/**
 * Stores uploaded files, all or none: each is read aside first, and only when every one passed
 * are they committed and listed. A refusal names the file and keeps nothing.
 */
export async function uploadMedia(
  ctx: AppContext,
  store: MediaStore,
  actor: AppActor,
  parts: AsyncIterable<UploadPart>,
  labels: { folder: string; tags: string[] },
): Promise<MediaView[]> {
  const staged = await stageAll(ctx, store, parts);
  if (staged.length === 0) throw mediaErrors.MEDIA_NO_FILE();
  try {
    for (const upload of staged) await upload.blob.commit();
  } catch (error) {
    await discardAll(staged);
    throw error;
  }
  const appId = actor.access.appId;
  return ctx.database.db.transaction().execute(async (trx) => {
    const views: MediaView[] = [];
    for (const { content } of staged) {
      const id = randomUUID();
      const row = await insertMediaRow(trx, {
        id,
        appId,
        folder: labels.folder,
        tags: labels.tags,
        content,
        createdBy: actor.accountId || null,
        now: ctx.clock.now(),
      });
      await keepVersion(trx, actor, row, null);
      const after = toMediaView(row);
      await recordAppChange(ctx, actor, { action: 'app.media.uploaded', target: target(id), after }, trx);
      views.push(after);
    }
    return views;
  });
}

/** Renames, moves or tags a file. */
export async function updateMedia(
  ctx: AppContext,
  actor: AppActor,
  id: string,
  change: MediaUpdate,
): Promise<MediaView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await findMediaRow(trx, actor.access.appId, id, true);
    const updated = await updateMediaLabels(
      trx,
      row.id,
      {
        name: change.name ?? row.name,
        folder: change.folder ?? row.folder,
        tags: change.tags ? [...new Set(change.tags)] : row.tags,
      },
      ctx.clock.now(),
    );
    const before = toMediaView(row);
    const after = toMediaView(updated);
    await recordAppChange(
      ctx,
      actor,
      { action: 'app.media.updated', target: target(row.id), before, after },
      trx,
    );
    return after;
  });
}

/** Replaces a file's bytes with an upload of one file: its next version. */
export async function replaceMedia(
  ctx: AppContext,
  store: MediaStore,
  actor: AppActor,
  id: string,
  parts: AsyncIterable<UploadPart>,
): Promise<MediaView> {
  // The file must exist before its replacement is read.
  await findMediaRow(ctx.database.db, actor.access.appId, id);
  const staged = await stageAll(ctx, store, parts, 1);
  const upload = staged[0];
  if (!upload) throw mediaErrors.MEDIA_NO_FILE();
  try {
    await upload.blob.commit();
  } catch (error) {
    await upload.blob.discard();
    throw error;
  }
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await findMediaRow(trx, actor.access.appId, id, true);
    // The library's name stays; the bytes (and so the type and size) are the new file's.
    return saveContent(ctx, actor, trx, row, { ...upload.content, name: row.name }, null);
  });
}

/** Makes an earlier version's bytes the file's next version. */
export async function restoreMediaVersion(
  ctx: AppContext,
  actor: AppActor,
  id: string,
  version: number,
): Promise<MediaView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await findMediaRow(trx, actor.access.appId, id, true);
    const saved = await findMediaVersion(trx, row.id, version);
    return saveContent(ctx, actor, trx, row, { ...mediaContent(saved), name: row.name }, saved.version);
  });
}

/** A file's versions, newest first. */
export async function listVersions(ctx: AppContext, appId: string, id: string): Promise<MediaVersionView[]> {
  const db = ctx.database.db;
  const row = await findMediaRow(db, appId, id);
  return (await listMediaVersions(db, row.id)).map((v) => ({
    version: v.version,
    name: v.name,
    type: v.content_type,
    size: Number(v.size),
    savedAt: v.saved_at,
    savedBy: v.saved_by && v.saved_by_email ? { id: v.saved_by, email: v.saved_by_email } : null,
    restoredFrom: v.restored_from,
    url: `${contentUrl(appId, row.id)}?version=${v.version}`,
  }));
}

/** Deletes a file and its versions; refused while a page or a record uses it. */
export async function deleteMedia(
  ctx: AppContext,
  store: MediaStore,
  actor: AppActor,
  id: string,
): Promise<void> {
  const appId = actor.access.appId;
  const keys = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await findMediaRow(trx, appId, id, true);
    const pages = await pagesUsingMedia(trx, appId, row.id);
    if (pages.length > 0) {
      const uses = pages.map((p) => `page "${p.title}"`).join(', ');
      throw mediaErrors.MEDIA_IN_USE(uses, { pages, records: [] });
    }
    const keys = await mediaBlobKeys(trx, row.id);
    await deleteMediaRow(trx, row.id);
    await recordAppChange(
      ctx,
      actor,
      { action: 'app.media.deleted', target: target(row.id), before: toMediaView(row) },
      trx,
    );
    return keys;
  });
  // The bytes go with their last user; a blob that another upload just wrote is left to the sweep.
  await collectMediaGarbage(ctx, store, { keys, graceMs: 60_000 });
}

async function saveContent(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  row: MediaRow,
  content: MediaContent,
  restoredFrom: number | null,
): Promise<MediaView> {
  const updated = await updateMediaContent(trx, row.id, content, row.version + 1, ctx.clock.now());
  await keepVersion(trx, actor, updated, restoredFrom);
  const action = restoredFrom === null ? 'app.media.replaced' : 'app.media.restored';
  const details = restoredFrom === null ? {} : { restoredFrom };
  const after = toMediaView(updated);
  await recordAppChange(
    ctx,
    actor,
    { action, target: target(row.id), before: toMediaView(row), after, details },
    trx,
  );
  return after;
}

async function keepVersion(trx: Trx, actor: AppActor, row: MediaRow, restoredFrom: number | null) {
  await insertMediaVersion(trx, {
    mediaId: row.id,
    version: row.version,
    content: mediaContent(row),
    // The command line acts with no account.
    savedBy: actor.accountId || null,
    savedAt: row.updated_at,
    restoredFrom,
  });
}

// Reads every part aside; on any refusal, what was read is removed before the error goes out.
async function stageAll(
  ctx: AppContext,
  store: MediaStore,
  parts: AsyncIterable<UploadPart>,
  limit = MAX_FILES_PER_UPLOAD,
): Promise<StagedUpload[]> {
  const staged: StagedUpload[] = [];
  try {
    for await (const part of parts) {
      if (staged.length >= limit) throw mediaErrors.MEDIA_TOO_MANY_FILES(limit, { limit });
      staged.push(await stageUpload(ctx, store, part));
    }
  } catch (error) {
    await discardAll(staged);
    throw error;
  }
  return staged;
}

async function discardAll(staged: StagedUpload[]): Promise<void> {
  await Promise.all(staged.map((s) => s.blob.discard().catch(() => {})));
}

/** Where a file's current bytes are downloaded. */
export function contentUrl(appId: string, id: string): string {
  return `/api/apps/${appId}/media/${id}/content`;
}

/** A stored file as the API shows it. */
export function toMediaView(row: MediaRow): MediaView {
  return {
    id: row.id,
    name: row.name,
    folder: row.folder,
    tags: row.tags,
    type: row.content_type,
    size: Number(row.size),
    width: row.width,
    height: row.height,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    url: contentUrl(row.app_id, row.id),
  };
}

function encodeCursor(cursor: MediaCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString('base64url');
}

function decodeCursor(cursor: string): MediaCursor {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(createdAt.getTime())) {
    throw sharedErrors.VALIDATION_FAILED('The cursor is not valid.', {
      issues: [{ location: 'querystring', field: 'after', message: 'is not a cursor this API returned' }],
    });
  }
  return { createdAt, id };
}
