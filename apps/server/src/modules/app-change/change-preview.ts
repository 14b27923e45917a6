import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { DatabaseSchema } from '../../db/schema.js';
import type { impactResponse } from './impact.schema.js';

/** What a dry run returns: the change's own answer, and who would gain or lose what by it. */
export interface Preview<T> {
  readonly result: T;
  readonly impact: z.infer<typeof impactResponse>;
  /** Lint warnings about pages that the change brings: a page it leaves showing nothing to a role. */
  readonly pageWarnings: readonly { readonly code: string; readonly message: string }[];
}

/**
 * Runs a change to an app exactly as it would be made, measures its impact, and rolls it back.
 * The impact module implements it (a builder tool, above the modules whose changes it measures);
 * the app hands it to the routes of roles and rules when it is assembled, so they never import it.
 */
export type PreviewChange = <T>(
  appId: string,
  apply: (trx: Transaction<DatabaseSchema>) => Promise<T>,
) => Promise<Preview<T>>;
