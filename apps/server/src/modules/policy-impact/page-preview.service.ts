// The impact of a page before it is saved: who would start and who would stop seeing it and each of
// its sections, the pages under it that follow it, and what lint would say about it. The page is
// checked exactly as a save checks it; nothing is written.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context.js';
import type { StoredPageContent } from '../../db/schema.js';
import { toStoredPage } from '../pages/page-content.js';
import { lintPages } from '../pages/page-lint.js';
import { pageErrors } from '../pages/pages.errors.js';
import { findPageRow, listPageRows, type PageRow } from '../pages/pages.repository.js';
import { checkVisibilityConditions } from '../pages/visibility.js';
import { loadStoredPolicy } from '../rules/stored-policy.js';
import { loadMemberships } from './impact-users.js';
import { compareAudiences, loadAudienceUsers, principalsOn } from './page-audience.js';
import type { PagePreview, PagePreviewInput } from './page-preview.schema.js';

/** Previews saving `proposed` as the page `page` (or as a new page); 400 PAGE_INVALID like a save. */
export async function previewPage(
  ctx: AppContext,
  appId: string,
  input: PagePreviewInput,
): Promise<PagePreview> {
  const db = ctx.database.db;
  const [{ schema: appSchema, ruleSet }, rows] = await Promise.all([
    loadStoredPolicy(db, appId),
    listPageRows(db, appId),
  ]);
  const existing = input.page === undefined ? null : await findPageRow(db, appId, input.page);
  const parents = new Map(rows.filter((p) => p.id !== existing?.id).map((p) => [p.id, p.parent_id]));
  const roleKeys = new Set(ruleSet.roles.map((r) => r.key));
  const content = toStoredPage(input.proposed, {
    appSchema,
    roleKeys,
    parents,
    pageId: existing?.id ?? null,
  });
  if (rows.some((r) => r.slug === content.slug && r.id !== existing?.id)) {
    throw pageErrors.PAGE_SLUG_TAKEN(content.slug, { field: 'slug' });
  }
  const now = ctx.clock.now();
  const proposed = proposedRow(existing, appId, content, now);
  const after = existing ? rows.map((r) => (r.id === existing.id ? proposed : r)) : [...rows, proposed];

  const [users, memberships] = await Promise.all([loadAudienceUsers(db, appId), loadMemberships(db, appId)]);
  const principals = principalsOn(users, memberships, ruleSet);
  const conditions = checkVisibilityConditions(appSchema);
  const changes = compareAudiences(
    users,
    { rows, conditions, principals },
    { rows: after, conditions, principals },
    now.getTime(),
    new Set([proposed.id]),
  );
  // Ids the server made up for what is not saved yet are not ids anyone can use: they show as null.
  const saved = new Set(existing?.sections.map((s) => s.id) ?? []);
  const own = changes.find((c) => c.page.id === proposed.id)!;
  const below = pagesBelow(proposed.id, [...rows, ...after]);
  return {
    users: users.length,
    page: {
      ...own,
      page: { ...own.page, id: existing?.id ?? null },
      sections: own.sections.map((s) => ({ ...s, id: s.id !== null && saved.has(s.id) ? s.id : null })),
    },
    pagesBelow: changes.filter((c) => c.page.id !== null && below.has(c.page.id)),
    warnings: lintPages([proposed], appSchema, ruleSet),
  };
}

function proposedRow(
  existing: PageRow | null,
  appId: string,
  content: StoredPageContent,
  now: Date,
): PageRow {
  return {
    id: existing?.id ?? randomUUID(),
    app_id: appId,
    title: content.title,
    slug: content.slug,
    icon: content.icon,
    parent_id: content.parent,
    position: content.position,
    visibility: content.visibility,
    sections: content.sections,
    version: (existing?.version ?? 0) + 1,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
}

// The pages under `pageId`, now or as proposed: hiding a page hides them too.
function pagesBelow(pageId: string, rows: readonly PageRow[]): Set<string> {
  const below = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) {
      const parent = row.parent_id;
      if (parent !== null && (parent === pageId || below.has(parent)) && !below.has(row.id)) {
        if (row.id === pageId) continue;
        below.add(row.id);
        grew = true;
      }
    }
  }
  return below;
}
