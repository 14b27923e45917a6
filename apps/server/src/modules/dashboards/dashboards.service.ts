// Dashboards and their versions: every save is checked against the data model as it is inside the
// change's lock, stored by id, kept as a new version and audited.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema, StoredDashboardContent } from '../../db/schema.js';
import { type DocumentChange, diffDocuments } from '../../lib/document-diff.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, recordAppChange } from '../app-change/app-change.js';
import { type AppSchema, loadAppSchema } from '../data-model/app-schema.js';
import { toDashboardInput, toStoredDashboard } from './dashboard-content.js';
import { dashboardErrors } from './dashboards.errors.js';
import {
  type DashboardRow,
  dashboardContent,
  deleteDashboardRow,
  findDashboardRow,
  findDashboardVersion,
  insertDashboardRow,
  insertDashboardVersion,
  listDashboardRows,
  listDashboardVersions,
  updateDashboardRow,
} from './dashboards.repository.js';
import type { DashboardInput, DashboardUpdateInput, SavedDashboard } from './dashboards.schema.js';

type Trx = Transaction<DatabaseSchema>;
const target = (id: string) => ({ type: 'app_dashboard', id });

/** A dashboard as builders see it: content by name, with its version. */
export type DashboardView = SavedDashboard & { id: string; version: number; updatedAt: Date };

/** The app's dashboards, by title. */
export async function listDashboards(ctx: AppContext, appId: string): Promise<DashboardView[]> {
  const db = ctx.database.db;
  const [rows, appSchema] = await Promise.all([listDashboardRows(db, appId), loadAppSchema(db, appId)]);
  return rows.map((row) => toDashboardView(row, appSchema));
}

/** One dashboard. */
export async function getDashboard(ctx: AppContext, appId: string, ref: string): Promise<DashboardView> {
  const db = ctx.database.db;
  const row = await findDashboardRow(db, appId, ref);
  return toDashboardView(row, await loadAppSchema(db, appId));
}

/** Checks a dashboard as a save would, without storing it: for previews of unsaved work. */
export async function checkDashboard(
  ctx: AppContext,
  appId: string,
  input: DashboardInput,
): Promise<SavedDashboard> {
  const appSchema = await loadAppSchema(ctx.database.db, appId);
  return toDashboardInput(toStoredDashboard(input, appSchema), appSchema);
}

/** Creates a dashboard at version 1. */
export async function createDashboard(
  ctx: AppContext,
  actor: AppActor,
  input: DashboardInput,
): Promise<DashboardView> {
  const id = randomUUID();
  const action = 'app.dashboard.created';
  return changeApp(ctx, actor, { action, target: target(id) }, async (trx) => {
    const appId = actor.access.appId;
    const appSchema = await loadAppSchema(trx, appId);
    const content = toStoredDashboard(input, appSchema);
    const row = await insertDashboardRow(trx, appId, id, content, ctx.clock.now());
    await keepVersion(trx, actor, row, null);
    const after = toDashboardView(row, appSchema);
    await recordAppChange(ctx, actor, { action, target: target(id), after }, trx);
    return after;
  });
}

/** Saves a dashboard as a whole, as its next version; refused when `baseVersion` is not the current one. */
export async function updateDashboard(
  ctx: AppContext,
  actor: AppActor,
  ref: string,
  input: DashboardUpdateInput,
): Promise<DashboardView> {
  const { baseVersion, ...dashboard } = input;
  return changeApp(ctx, actor, { action: 'app.dashboard.updated', target: target(ref) }, (trx) =>
    save(ctx, actor, trx, ref, dashboard, { baseVersion, restoredFrom: null }),
  );
}

/** Deletes a dashboard and its versions. */
export async function deleteDashboard(ctx: AppContext, actor: AppActor, ref: string): Promise<void> {
  const action = 'app.dashboard.deleted';
  await changeApp(ctx, actor, { action, target: target(ref) }, async (trx) => {
    const appId = actor.access.appId;
    const row = await findDashboardRow(trx, appId, ref, true);
    const before = toDashboardView(row, await loadAppSchema(trx, appId));
    await deleteDashboardRow(trx, row.id);
    await recordAppChange(ctx, actor, { action, target: target(row.id), before }, trx);
  });
}

