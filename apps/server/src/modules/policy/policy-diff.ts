// What an import changes, by stable keys: roles and custom rights by key, collections by key, and
// rules by collection and name. Rule names need not be unique in a collection, so rules sharing a
// name are paired identical-first, then in file order; the rest are added or removed.
import type {
  PolicyExport,
  PolicyRight,
  PolicyRole,
  PolicyRuleEntry,
  StructuralDiff,
} from './policy.schema.js';

type Changes = Record<string, { before: unknown; after: unknown }>;

/** How the app's rules map onto the file's: kept, changed (with both sides), added, removed. */
export interface RuleMatch<S, D> {
  same: { stored: S; desired: D }[];
  changed: { stored: S; desired: D; changes: Changes }[];
  added: D[];
  removed: S[];
}

/** Pairs stored rules with desired ones by collection and name. */
export function matchRules<S extends { entry: PolicyRuleEntry }, D extends { entry: PolicyRuleEntry }>(
  stored: readonly S[],
  desired: readonly D[],
): RuleMatch<S, D> {
  const match: RuleMatch<S, D> = { same: [], changed: [], added: [], removed: [] };
  const groups = new Map<string, { stored: S[]; desired: D[] }>();
  const group = (entry: PolicyRuleEntry) => {
    const key = JSON.stringify([entry.collection, entry.name]);
    const found = groups.get(key) ?? { stored: [], desired: [] };
    groups.set(key, found);
    return found;
  };
  for (const s of stored) group(s.entry).stored.push(s);
  for (const d of desired) group(d.entry).desired.push(d);
  for (const { stored: left, desired: right } of groups.values()) {
    const unmatched: D[] = [];
    for (const d of right) {
      const at = left.findIndex((s) => sameValue(s.entry, d.entry));
      if (at < 0) unmatched.push(d);
      else match.same.push({ stored: left.splice(at, 1)[0]!, desired: d });
    }
    unmatched.forEach((d, i) => {
      const s = left[i];
      if (s) match.changed.push({ stored: s, desired: d, changes: changesOf(s.entry, d.entry) });
      else match.added.push(d);
    });
    match.removed.push(...left.slice(unmatched.length));
  }
  return match;
}

/** The structural diff between the app's policy and the file's. */
export function diffPolicy(
  current: PolicyExport,
  desired: Pick<PolicyExport, 'roles' | 'customRights' | 'collections'>,
  rules: RuleMatch<{ entry: PolicyRuleEntry }, { entry: PolicyRuleEntry }>,
  holders: { roles: ReadonlyMap<string, number>; rights: ReadonlyMap<string, number> },
  pages: StructuralDiff['pages'] = { added: [], removed: [], changed: [] },
): StructuralDiff {
  const ref = (e: PolicyRuleEntry) => ({ collection: e.collection, name: e.name, kind: e.kind });
  return {
    roles: diffKeyed<PolicyRole>(current.roles, desired.roles, holders.roles),
    customRights: diffKeyed<PolicyRight>(current.customRights, desired.customRights, holders.rights),
    collections: {
      changed: Object.entries(desired.collections).flatMap(([collection, after]) => {
        const before = current.collections[collection];
        return before && before.restricted !== after.restricted
          ? [{ collection, changes: { restricted: { before: before.restricted, after: after.restricted } } }]
          : [];
      }),
    },
    rules: {
      added: rules.added.map((d) => ref(d.entry)),
      removed: rules.removed.map((s) => ref(s.entry)),
      changed: rules.changed.map((c) => ({ ...ref(c.desired.entry), changes: c.changes })),
    },
    pages,
  };
}

/** Whether a diff changes nothing. */
export function isEmptyDiff(diff: StructuralDiff): boolean {
  const parts = [diff.roles, diff.customRights, diff.rules, diff.pages];
  return (
    diff.collections.changed.length === 0 &&
    parts.every((p) => p.added.length === 0 && p.removed.length === 0 && p.changed.length === 0)
  );
}

function diffKeyed<T extends { key: string; name: string }>(
  before: readonly T[],
  after: readonly T[],
  holders: ReadonlyMap<string, number>,
) {
  const old = new Map(before.map((item) => [item.key, item]));
  const next = new Map(after.map((item) => [item.key, item]));
  return {
    added: after.filter((item) => !old.has(item.key)).map(({ key, name }) => ({ key, name })),
    removed: before
      .filter((item) => !next.has(item.key))
      .map(({ key, name }) => ({ key, name, users: holders.get(key) ?? 0 })),
    changed: after.flatMap((item) => {
      const was = old.get(item.key);
      const changes = was ? changesOf(was, item) : {};
      return Object.keys(changes).length > 0 ? [{ key: item.key, changes }] : [];
    }),
  };
}

// Properties compared by value; a property missing on one side counts as null there.
function changesOf(before: object, after: object): Changes {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return Object.fromEntries(
    keys.filter((k) => !sameValue(b[k], a[k])).map((k) => [k, { before: b[k] ?? null, after: a[k] ?? null }]),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
