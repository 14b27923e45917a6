// What changed between two versions of a page, in builders' terms: one entry per changed setting,
// sections matched by id (so a moved or renamed section reads as a change, not a removal).
import { isDeepStrictEqual } from 'node:util';
import type { SavedPage, SavedSection } from './pages.schema.js';

/** One changed setting: `before` is null for something added, `after` null for something removed. */
export interface PageChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The changes from `before` to `after`. */
export function diffPages(before: SavedPage, after: SavedPage): PageChange[] {
  const changes: PageChange[] = [];
  const { sections: a, ...pageBefore } = before;
  const { sections: b, ...pageAfter } = after;
  diffObjects('', pageBefore, pageAfter, changes);
  const label = (s: SavedSection) => `sections[${s.title || s.id}]`;
  const beforeById = new Map(a.map((s, i) => [s.id, { section: s, index: i }]));
  const afterIds = new Set(b.map((s) => s.id));
  for (const { section } of beforeById.values()) {
    if (!afterIds.has(section.id)) changes.push({ path: label(section), before: section, after: null });
  }
  for (const [index, section] of b.entries()) {
    const old = beforeById.get(section.id);
    if (!old) {
      changes.push({ path: label(section), before: null, after: section });
      continue;
    }
    if (old.index !== index)
      changes.push({ path: `${label(section)}.order`, before: old.index, after: index });
    diffObjects(label(section), old.section, section, changes);
  }
  return changes;
}

function diffObjects(prefix: string, before: object, after: object, changes: PageChange[]) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b)) {
      changes.push({ path: prefix ? `${prefix}.${key}` : key, before: a ?? null, after: b ?? null });
    }
  }
}