/** A dashboard's saved versions, newest first. */
export async function listVersions(ctx: AppContext, appId: string, ref: string) {
  const db = ctx.database.db;
  const dashboard = await findDashboardRow(db, appId, ref);
  return (await listDashboardVersions(db, dashboard.id)).map((v) => ({
    version: v.version,
    savedAt: v.saved_at,
    savedBy: v.saved_by && v.saved_by_email ? { id: v.saved_by, email: v.saved_by_email } : null,
    restoredFrom: v.restored_from,
  }));
}

/** What changed from one version to another (to the current one when `to` is left out). */
export async function diffVersions(
  ctx: AppContext,
  appId: string,
  ref: string,
  from: string,
  to?: number,
): Promise<{ from: number; to: number; changes: DocumentChange[] }> {
  const db = ctx.database.db;
  const dashboard = await findDashboardRow(db, appId, ref);
  const against = to ?? dashboard.version;
  const [before, after, appSchema] = await Promise.all([
    findDashboardVersion(db, dashboard.id, from),
    findDashboardVersion(db, dashboard.id, against),
    loadAppSchema(db, appId),
  ]);
  const shown = (content: StoredDashboardContent) => toDashboardInput(content, appSchema);
  return {
    from: before.version,
    to: against,
    changes: diffDocuments(shown(before.content), shown(after.content), 'widgets'),
  };
}

/** Saves an earlier version's content as the dashboard's next version; checked like any save. */
export async function restoreVersion(
  ctx: AppContext,
  actor: AppActor,
  ref: string,
  version: string,
): Promise<DashboardView> {
  return changeApp(ctx, actor, { action: 'app.dashboard.restored', target: target(ref) }, async (trx) => {
    const dashboard = await findDashboardRow(trx, actor.access.appId, ref, true);
    const saved = await findDashboardVersion(trx, dashboard.id, version);
    const input = toDashboardInput(saved.content, await loadAppSchema(trx, actor.access.appId));
    return save(ctx, actor, trx, dashboard.id, input, { restoredFrom: saved.version });
  });
}

async function save(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  ref: string,
  input: DashboardInput,
  options: { baseVersion?: number | undefined; restoredFrom: number | null },
): Promise<DashboardView> {
  const appId = actor.access.appId;
  const row = await findDashboardRow(trx, appId, ref, true);
  if (options.baseVersion !== undefined && options.baseVersion !== row.version) {
    throw dashboardErrors.DASHBOARD_VERSION_CONFLICT(options.baseVersion, row.version, {
      version: row.version,
    });
  }
  const appSchema = await loadAppSchema(trx, appId);
  const content = toStoredDashboard(input, appSchema);
  const before = toDashboardView(row, appSchema);
  const updated = await updateDashboardRow(trx, row.id, content, row.version + 1, ctx.clock.now());
  await keepVersion(trx, actor, updated, options.restoredFrom);
  const after = toDashboardView(updated, appSchema);
  const restored = options.restoredFrom !== null;
  const action = restored ? 'app.dashboard.restored' : 'app.dashboard.updated';
  const details = restored ? { restoredFrom: options.restoredFrom } : {};
  await recordAppChange(ctx, actor, { action, target: target(row.id), before, after, details }, trx);
  return after;
}

async function keepVersion(trx: Trx, actor: AppActor, row: DashboardRow, restoredFrom: number | null) {
  await insertDashboardVersion(trx, {
    dashboardId: row.id,
    version: row.version,
    content: dashboardContent(row),
    // The command line acts with no account.
    savedBy: actor.accountId || null,
    savedAt: row.updated_at,
    restoredFrom,
  });
}

/** A stored dashboard in builders' terms, with its id and version. */
export function toDashboardView(row: DashboardRow, appSchema: AppSchema): DashboardView {
  return {
    id: row.id,
    ...toDashboardInput(dashboardContent(row), appSchema),
    version: row.version,
    updatedAt: row.updated_at,
  };
}
