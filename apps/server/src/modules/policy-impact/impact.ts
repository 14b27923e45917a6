// Who gains and who loses access when an app's policy changes.
import { ACTIONS, type Action, createPolicyEngine, type PolicyEngine, type RuleSet } from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { qualifiedName } from '../data-model/storage-names.js';
import { countChanges } from './impact-counts.js';
import {
  type CountedChange,
  changesOf,
  fieldChanges,
  type MeasuredChange,
  rowChange,
  sentencesOf,
} from './impact-summary.js';
import {
  type ImpactUser,
  loadImpactUsers,
  loadMemberships,
  type Memberships,
  principalOn,
} from './impact-users.js';
import { type Side, variantsOf } from './impact-variants.js';

/** One side of a comparison: the model and the rules the engine would be built from. */
export interface PolicySnapshot {
  readonly schema: AppSchema;
  readonly ruleSet: RuleSet;
  /**
   * Role keys per account id on this side. Absent: as the database holds them. A preview of a
   * change that moves users between roles (deleting a role) takes them before the change.
   */
  readonly memberships?: Memberships;
}

/** Counts of a change in access; a user or record counts once per direction. */
export interface AccessChange {
  readonly usersGaining: number;
  readonly usersLosing: number;
  readonly recordsGaining: number;
  readonly recordsLosing: number;
}

/** A field that becomes readable or updatable (or stops being so) on some records. */
export interface FieldImpact extends AccessChange {
  readonly field: string;
  readonly access: 'read' | 'update';
}

/** The change of one action on one collection, with its fields. */
export interface CollectionImpact extends AccessChange {
  readonly collection: string;
  readonly action: Action;
  readonly fields: readonly FieldImpact[];
}

/** What one app user gains and loses, as short sentences a builder can read. */
export interface UserImpact {
  readonly userId: string;
  readonly email: string;
  readonly gains: readonly string[];
  readonly losses: readonly string[];
  /** The same, counted: for a screen that weighs a change rather than reads it. */
  readonly changes: readonly CountedChange[];
}

/** The whole preview; only collections, fields and users with a change are listed. */
export interface Impact {
  readonly unchanged: boolean;
  readonly collections: readonly CollectionImpact[];
  readonly users: readonly UserImpact[];
}

/**
 * Compares what every app user may do under `before` and `after`. `db` sees the data in the
 * state of `after` (a preview applies the change in a transaction, measures, and rolls back).
 *
 * Users whose plans compile to the same SQL on both sides are skipped without a query, and users
 * whose plan pairs are equal are counted together, so the cost is one scan of a collection's
 * table per (collection, action) whose plans changed for somebody. Rules that read `now` see `now`
 * (the context's clock), as a request at that moment would.
 */
export async function computeImpact(
  db: Kysely<DatabaseSchema>,
  appId: string,
  before: PolicySnapshot,
  after: PolicySnapshot,
  now: Date,
): Promise<Impact> {
  const users = await loadImpactUsers(db, appId);
  const current = before.memberships && after.memberships ? null : await loadMemberships(db, appId);
  const beforeEngine = engineOf(before);
  const afterEngine = engineOf(after);
  const sides = users.map((user) => ({
    id: user.id,
    before: sideOf(user, before, current, beforeEngine),
    after: sideOf(user, after, current, afterEngine),
  }));
  const measured: MeasuredChange[] = [];
  for (const def of Object.values(after.schema.schema.collections).sort((a, b) =>
    a.key.localeCompare(b.key),
  )) {
    const perAction = ACTIONS.map((action) => ({
      action,
      variants: variantsOf(sides, def, action, now.getTime()),
    }));
    if (perAction.every((a) => a.variants.length === 0) || !(await tableExists(db, def.table))) continue;
    for (const { action, variants } of perAction) {
      if (variants.length === 0) continue;
      const { variants: counts, union } = await countChanges(db, def, variants);
      measured.push({ collection: def.key, label: def.name ?? def.key, action, variants, counts, union });
    }
  }
  return summarise(measured, users);
}

function engineOf(snapshot: PolicySnapshot): PolicyEngine {
  return createPolicyEngine({ schema: snapshot.schema.schema, ruleSet: snapshot.ruleSet });
}

function sideOf(
  user: ImpactUser,
  snapshot: PolicySnapshot,
  current: Memberships | null,
  engine: PolicyEngine,
): Side {
  const roles = (snapshot.memberships ?? current)?.get(user.id) ?? [];
  return { engine, principal: principalOn(user, roles, snapshot.ruleSet) };
}

// An app whose storage is not provisioned has no tables yet: nothing to gain or lose there.
async function tableExists(db: Kysely<DatabaseSchema>, table: { schema: string; name: string }) {
  const name = qualifiedName(table.schema, table.name);
  const row = await sql<{ found: boolean }>`select to_regclass(${name}) is not null as found`.execute(db);
  return row.rows[0]?.found === true;
}

function summarise(measured: readonly MeasuredChange[], users: readonly ImpactUser[]): Impact {
  const collections: CollectionImpact[] = [];
  const perUser = new Map<string, { gains: string[]; losses: string[]; changes: CountedChange[] }>();
  for (const m of measured) {
    const fields = fieldChanges(m).map(
      (f) => ({ ...f, access: m.action === 'read' ? 'read' : 'update' }) as const,
    );
    const rows = rowChange(m);
    if (fields.length === 0 && rows.recordsGaining === 0 && rows.recordsLosing === 0) continue;
    collections.push({ collection: m.collection, action: m.action, ...rows, fields });
    m.variants.forEach((v, i) => {
      const said = sentencesOf(m, i);
      const counted = changesOf(m, i);
      for (const id of v.users) {
        const entry = perUser.get(id) ?? { gains: [], losses: [], changes: [] };
        entry.gains.push(...said.gains);
        entry.losses.push(...said.losses);
        entry.changes.push(...counted);
        perUser.set(id, entry);
      }
    });
  }
  const changedUsers: UserImpact[] = users
    .map((u) => ({
      userId: u.id,
      email: u.email,
      ...(perUser.get(u.id) ?? { gains: [], losses: [], changes: [] }),
    }))
    .filter((u) => u.gains.length > 0 || u.losses.length > 0);
  return { unchanged: collections.length === 0, collections, users: changedUsers };
}
