// The app_page and app_page_version tables of one app.
import type { Kysely, Selectable } from 'kysely';
import type {
  AppPageTable,
  AppPageVersionTable,
  DatabaseSchema,
  StoredPageContent,
} from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';

type Db = Kysely<DatabaseSchema>;

/** A stored page at its current version. */
export type PageRow = Selectable<AppPageTable>;
export type PageVersionRow = Selectable<AppPageVersionTable> & { saved_by_email: string | null };

/** The app's pages, in tree order within each parent. */
export function listPageRows(db: Db, appId: string): Promise<PageRow[]> {
  return db
    .selectFrom('app_page')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('position')
    .orderBy('title')
    .orderBy('id')
    .execute();
}

/** One page of the app, by id or slug; 404 when it has none such. `lock` takes a row lock. */
export async function findPageRow(db: Db, appId: string, ref: string, lock = false): Promise<PageRow> {
  let query = db.selectFrom('app_page').selectAll().where('app_id', '=', appId);
  query = isUuid(ref) ? query.where('id', '=', ref.toLowerCase()) : query.where('slug', '=', ref);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('page');
  return row;
}

/** A page row's content, as a version keeps it. */
export function pageContent(row: PageRow): StoredPageContent {
  return {
    title: row.title,
    slug: row.slug,
    icon: row.icon,
    parent: row.parent_id,
    position: row.position,
    visibility: row.visibility,
    sections: row.sections,
  };
}

/** The columns of a page's content. */
function contentColumns(content: StoredPageContent) {
  return {
    title: content.title,
    slug: content.slug,
    icon: content.icon,
    parent_id: content.parent,
    position: content.position,
    visibility: JSON.stringify(content.visibility),
    sections: JSON.stringify(content.sections),
  };
}

/** Stores a new page at version 1. */
export function insertPageRow(db: Db, appId: string, id: string, content: StoredPageContent, now: Date) {
  return db
    .insertInto('app_page')
    .values({ id, app_id: appId, ...contentColumns(content), version: 1, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces a page's content and moves it to `version`; the caller locked the row. */
export function updatePageRow(db: Db, id: string, content: StoredPageContent, version: number, now: Date) {
  return db
    .updateTable('app_page')
    .set({ ...contentColumns(content), version, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deletePageRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('app_page').where('id', '=', id).execute();
}

/** Keeps one saved version of a page. */
export async function insertPageVersion(
  db: Db,
  version: {
    pageId: string;
    version: number;
    content: StoredPageContent;
    savedBy: string | null;
    savedAt: Date;
    restoredFrom: number | null;
  },
): Promise<void> {
  await db
    .insertInto('app_page_version')
    .values({
      page_id: version.pageId,
      version: version.version,
      content: JSON.stringify(version.content),
      saved_by: version.savedBy,
      saved_at: version.savedAt,
      restored_from: version.restoredFrom,
    })
    .execute();
}

function versions(db: Db, pageId: string) {
  return db
    .selectFrom('app_page_version as v')
    .leftJoin('account', 'account.id', 'v.saved_by')
    .selectAll('v')
    .select('account.email as saved_by_email')
    .where('v.page_id', '=', pageId);
}

/** A page's versions, newest first. */
export function listPageVersions(db: Db, pageId: string): Promise<PageVersionRow[]> {
  return versions(db, pageId).orderBy('v.version', 'desc').execute();
}

/** One version of a page, by its number (from a URL: any text); 404 when it has none such. */
export async function findPageVersion(
  db: Db,
  pageId: string,
  version: number | string,
): Promise<PageVersionRow> {
  const number = Number(version);
  if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) throw notFound('page version');
  const row = await versions(db, pageId).where('v.version', '=', number).executeTakeFirst();
  if (!row) throw notFound('page version');
  return row;
}
