// The pages of a policy file: exported by slug in a fixed order, checked against the app as the
// pages API checks a save (every problem at once, each at its path in the file), and paired with the
// app's pages by slug, so an import creates, changes and deletes exactly what differs.
import { randomUUID } from 'node:crypto';
import type { StoredPageContent, StoredSection } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { diffDocuments } from '../../lib/document-diff.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { toPageInput, toStoredPage } from '../pages/page-content.js';
import type { PageProblem } from '../pages/pages.errors.js';
import { type PageRow, pageContent } from '../pages/pages.repository.js';
import type { PageInput, SavedPage, SavedSection, Section, Visibility } from '../pages/pages.schema.js';
import type { PolicyPage, PolicySection } from './policy-pages.schema.js';

/** One problem with a page of the file, at its path (`pages.2.sections.0.filter`). */
export interface PageIssue {
  field: string;
  code: string;
  message: string;
  position?: { start: number; end: number };
  expected?: readonly string[];
}

/** A page of the app with its entry in file form. */
export interface StoredPageEntry {
  row: PageRow;
  entry: PolicyPage;
}

/** A page of the file, checked: the id it keeps or gets, and its content as it will be stored. */
export interface DesiredPage {
  id: string;
  existing: PageRow | null;
  entry: PolicyPage;
  content: StoredPageContent;
}

/** What an import does to the pages. */
export interface PagePlan {
  added: DesiredPage[];
  changed: (DesiredPage & {
    existing: PageRow;
    changes: Record<string, { before: unknown; after: unknown }>;
  })[];
  removed: StoredPageEntry[];
}

/** The app's pages in file form, ordered by slug: a page that moves in the tree stays in place. */
export function pageEntries(rows: readonly PageRow[], appSchema: AppSchema): StoredPageEntry[] {
  const slugs = new Map(rows.map((r) => [r.id, r.slug]));
  return rows
    .map((row) => ({ row, entry: pageEntry(pageContent(row), appSchema, slugs) }))
    .sort((a, b) => compareText(a.entry.slug, b.entry.slug));
}

/**
 * A page in file form: fixed key order, names for collections and fields, conditions as the engine
 * prints them, other pages by slug. A link to a page that no longer exists keeps its stored id, so
 * importing that file is refused until the link is fixed.
 */
export function pageEntry(
  content: StoredPageContent,
  appSchema: AppSchema,
  slugs: ReadonlyMap<string, string>,
): PolicyPage {
  const shown = toPageInput(content, appSchema);
  const slugOf = (id: string) => slugs.get(id) ?? id;
  return {
    slug: shown.slug,
    title: shown.title,
    icon: shown.icon,
    parent: shown.parent === null ? null : slugOf(shown.parent),
    position: shown.position,
    visibility: visibilityEntry(shown.visibility),
    sections: shown.sections.map((s) => sectionEntry(s, slugOf)),
  };
}

/**
 * Checks the file's pages against the app's data model and the file's roles, and gives each one
 * its id: the app's page with the same slug keeps its id, and its sections keep theirs (see
 * `sectionIds`).
 */
export function resolvePages(
  pages: readonly PolicyPage[],
  context: { appSchema: AppSchema; roleKeys: ReadonlySet<string>; current: readonly PageRow[] },
): { desired: DesiredPage[]; issues: PageIssue[] } {
  const issues: PageIssue[] = [];
  const currentBySlug = new Map(context.current.map((r) => [r.slug, r]));
  const idBySlug = new Map<string, string>();
  pages.forEach((page, i) => {
    if (!idBySlug.has(page.slug)) {
      idBySlug.set(page.slug, currentBySlug.get(page.slug)?.id ?? randomUUID());
      return;
    }
    issues.push({
      field: `pages.${i}.slug`,
      code: 'POLICY_DUPLICATE_KEY',
      message: `page '${page.slug}' is listed twice`,
    });
  });
  const slugs = [...idBySlug.keys()].sort(compareText);
  const unknownPage = (field: string, slug: string): PageIssue => ({
    field,
    code: 'POLICY_UNKNOWN_PAGE',
    message: `the file has no page '${slug}'`,
    expected: slugs,
  });
  const parentOf = new Map<string, string | null>();
  pages.forEach((page, i) => {
    if (page.parent !== null && !idBySlug.has(page.parent)) {
      issues.push(unknownPage(`pages.${i}.parent`, page.parent));
    }
    if (!parentOf.has(page.slug))
      parentOf.set(page.slug, idBySlug.has(page.parent ?? '') ? page.parent : null);
  });
  const looped = loopedSlugs(parentOf);
  pages.forEach((page, i) => {
    if (!looped.has(page.slug) || pages.findIndex((p) => p.slug === page.slug) !== i) return;
    issues.push({
      field: `pages.${i}.parent`,
      code: 'POLICY_PAGE_CYCLE',
      message: `page '${page.slug}' would sit under itself: ${looped.get(page.slug)!.join(' → ')}`,
    });
  });
  // The tree as the file draws it, loops cut, so each page is checked against the others.
  const parents = new Map(
    [...idBySlug].map(([slug, id]) => {
      const parent = looped.has(slug) ? null : (parentOf.get(slug) ?? null);
      return [id, parent === null ? null : idBySlug.get(parent)!] as const;
    }),
  );
  const desired: DesiredPage[] = [];
  const seen = new Set<string>();
  pages.forEach((page, i) => {
    if (seen.has(page.slug)) return;
    seen.add(page.slug);
    const id = idBySlug.get(page.slug)!;
    const existing = currentBySlug.get(page.slug) ?? null;
    const ids = sectionIds(page.sections, existing?.sections ?? []);
    const input: PageInput = {
      ...page,
      parent: parents.get(id) ?? null,
      sections: page.sections.map((section, j): Section => {
        if (section.kind !== 'links') return { ...section, id: ids[j] };
        const links = section.links.map((link, k) => {
          const target = idBySlug.get(link.page);
          if (target) return { label: link.label, page: target };
          issues.push(unknownPage(`pages.${i}.sections.${j}.links.${k}.page`, link.page));
          return { label: link.label, page: id };
        });
        return { ...section, id: ids[j], links };
      }),
    };
    const others = new Map([...parents].filter(([other]) => other !== id));
    try {
      const content = toStoredPage(input, {
        appSchema: context.appSchema,
        roleKeys: context.roleKeys,
        parents: others,
        pageId: id,
      });
      const entry = pageEntry(content, context.appSchema, new Map([...idBySlug].map(([s, x]) => [x, s])));
      desired.push({ id, existing, entry, content });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'PAGE_INVALID') throw error;
      for (const { location: _, field, ...rest } of (error.details?.issues ?? []) as PageProblem[]) {
        issues.push({
          ...rest,
          field: `pages.${i}.${field}`,
          message: `page '${page.slug}': ${rest.message}`,
        });
      }
    }
  });
  return { desired: desired.sort((a, b) => compareText(a.entry.slug, b.entry.slug)), issues };
}

