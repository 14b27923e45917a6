import type { RuleSet } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { type AppSchema, loadAppSchema } from '../data-model/app-schema.js';
import { loadAppRuleSet } from './rules.repository.js';

/** An app's policy as stored: its data model and its rules, which are read by field id against it. */
export interface StoredPolicy {
  schema: AppSchema;
  ruleSet: RuleSet;
}

/** Reads an app's stored policy, in a transaction when given one; 404 for an unknown app. */
export async function loadStoredPolicy(db: Kysely<DatabaseSchema>, appId: string): Promise<StoredPolicy> {
  const schema = await loadAppSchema(db, appId);
  return { schema, ruleSet: await loadAppRuleSet(db, appId, schema) };
}
