// A record exactly as stored, with the related records a condition reads through, for explain.
// Builders ask about a record whatever the explained user may see, so this read is unfiltered;
// only the explanation (which names fields, not their values) leaves the module.
import { isManyLink, type Principal, relationPaths } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppPolicy } from '../data/policy-engines.js';
import { runSql, toRecordView } from '../records/record-read.js';

type Row = Record<string, unknown>;

// Sees every row and field of every collection: the engine's allData bypass.
const UNFILTERED: Principal = Object.freeze({
  id: '00000000-0000-0000-0000-000000000000',
  roles: [],
  rights: [],
  internal: true,
  builder: true,
  allData: true,
  attributes: {},
  anonymous: false,
});

/** Loads one stored row by id, or null; links hold ids. */
async function loadRow(
  db: Kysely<DatabaseSchema>,
  policy: AppPolicy,
  collection: string,
  id: string,
): Promise<Row | null> {
  const def = policy.schema.schema.collections[collection];
  if (!def) return null;
  const query = policy.engine.compileListQuery(UNFILTERED, collection, { id, limit: 1 });
  const row = (await runSql(db, query.sql))[0];
  return row ? toRecordView(row, query, def) : null;
}

/** Replaces the links on `paths` by the loaded records (many-links by arrays of them). */
async function loadPaths(
  db: Kysely<DatabaseSchema>,
  policy: AppPolicy,
  collection: string,
  row: Row,
  paths: readonly (readonly string[])[],
): Promise<Row> {
  const def = policy.schema.schema.collections[collection];
  const byHop = new Map<string, (readonly string[])[]>();
  for (const [hop, ...rest] of paths) {
    if (hop === undefined) continue;
    byHop.set(hop, [...(byHop.get(hop) ?? []), ...(rest.length > 0 ? [rest] : [])]);
  }
  const loaded: Row = { ...row };
  for (const [hop, tails] of byHop) {
    const field = def?.fields.find((f) => f.name === hop);
    const userLink = field?.type === 'linkUser' || field?.type === 'linkUsers';
    const target = userLink ? policy.schema.schema.usersCollection : field?.target;
    if (!field || !target) continue;
    const one = async (id: unknown) => {
      if (typeof id !== 'string') return null;
      const related = await loadRow(db, policy, target, id);
      return related ? loadPaths(db, policy, target, related, tails) : null;
    };
    const value = row[hop];
    if (isManyLink(field)) {
      const ids = Array.isArray(value) ? value : [];
      loaded[hop] = (await Promise.all(ids.map(one))).filter((r) => r !== null);
    } else {
      loaded[hop] = await one(value);
    }
  }
  return loaded;
}

/** The record with every relation the principal's plan for `action` reads loaded, or null. */
export async function loadRecordGraph(
  db: Kysely<DatabaseSchema>,
  policy: AppPolicy,
  input: {
    principal: Principal;
    action: 'read' | 'create' | 'update' | 'delete';
    collection: string;
    id: string;
  },
): Promise<Row | null> {
  const row = await loadRow(db, policy, input.collection, input.id);
  if (!row) return null;
  const plan = policy.engine.planAccess(input.principal, input.action, input.collection);
  return loadPaths(db, policy, input.collection, row, relationPaths(plan));
}
