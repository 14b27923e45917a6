// The app_dashboard and app_dashboard_version tables of one app.
import type { Kysely, Selectable } from 'kysely';
import type {
  AppDashboardTable,
  AppDashboardVersionTable,
  DatabaseSchema,
  StoredDashboardContent,
} from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';

type Db = Kysely<DatabaseSchema>;

/** A stored dashboard at its current version. */
export type DashboardRow = Selectable<AppDashboardTable>;
export type DashboardVersionRow = Selectable<AppDashboardVersionTable> & { saved_by_email: string | null };

/** The app's dashboards, by title. */
export function listDashboardRows(db: Db, appId: string): Promise<DashboardRow[]> {
  return db
    .selectFrom('app_dashboard')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('title')
    .orderBy('id')
    .execute();
}

/** One dashboard of the app; 404 when it has none such. `lock` takes a row lock. */
export async function findDashboardRow(
  db: Db,
  appId: string,
  ref: string,
  lock = false,
): Promise<DashboardRow> {
  if (!isUuid(ref)) throw notFound('dashboard');
  let query = db
    .selectFrom('app_dashboard')
    .selectAll()
    .where('app_id', '=', appId)
    .where('id', '=', ref.toLowerCase());
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('dashboard');
  return row;
}

/** A dashboard row's content, as a version keeps it. */
export function dashboardContent(row: DashboardRow): StoredDashboardContent {
  return { title: row.title, description: row.description, widgets: row.widgets };
}

function contentColumns(content: StoredDashboardContent) {
  return {
    title: content.title,
    description: content.description,
    widgets: JSON.stringify(content.widgets),
  };
}

/** Stores a new dashboard at version 1. */
export function insertDashboardRow(
  db: Db,
  appId: string,
  id: string,
  content: StoredDashboardContent,
  now: Date,
) {
  return db
    .insertInto('app_dashboard')
    .values({ id, app_id: appId, ...contentColumns(content), version: 1, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces a dashboard's content and moves it to `version`; the caller locked the row. */
export function updateDashboardRow(
  db: Db,
  id: string,
  content: StoredDashboardContent,
  version: number,
  now: Date,
) {
  return db
    .updateTable('app_dashboard')
    .set({ ...contentColumns(content), version, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteDashboardRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('app_dashboard').where('id', '=', id).execute();
}

/** Keeps one saved version of a dashboard. */
export async function insertDashboardVersion(
  db: Db,
  version: {
    dashboardId: string;
    version: number;
    content: StoredDashboardContent;
    savedBy: string | null;
    savedAt: Date;
    restoredFrom: number | null;
  },
): Promise<void> {
  await db
    .insertInto('app_dashboard_version')
    .values({
      dashboard_id: version.dashboardId,
      version: version.version,
      content: JSON.stringify(version.content),
      saved_by: version.savedBy,
      saved_at: version.savedAt,
      restored_from: version.restoredFrom,
    })
    .execute();
}

function versions(db: Db, dashboardId: string) {
  return db
    .selectFrom('app_dashboard_version as v')
    .leftJoin('account', 'account.id', 'v.saved_by')
    .selectAll('v')
    .select('account.email as saved_by_email')
    .where('v.dashboard_id', '=', dashboardId);
}

/** A dashboard's versions, newest first. */
export function listDashboardVersions(db: Db, dashboardId: string): Promise<DashboardVersionRow[]> {
  return versions(db, dashboardId).orderBy('v.version', 'desc').execute();
}

/** One version of a dashboard, by its number (from a URL: any text); 404 when it has none such. */
export async function findDashboardVersion(
  db: Db,
  dashboardId: string,
  version: number | string,
): Promise<DashboardVersionRow> {
  const number = Number(version);
  if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) {
    throw notFound('dashboard version');
  }
  const row = await versions(db, dashboardId).where('v.version', '=', number).executeTakeFirst();
  if (!row) throw notFound('dashboard version');
  return row;
}
