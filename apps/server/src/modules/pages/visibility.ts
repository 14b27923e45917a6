// Who sees which page and section (DESIGN.md §6): an audience, then a condition over the person.
// Visibility is convenience, not security: it decides what the end-user app shows, while every
// record under a visible section still goes through the data rules.
import {
  type CheckedCondition,
  checkUserCondition,
  evaluateUserCondition,
  indexSchema,
  type Principal,
  type SchemaIndex,
} from '@charter/policy';
import type { StoredSection, StoredVisibility } from '../../db/schema.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { toPageInput } from './page-content.js';
import { type PageRow, pageContent } from './pages.repository.js';
import type { Ui, UiSection } from './pages.schema.js';

/** An app's visibility conditions, each parsed and type-checked against one data model. */
export interface VisibilityConditions {
  schema: SchemaIndex;
  /** The condition checked; null when it no longer checks against the model (it hides). */
  check(condition: string): CheckedCondition | null;
}

/**
 * Checks each condition once for this data model and keeps the result: valid for as long as the
 * model stands, so a caller keeps it per policy version (which every model or page change moves).
 */
export function checkVisibilityConditions(appSchema: AppSchema): VisibilityConditions {
  const schema = indexSchema(appSchema.schema);
  const checked = new Map<string, CheckedCondition | null>();
  return {
    schema,
    check(condition) {
      const known = checked.get(condition);
      if (known !== undefined) return known;
      let result: CheckedCondition | null;
      try {
        result = checkUserCondition(condition, { schema });
      } catch {
        result = null;
      }
      checked.set(condition, result);
      return result;
    },
  };
}

/** Whether the person is in the audience and the condition holds; a condition that no longer checks hides. */
export function isVisible(
  visibility: StoredVisibility,
  principal: Principal,
  conditions: VisibilityConditions,
  now: number,
): boolean {
  if (!inAudience(visibility, principal)) return false;
  return conditionHolds(visibility, principal, conditions, now);
}

function conditionHolds(
  visibility: StoredVisibility,
  principal: Principal,
  conditions: VisibilityConditions,
  now: number,
): boolean {
  if (visibility.condition === null) return true;
  const checked = conditions.check(visibility.condition);
  return checked !== null && evaluateUserCondition(checked, principal, now);
}

function inAudience(visibility: StoredVisibility, principal: Principal): boolean {
  switch (visibility.audience) {
    case 'everyone':
      return true;
    case 'internal':
      return principal.internal;
    case 'external':
      return !principal.internal;
    case 'roles':
      return visibility.roles.some((role) => principal.roles.includes(role));
  }
}

/** The pages the person may see: visible themselves, and under a visible page (or at the top). */
export function visiblePages(
  pages: readonly PageRow[],
  principal: Principal,
  conditions: VisibilityConditions,
  now: number,
): PageRow[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const seen = new Map<string, boolean>();
  const visible = (page: PageRow, depth = 0): boolean => {
    const known = seen.get(page.id);
    if (known !== undefined) return known;
    // A page under a missing page, or deeper than there are pages (a loop), is not shown.
    const parent = page.parent_id === null ? null : byId.get(page.parent_id);
    const parentShown =
      parent === null || (parent !== undefined && depth < pages.length && visible(parent, depth + 1));
    const result = parentShown && isVisible(page.visibility, principal, conditions, now);
    seen.set(page.id, result);
    return result;
  };
  return pages.filter((p) => visible(p));
}

/**
 * The pages and sections the person may see, in builders' terms, with every visibility setting
 * left out: nothing of a hidden page or section (not its title, slug or id) is in the answer,
 * and a link to a hidden page is dropped (with its section, when no link is left).
 */
