// Pages and their versions: every save is checked against the data model as it is inside the
// change's lock, stored by id, kept as a new version and audited.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema, StoredPageContent } from '../../db/schema.js';
import { type DocumentChange, diffDocuments } from '../../lib/document-diff.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, isUniqueViolation, recordAppChange } from '../app-change/app-change.js';
import { type AppSchema, loadAppSchema } from '../data-model/app-schema.js';
import { loadStoredPolicy } from '../rules/stored-policy.js';
import { toPageInput, toStoredPage } from './page-content.js';
import { pageErrors } from './pages.errors.js';
import {
  deletePageRow,
  findPageRow,
  findPageVersion,
  insertPageRow,
  insertPageVersion,
  listPageRows,
  listPageVersions,
  type PageRow,
  pageContent,
  updatePageRow,
} from './pages.repository.js';
import type { PageInput, PageUpdateInput, SavedPage } from './pages.schema.js';

type Trx = Transaction<DatabaseSchema>;
const target = (id: string) => ({ type: 'app_page', id });

/** A page as builders see it: content by name, with its version. */
export type PageView = SavedPage & { id: string; version: number; updatedAt: Date };

/** The app's pages, in order within each parent. */
export async function listPages(ctx: AppContext, appId: string): Promise<PageView[]> {
  const db = ctx.database.db;
  const [rows, appSchema] = await Promise.all([listPageRows(db, appId), loadAppSchema(db, appId)]);
  return rows.map((row) => toPageView(row, appSchema));
}

/** One page, by id or slug. */
export async function getPage(ctx: AppContext, appId: string, ref: string): Promise<PageView> {
  const db = ctx.database.db;
  const row = await findPageRow(db, appId, ref);
  return toPageView(row, await loadAppSchema(db, appId));
}

/** Creates a page at version 1. */
export async function createPage(ctx: AppContext, actor: AppActor, input: PageInput): Promise<PageView> {
  const id = randomUUID();
  return changeApp(ctx, actor, { action: 'app.page.created', target: target(id) }, async (trx) => {
    const appId = actor.access.appId;
    const { content, appSchema } = await resolve(trx, appId, null, input);
    const row = await withSlug(content.slug, () => insertPageRow(trx, appId, id, content, ctx.clock.now()));
    await keepVersion(trx, actor, row, null);
    const after = toPageView(row, appSchema);
    await recordAppChange(ctx, actor, { action: 'app.page.created', target: target(id), after }, trx);
    return after;
  });
}

/** Saves a page as a whole, as its next version; refused when `baseVersion` is not the current one. */
export async function updatePage(
  ctx: AppContext,
  actor: AppActor,
  ref: string,
  input: PageUpdateInput,
): Promise<PageView> {
  const { baseVersion, ...page } = input;
  return changeApp(ctx, actor, { action: 'app.page.updated', target: target(ref) }, (trx) =>
    save(ctx, actor, trx, ref, page, { baseVersion, restoredFrom: null }),
  );
}

/** Deletes a page and its versions; refused while pages sit under it. */
export async function deletePage(ctx: AppContext, actor: AppActor, ref: string): Promise<void> {
  await changeApp(ctx, actor, { action: 'app.page.deleted', target: target(ref) }, async (trx) => {
    const appId = actor.access.appId;
    const row = await findPageRow(trx, appId, ref, true);
    const children = (await listPageRows(trx, appId)).filter((p) => p.parent_id === row.id);
    if (children.length > 0) {
      throw pageErrors.PAGE_HAS_CHILDREN(children.map((c) => c.title).join(', '), {
        children: children.map((c) => ({ id: c.id, title: c.title })),
      });
    }
    const before = toPageView(row, await loadAppSchema(trx, appId));
    await deletePageRow(trx, row.id);
    await recordAppChange(ctx, actor, { action: 'app.page.deleted', target: target(row.id), before }, trx);
  });
}

/**
 * Writes a page's checked content inside a change already under way (a policy import): a new page
 * at version 1, or the next version of `existing`. Kept as a version and audited like a save.
 */
export async function writePageInChange(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  write: {
    id: string;
    existing: PageRow | null;
    content: StoredPageContent;
    appSchema: AppSchema;
    details: Record<string, unknown>;
  },
): Promise<void> {
  const { id, existing, content, appSchema, details } = write;
  const now = ctx.clock.now();
  const row = await withSlug(content.slug, () =>
    existing
      ? updatePageRow(trx, existing.id, content, existing.version + 1, now)
      : insertPageRow(trx, actor.access.appId, id, content, now),
  );
  await keepVersion(trx, actor, row, null);
  const action = existing ? 'app.page.updated' : 'app.page.created';
  const before = existing ? toPageView(existing, appSchema) : undefined;
  const after = toPageView(row, appSchema);
  await recordAppChange(ctx, actor, { action, target: target(row.id), before, after, details }, trx);
}

