// What changed between two versions of a document made of parts (a page's sections, a dashboard's
// widgets), in builders' terms: one entry per changed setting, parts matched by id, so a moved or
// renamed part reads as a change, not a removal and an addition.
import { isDeepStrictEqual } from 'node:util';

/** One changed setting: where it is, e.g. `title` or `sections[Open positions].filter`. */
export interface DocumentChange {
  path: string;
  before: unknown;
  after: unknown;
}

interface Part {
  id: string;
  title: string;
}

/** The changes from `before` to `after`; `parts` names the list of parts in both. */
export function diffDocuments<K extends string, P extends Part, D extends { [key in K]: P[] }>(
  before: D,
  after: D,
  parts: K,
): DocumentChange[] {
  const changes: DocumentChange[] = [];
  const { [parts]: a, ...restBefore } = before;
  const { [parts]: b, ...restAfter } = after;
  diffObjects('', restBefore, restAfter, changes);
  const label = (p: P) => `${parts}[${p.title || p.id}]`;
  const beforeById = new Map((a as P[]).map((p, i) => [p.id, { part: p, index: i }]));
  const afterIds = new Set((b as P[]).map((p) => p.id));
  for (const { part } of beforeById.values()) {
    if (!afterIds.has(part.id)) changes.push({ path: label(part), before: part, after: null });
  }
  for (const [index, part] of (b as P[]).entries()) {
    const old = beforeById.get(part.id);
    if (!old) {
      changes.push({ path: label(part), before: null, after: part });
      continue;
    }
    if (old.index !== index) changes.push({ path: `${label(part)}.order`, before: old.index, after: index });
    diffObjects(label(part), old.part, part, changes);
  }
  return changes;
}

function diffObjects(prefix: string, before: object, after: object, changes: DocumentChange[]) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b)) {
      changes.push({ path: prefix ? `${prefix}.${key}` : key, before: a ?? null, after: b ?? null });
    }
  }
}