export function showPages(
  rows: readonly PageRow[],
  principal: Principal,
  appSchema: AppSchema,
  conditions: VisibilityConditions,
  now: number,
): Ui['pages'] {
  const shown = visiblePages(rows, principal, conditions, now);
  const shownIds = new Set(shown.map((p) => p.id));
  return shown.map((row) => {
    const page = toPageInput(pageContent(row), appSchema);
    const sections = page.sections.flatMap((section, i): UiSection[] => {
      if (!isVisible(row.sections[i]!.visibility, principal, conditions, now)) return [];
      const { visibility: _hidden, ...shownSection } = section;
      if (shownSection.kind !== 'links') return [shownSection];
      // A list of links to pages the person cannot see has nothing to show: it goes too.
      const links = shownSection.links.filter((l) => shownIds.has(l.page));
      return links.length > 0 ? [{ ...shownSection, links }] : [];
    });
    return { id: row.id, title: page.title, slug: page.slug, icon: page.icon, parent: page.parent, sections };
  });
}

/** A collection view the person may see (on a page they may see), by id; null otherwise. */
export function findVisibleCollectionView(
  rows: readonly PageRow[],
  sectionId: string,
  principal: Principal,
  conditions: VisibilityConditions,
  now: number,
): Extract<StoredSection, { kind: 'collectionView' }> | null {
  for (const page of visiblePages(rows, principal, conditions, now)) {
    const section = page.sections.find((s) => s.id === sectionId);
    if (section?.kind === 'collectionView' && isVisible(section.visibility, principal, conditions, now))
      return section;
  }
  return null;
}

/** Why one visibility rule holds or not for a person: the audience, then the condition. */
export interface VisibilityCheck {
  audience: StoredVisibility['audience'];
  roles: string[];
  inAudience: boolean;
  /** The condition in builders' terms, and whether it holds; null when there is none. */
  condition: { text: string; holds: boolean } | null;
  visible: boolean;
}

/**
 * Whether a person sees a page, and why: the page's own rule, each page above it, and each of its
 * sections. Conditions are shown in builders' terms.
 */
export function explainPageVisibility(
  rows: readonly PageRow[],
  page: PageRow,
  principal: Principal,
  appSchema: AppSchema,
  conditions: VisibilityConditions,
  now: number,
) {
  const display = toPageInput(pageContent(page), appSchema);
  const check = (stored: StoredVisibility, shown: string | null): VisibilityCheck => {
    const audience = inAudience(stored, principal);
    const holds = conditionHolds(stored, principal, conditions, now);
    return {
      audience: stored.audience,
      roles: stored.roles,
      inAudience: audience,
      condition: shown === null ? null : { text: shown, holds },
      visible: audience && holds,
    };
  };
  const byId = new Map(rows.map((p) => [p.id, p]));
  const above: { id: string; title: string; check: VisibilityCheck }[] = [];
  for (
    let at = page.parent_id ? byId.get(page.parent_id) : undefined;
    at;
    at = at.parent_id ? byId.get(at.parent_id) : undefined
  ) {
    if (above.length >= rows.length) break;
    const shown = toPageInput(pageContent(at), appSchema).visibility.condition;
    above.push({ id: at.id, title: at.title, check: check(at.visibility, shown) });
  }
  const own = check(page.visibility, display.visibility.condition);
  const shownIds = new Set(visiblePages(rows, principal, conditions, now).map((p) => p.id));
  const visible = own.visible && above.every((p) => p.check.visible);
  return {
    page: { id: page.id, title: page.title, slug: page.slug },
    visible,
    own,
    above,
    sections: page.sections.map((section, i) => {
      const sectionCheck = check(section.visibility, display.sections[i]!.visibility.condition);
      // As in GET /ui: a list of links with no link to a page the person sees is left out.
      const linksShown = section.kind !== 'links' || section.links.some((l) => shownIds.has(l.page));
      return {
        id: section.id,
        title: section.title,
        kind: section.kind,
        visible: visible && sectionCheck.visible && linksShown,
        check: sectionCheck,
      };
    }),
  };
}