/** Deletes a page inside a change already under way; the caller leaves no page under it. */
export async function deletePageInChange(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  write: { row: PageRow; appSchema: AppSchema; details: Record<string, unknown> },
): Promise<void> {
  const before = toPageView(write.row, write.appSchema);
  await deletePageRow(trx, write.row.id);
  await recordAppChange(
    ctx,
    actor,
    { action: 'app.page.deleted', target: target(write.row.id), before, details: write.details },
    trx,
  );
}

/** A page's saved versions, newest first. */
export async function listVersions(ctx: AppContext, appId: string, ref: string) {
  const db = ctx.database.db;
  const page = await findPageRow(db, appId, ref);
  return (await listPageVersions(db, page.id)).map((v) => ({
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
  const page = await findPageRow(db, appId, ref);
  const target = to ?? page.version;
  const [before, after, appSchema] = await Promise.all([
    findPageVersion(db, page.id, from),
    findPageVersion(db, page.id, target),
    loadAppSchema(db, appId),
  ]);
  const shown = (content: StoredPageContent) => toPageInput(content, appSchema);
  return {
    from: before.version,
    to: target,
    changes: diffDocuments(shown(before.content), shown(after.content), 'sections'),
  };
}

/** Saves an earlier version's content as the page's next version; checked like any save. */
export async function restoreVersion(
  ctx: AppContext,
  actor: AppActor,
  ref: string,
  version: string,
): Promise<PageView> {
  return changeApp(ctx, actor, { action: 'app.page.restored', target: target(ref) }, async (trx) => {
    const page = await findPageRow(trx, actor.access.appId, ref, true);
    const saved = await findPageVersion(trx, page.id, version);
    const input = toPageInput(saved.content, await loadAppSchema(trx, actor.access.appId));
    return save(ctx, actor, trx, page.id, input, { restoredFrom: saved.version });
  });
}

async function save(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  ref: string,
  input: PageInput,
  options: { baseVersion?: number | undefined; restoredFrom: number | null },
): Promise<PageView> {
  const appId = actor.access.appId;
  const row = await findPageRow(trx, appId, ref, true);
  if (options.baseVersion !== undefined && options.baseVersion !== row.version) {
    throw pageErrors.PAGE_VERSION_CONFLICT(options.baseVersion, row.version, { version: row.version });
  }
  const { content, appSchema } = await resolve(trx, appId, row.id, input);
  const before = toPageView(row, appSchema);
  const updated = await withSlug(content.slug, () =>
    updatePageRow(trx, row.id, content, row.version + 1, ctx.clock.now()),
  );
  await keepVersion(trx, actor, updated, options.restoredFrom);
  const after = toPageView(updated, appSchema);
  const action = options.restoredFrom === null ? 'app.page.updated' : 'app.page.restored';
  const details = options.restoredFrom === null ? {} : { restoredFrom: options.restoredFrom };
  await recordAppChange(ctx, actor, { action, target: target(row.id), before, after, details }, trx);
  return after;
}

// Checks the page against the model, the roles and the other pages as they are inside the lock.
async function resolve(trx: Trx, appId: string, pageId: string | null, input: PageInput) {
  const [{ schema: appSchema, ruleSet }, pages] = await Promise.all([
    loadStoredPolicy(trx, appId),
    listPageRows(trx, appId),
  ]);
  const parents = new Map(pages.filter((p) => p.id !== pageId).map((p) => [p.id, p.parent_id]));
  const roleKeys = new Set(ruleSet.roles.map((r) => r.key));
  return { content: toStoredPage(input, { appSchema, roleKeys, parents, pageId }), appSchema };
}

async function keepVersion(trx: Trx, actor: AppActor, row: PageRow, restoredFrom: number | null) {
  await insertPageVersion(trx, {
    pageId: row.id,
    version: row.version,
    content: pageContent(row),
    // The command line acts with no account.
    savedBy: actor.accountId || null,
    savedAt: row.updated_at,
    restoredFrom,
  });
}

async function withSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw pageErrors.PAGE_SLUG_TAKEN(slug, { field: 'slug' });
    throw error;
  }
}

function toPageView(row: PageRow, appSchema: AppSchema): PageView {
  return {
    id: row.id,
    ...toPageInput(pageContent(row), appSchema),
    version: row.version,
    updatedAt: row.updated_at,
  };
}
