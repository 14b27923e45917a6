// Who gains and who loses seeing pages and sections by a change: each app user's view of the pages
// compared under two states, exactly as GET /ui would show them (a page under a hidden page is
// hidden, and a list of links leading only to hidden pages is left out).
import type { Principal, RuleSet } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { PageRow } from '../pages/pages.repository.js';
import { isVisible, type VisibilityConditions, visiblePages } from '../pages/visibility.js';
import { loadImpactUsers, type Memberships, principalOn } from './impact-users.js';

/** An app user as a preview names them. */
export interface AudienceUser {
  id: string;
  email: string;
  name: string;
}

/** Some users: how many, and the first of them by email. */
export interface UserList {
  count: number;
  users: AudienceUser[];
}

/** Who starts and who stops seeing one section. */
export interface SectionAudienceChange {
  id: string | null;
  title: string;
  kind: string;
  gains: UserList;
  losses: UserList;
}

/** Who starts and who stops seeing one page, and each of its sections. */
export interface PageAudienceChange {
  page: { id: string | null; slug: string; title: string };
  /** How many users see the page before and after. */
  before: number;
  after: number;
  gains: UserList;
  losses: UserList;
  sections: SectionAudienceChange[];
}

/** One side of the comparison: the pages, and each user's principal on that side. */
export interface PagesState {
  rows: readonly PageRow[];
  /** The visibility conditions checked against that side's data model. */
  conditions: VisibilityConditions;
  principals: ReadonlyMap<string, Principal>;
}

/** Lists name this many users at most; `count` says how many there are in all. */
export const LISTED_USERS = 50;

/** The app's active users, by email, with their names. */
export async function loadAudienceUsers(db: Kysely<DatabaseSchema>, appId: string) {
  const users = await loadImpactUsers(db, appId);
  const names =
    users.length === 0
      ? []
      : await db
          .selectFrom('account')
          .select(['id', 'name'])
          .where(
            'id',
            'in',
            users.map((u) => u.id),
          )
          .execute();
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return users.map((user) => ({ ...user, name: nameOf.get(user.id) ?? '' }));
}

/** Each user's principal with the roles of one side, as the records API and GET /ui build it. */
export function principalsOn(
  users: Awaited<ReturnType<typeof loadAudienceUsers>>,
  memberships: Memberships,
  ruleSet: RuleSet,
): Map<string, Principal> {
  return new Map(users.map((u) => [u.id, principalOn(u, memberships.get(u.id) ?? [], ruleSet)]));
}

/**
 * Who gains and who loses seeing each page and section from `before` to `after`. `include` names
 * pages listed with every section even without a change; other pages are listed only when someone
 * gains or loses them or one of their sections, with just those sections.
 */
export function compareAudiences(
  users: readonly AudienceUser[],
  before: PagesState,
  after: PagesState,
  now: number,
  include: ReadonlySet<string> = new Set(),
): PageAudienceChange[] {
  const seen = users.map((user) => ({
    user,
    before: sightOf(before, before.principals.get(user.id), now),
    after: sightOf(after, after.principals.get(user.id), now),
  }));
  // Who starts and who stops being one of those `has` holds for.
  const change = (has: (s: Sight) => boolean) => ({
    gains: toList(seen.filter((s) => !has(s.before) && has(s.after)).map((s) => s.user)),
    losses: toList(seen.filter((s) => has(s.before) && !has(s.after)).map((s) => s.user)),
  });
  const beforeById = new Map(before.rows.map((r) => [r.id, r]));
  const afterIds = new Set(after.rows.map((r) => r.id));
  const rows = [...after.rows, ...before.rows.filter((r) => !afterIds.has(r.id))];
  return rows.flatMap((row): PageAudienceChange[] => {
    const old = beforeById.get(row.id);
    const listed = include.has(row.id);
    const sectionRows = [
      ...row.sections,
      ...(old && old !== row ? old.sections.filter((s) => !row.sections.some((n) => n.id === s.id)) : []),
    ];
    const sections = sectionRows
      .map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        ...change((sight) => sight.sections.has(s.id)),
      }))
      .filter((s) => listed || s.gains.count > 0 || s.losses.count > 0);
    const { gains, losses } = change((sight) => sight.pages.has(row.id));
    if (!listed && gains.count === 0 && losses.count === 0 && sections.length === 0) return [];
    return [
      {
        page: { id: row.id, slug: row.slug, title: row.title },
        before: seen.filter((s) => s.before.pages.has(row.id)).length,
        after: seen.filter((s) => s.after.pages.has(row.id)).length,
        gains,
        losses,
        sections,
      },
    ];
  });
}

/** What one person sees: page ids and section ids. */
interface Sight {
  pages: Set<string>;
  sections: Set<string>;
}

function sightOf(state: PagesState, principal: Principal | undefined, now: number): Sight {
  const sight: Sight = { pages: new Set(), sections: new Set() };
  if (!principal) return sight;
  const shown = visiblePages(state.rows, principal, state.conditions, now);
  for (const page of shown) sight.pages.add(page.id);
  for (const page of shown) {
    for (const section of page.sections) {
      if (!isVisible(section.visibility, principal, state.conditions, now)) continue;
      // As in GET /ui: a list of links to pages the person cannot see is left out.
      if (section.kind === 'links' && !section.links.some((l) => sight.pages.has(l.page))) continue;
      sight.sections.add(section.id);
    }
  }
  return sight;
}

function toList(users: readonly AudienceUser[]): UserList {
  return {
    count: users.length,
    users: users.slice(0, LISTED_USERS).map(({ id, email, name }) => ({ id, email, name })),
  };
}
