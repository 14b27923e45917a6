// `?expand=position,position.hiringManager`: linked records replace their ids, each read through
// its own collection's read plan, depth ≤ 3. A target the caller cannot read stays its bare id: the
// id belongs to the record being read, the target's fields do not.
import type { FieldDef } from '@charter/policy';
import { type RecordView, readRecord } from './record-read.js';
import type { RecordScope } from './record-scope.js';
import { recordErrors, withClientErrors } from './records.errors.js';

/** Deepest expand path (`a.b.c`). */
export const MAX_EXPAND_DEPTH = 3;
/** Most linked records one request may expand. */
export const MAX_EXPANDED_RECORDS = 1000;

type Tree = Map<string, Tree>;

/** Parses the paths into a tree; 400 naming the limit when one is too deep. */
export function parseExpand(text: string): Tree {
  const tree: Tree = new Map();
  for (const path of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const segments = path.split('.');
    if (segments.length > MAX_EXPAND_DEPTH) {
      throw recordErrors.EXPAND_TOO_DEEP(MAX_EXPAND_DEPTH, {
        limit: MAX_EXPAND_DEPTH,
      });
    }
    let node = tree;
    for (const segment of segments) {
      if (!node.has(segment)) node.set(segment, new Map());
      node = node.get(segment)!;
    }
  }
  return tree;
}

/** Replaces link ids in `items` (in place) by the linked records the caller may read; others stay ids. */
export async function expandRecords(scope: RecordScope, items: RecordView[], tree: Tree): Promise<void> {
  const budget = { left: MAX_EXPANDED_RECORDS };
  await expandLevel(scope, items, tree, budget);
}

async function expandLevel(scope: RecordScope, items: RecordView[], tree: Tree, budget: { left: number }) {
  for (const [name, sub] of tree) {
    const field = linkField(scope, name);
    const target = targetScope(scope, field);
    const ids = new Set(items.flatMap((item) => idsIn(item[name])));
    budget.left -= ids.size;
    if (budget.left < 0) {
      throw recordErrors.EXPAND_TOO_LARGE(MAX_EXPANDED_RECORDS, {
        limit: MAX_EXPANDED_RECORDS,
      });
    }
    const found = new Map<string, RecordView>();
    for (const id of ids) {
      const record = await readRecord(target, id);
      if (record) found.set(id, record);
    }
    await expandLevel(target, [...found.values()], sub, budget);
    for (const item of items) {
      if (!(name in item)) continue;
      const value = item[name];
      const expanded = (id: unknown) => found.get(String(id)) ?? id;
      item[name] = Array.isArray(value) ? value.map(expanded) : value == null ? null : expanded(value);
    }
  }
}

// Only a link the caller can read may be expanded; anything else is refused by the engine itself,
// with the same error as an unknown field.
function linkField(scope: RecordScope, name: string): FieldDef {
  withClientErrors(() =>
    scope.policy.engine.compileFilter(scope.principal, scope.collection, `has(record.${name})`),
  );
  const field = scope.def.fields.find((f) => f.name === name);
  if (!field?.type.startsWith('link')) {
    throw recordErrors.NOT_A_LINK(name, {
      field: name,
    });
  }
  return field;
}

function targetScope(scope: RecordScope, field: FieldDef): RecordScope {
  const { schema, keyById } = scope.policy.schema;
  const key = field.target ?? schema.usersCollection;
  const def = schema.collections[key];
  if (!def) throw new Error(`link ${field.id} targets no collection`);
  const collectionId = [...keyById].find(([, k]) => k === key)?.[0];
  return { ...scope, collection: key, def, collectionId };
}

function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value == null ? [] : [String(value)];
}