/** Pairs the app's pages with the file's by slug: added, changed (unchanged ones are left out), removed. */
export function planPages(current: readonly StoredPageEntry[], desired: readonly DesiredPage[]): PagePlan {
  const wanted = new Set(desired.map((d) => d.entry.slug));
  const bySlug = new Map(current.map((c) => [c.entry.slug, c]));
  const plan: PagePlan = {
    added: [],
    changed: [],
    removed: current.filter((c) => !wanted.has(c.entry.slug)),
  };
  for (const page of desired) {
    const now = bySlug.get(page.entry.slug);
    if (!now || !page.existing) {
      plan.added.push(page);
      continue;
    }
    if (JSON.stringify(now.entry) === JSON.stringify(page.entry)) continue;
    const before = savedForm(now.entry, now.row.sections);
    const after = savedForm(page.entry, page.content.sections);
    const changes = Object.fromEntries(
      diffDocuments(before, after, 'sections').map((c) => [c.path, { before: c.before, after: c.after }]),
    );
    plan.changed.push({ ...page, existing: page.existing, changes });
  }
  return plan;
}

/** The pages part of the import's diff. */
export function pagesDiffOf(plan: PagePlan | null) {
  const ref = (entry: PolicyPage) => ({ slug: entry.slug, title: entry.title });
  return {
    added: plan?.added.map((p) => ref(p.entry)) ?? [],
    removed: plan?.removed.map((p) => ref(p.entry)) ?? [],
    changed: plan?.changed.map((p) => ({ ...ref(p.entry), changes: p.changes })) ?? [],
  };
}

/**
 * The ids of the file's sections: an existing section of the same kind and title keeps its id (so
 * moving a section keeps it), then one of the same kind at the same place (so renaming it does);
 * any other section is new.
 */
export function sectionIds(sections: readonly PolicySection[], existing: readonly StoredSection[]): string[] {
  const taken = new Set<number>();
  const ids: (string | undefined)[] = sections.map((s) => {
    const at = existing.findIndex((e, j) => !taken.has(j) && e.kind === s.kind && e.title === s.title);
    if (at < 0) return undefined;
    taken.add(at);
    return existing[at]!.id;
  });
  return sections.map((s, i) => {
    const id = ids[i];
    if (id !== undefined) return id;
    const same = existing[i];
    if (same && !taken.has(i) && same.kind === s.kind) {
      taken.add(i);
      return same.id;
    }
    return randomUUID();
  });
}

// Each page caught in a loop of parents, with the loop as the file draws it.
function loopedSlugs(parentOf: ReadonlyMap<string, string | null>): Map<string, string[]> {
  const looped = new Map<string, string[]>();
  for (const start of parentOf.keys()) {
    const path = [start];
    for (let at = parentOf.get(start) ?? null; at !== null && path.length <= parentOf.size; ) {
      path.push(at);
      if (at === start) {
        looped.set(start, path);
        break;
      }
      at = parentOf.get(at) ?? null;
    }
  }
  return looped;
}

// A file entry with its section ids, in the form the pages' version diff compares.
function savedForm(entry: PolicyPage, sections: readonly { id: string }[]): SavedPage {
  return {
    ...entry,
    sections: entry.sections.map((s, i) => ({ ...s, id: sections[i]?.id ?? '' }) as SavedSection),
  } as SavedPage;
}

function visibilityEntry(v: Visibility): Visibility {
  return { audience: v.audience, roles: [...v.roles], condition: v.condition };
}

function sectionEntry(section: SavedSection, slugOf: (id: string) => string): PolicySection {
  const base = { title: section.title, visibility: visibilityEntry(section.visibility) };
  switch (section.kind) {
    case 'collectionView':
      return {
        kind: 'collectionView',
        ...base,
        collection: section.collection,
        layout: section.layout,
        fields: [...section.fields],
        sort: section.sort.map((s) => ({ field: s.field, direction: s.direction })),
        filter: section.filter,
      };
    case 'recordView':
      return {
        kind: 'recordView',
        ...base,
        collection: section.collection,
        mode: section.mode,
        fields: [...section.fields],
      };
    case 'text':
      return { kind: 'text', ...base, markdown: section.markdown };
    case 'links':
      return {
        kind: 'links',
        ...base,
        links: section.links.map((l) => ({ label: l.label, page: slugOf(l.page) })),
      };
  }
}

// Code-point order: independent of the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
