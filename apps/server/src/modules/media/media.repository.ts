// The media, media_version and media_variant tables, and what uses a media file.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DatabaseSchema, MediaTable, MediaVariantTable } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';

type Db = Kysely<DatabaseSchema>;

/** A stored media file at its current version. */
export type MediaRow = Selectable<MediaTable>;
export type MediaVariantRow = Selectable<MediaVariantTable>;

/** A file's content, as each version keeps it. */
export interface MediaContent {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
}

/** Where a page of the list starts: after this (created_at, id), newest first. */
export interface MediaCursor {
  createdAt: Date;
  id: string;
}

/** A page of an app's files, newest first; one more row than `limit` says there is a next page. */
export function listMediaRows(
  db: Db,
  appId: string,
  filter: { search?: string; folder?: string; tag?: string; after?: MediaCursor; limit: number },
): Promise<MediaRow[]> {
  let query = db.selectFrom('media').selectAll().where('app_id', '=', appId);
  if (filter.search) query = query.where('name', 'ilike', `%${escapeLike(filter.search)}%`);
  if (filter.folder !== undefined) query = query.where('folder', '=', filter.folder);
  if (filter.tag !== undefined) query = query.where(sql<boolean>`${filter.tag} = any(tags)`);
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** One file of the app; 404 when it has none such. `lock` takes a row lock. */
export async function findMediaRow(db: Db, appId: string, id: string, lock = false): Promise<MediaRow> {
  let query = db.selectFrom('media').selectAll().where('app_id', '=', appId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('media file');
  return row;
}

export function insertMediaRow(
  db: Db,
  media: {
    id: string;
    appId: string;
    folder: string;
    tags: string[];
    content: MediaContent;
    createdBy: string | null;
    now: Date;
  },
): Promise<MediaRow> {
  return db
    .insertInto('media')
    .values({
      id: media.id,
      app_id: media.appId,
      folder: media.folder,
      tags: media.tags,
      version: 1,
      ...contentColumns(media.content),
      created_by: media.createdBy,
      created_at: media.now,
      updated_at: media.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Moves a file to new content at `version`; the caller locked the row. */
export function updateMediaContent(db: Db, id: string, content: MediaContent, version: number, now: Date) {
  return db
    .updateTable('media')
    .set({ ...contentColumns(content), version, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Renames, moves or tags a file: its content and version stay. */
export function updateMediaLabels(
  db: Db,
  id: string,
  labels: { name: string; folder: string; tags: string[] },
  now: Date,
) {
  return db
    .updateTable('media')
    .set({ name: labels.name, folder: labels.folder, tags: labels.tags, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteMediaRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('media').where('id', '=', id).execute();
}

export async function insertMediaVersion(
  db: Db,
  version: {
    mediaId: string;
    version: number;
    content: MediaContent;
    savedBy: string | null;
    savedAt: Date;
    restoredFrom: number | null;
  },
): Promise<void> {
  await db
    .insertInto('media_version')
    .values({
      media_id: version.mediaId,
      version: version.version,
      ...contentColumns(version.content),
      saved_by: version.savedBy,
      saved_at: version.savedAt,
      restored_from: version.restoredFrom,
    })
    .execute();
}

function versions(db: Db, mediaId: string) {
  return db
    .selectFrom('media_version as v')
    .leftJoin('account', 'account.id', 'v.saved_by')
    .selectAll('v')
    .select('account.email as saved_by_email')
    .where('v.media_id', '=', mediaId);
}

/** A file's versions, newest first. */
export function listMediaVersions(db: Db, mediaId: string) {
  return versions(db, mediaId).orderBy('v.version', 'desc').execute();
}

/** One version of a file; 404 when it has none such. */
export async function findMediaVersion(db: Db, mediaId: string, version: number) {
  const row = await versions(db, mediaId).where('v.version', '=', version).executeTakeFirst();
  if (!row) throw notFound('media version');
  return row;
}

/** The blobs a file's versions point at. */
export async function mediaBlobKeys(db: Db, mediaId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('media_version')
    .select('sha256')
    .distinct()
    .where('media_id', '=', mediaId)
    .execute();
  return rows.map((r) => r.sha256);
}

/** Of these blobs, those that some version or variant still points at. */
export async function referencedBlobKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const [versions, variants] = await Promise.all([
    db.selectFrom('media_version').select('sha256 as key').distinct().where('sha256', 'in', keys).execute(),
    db
      .selectFrom('media_variant')
      .select('variant_sha256 as key')
      .distinct()
      .where('variant_sha256', 'in', keys)
      .where((eb) =>
        eb.exists(eb.selectFrom('media_version as v').whereRef('v.sha256', '=', 'media_variant.sha256')),
      )
      .execute(),
  ]);
  return new Set([...versions, ...variants].map((r) => r.key));
}

/** Forgets the variants of sources that no version points at; returns their blobs. */
export async function deleteOrphanVariants(db: Db): Promise<string[]> {
  const rows = await db
    .deleteFrom('media_variant')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('media_version as v').whereRef('v.sha256', '=', 'media_variant.sha256')),
      ),
    )
    .returning('variant_sha256')
    .execute();
  return rows.map((r) => r.variant_sha256);
}

export function findVariant(db: Db, sha256: string, width: number): Promise<MediaVariantRow | undefined> {
  return db
    .selectFrom('media_variant')
    .selectAll()
    .where('sha256', '=', sha256)
    .where('width', '=', width)
    .executeTakeFirst();
}

export async function insertVariant(
  db: Db,
  variant: { sha256: string; width: number; variantSha256: string; contentType: string; size: number },
): Promise<void> {
  await db
    .insertInto('media_variant')
    .values({
      sha256: variant.sha256,
      width: variant.width,
      variant_sha256: variant.variantSha256,
      content_type: variant.contentType,
      size: variant.size,
    })
    .onConflict((oc) => oc.columns(['sha256', 'width']).doNothing())
    .execute();
}

/** The app's pages whose sections name the file. */
export function pagesUsingMedia(db: Db, appId: string, mediaId: string) {
  return db
    .selectFrom('app_page')
    .select(['id', 'title', 'slug'])
    .where('app_id', '=', appId)
    .where(sql<boolean>`position(${mediaId} in sections::text) > 0`)
    .orderBy('title')
    .execute();
}

function contentColumns(content: MediaContent) {
  return {
    name: content.name,
    content_type: content.contentType,
    size: content.size,
    sha256: content.sha256,
    width: content.width,
    height: content.height,
  };
}

/** A row's content, as a version keeps it. */
export function mediaContent(row: {
  name: string;
  content_type: string;
  size: string | number;
  sha256: string;
  width: number | null;
  height: number | null;
}): MediaContent {
  return {
    name: row.name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    width: row.width,
    height: row.height,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
