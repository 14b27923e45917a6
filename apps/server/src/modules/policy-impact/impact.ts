// Who gains and who loses access when an app's policy changes.
import type { Action, RuleSet } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppSchema } from '../collections/app-schema.js';

/** One side of a comparison: the model and the rules the engine would be built from. */
export interface PolicySnapshot {
  readonly schema: AppSchema;
  readonly ruleSet: RuleSet;
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
 */
export async function computeImpact(
  _db: Kysely<DatabaseSchema>,
  _appId: string,
  _before: PolicySnapshot,
  _after: PolicySnapshot,
): Promise<Impact> {
  throw new Error('computeImpact is not implemented yet');
}
