import { createPolicyEngine, type PolicyEngine, type RuleSet } from '@charter/policy';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { loadStoredPolicy } from '../rules/stored-policy.js';

/** An app's compiled permission engine and the model it was built from. */
export interface AppPolicy {
  appId: string;
  version: number;
  schema: AppSchema;
  ruleSet: RuleSet;
  engine: PolicyEngine;
}

/** The engines of the apps this node serves. */
export interface PolicyEngines {
  /** The engine for the app's current policy version: rebuilt when another change committed. */
  forApp(appId: string, knownVersion?: number): Promise<AppPolicy>;
}

/**
 * Caches one engine per app (its plan cache lives inside) and checks the app's policy version on
 * every use: one indexed read, so a permission change committed by any node is in force on the
 * very next request that depends on it (DESIGN.md §8's version check).
 */
export function createPolicyEngines(ctx: AppContext): PolicyEngines {
  const cache = new Map<string, AppPolicy>();
  const building = new Map<string, Promise<AppPolicy>>();

  const build = async (appId: string): Promise<AppPolicy> => {
    const { schema, ruleSet } = await loadStoredPolicy(ctx.database.db, appId);
    const engine = createPolicyEngine({ schema: schema.schema, ruleSet });
    const policy = { appId, version: schema.policyVersion, schema, ruleSet, engine };
    for (const diagnostic of engine.diagnostics) {
      ctx.logger.warn({ appId, diagnostic }, 'a stored rule does not compile and counts as false');
    }
    cache.set(appId, policy);
    return policy;
  };

  const readVersion = async (appId: string) => {
    const row = await ctx.database.db
      .selectFrom('application')
      .select('policy_version')
      .where('id', '=', appId)
      .executeTakeFirst();
    if (!row) throw notFound('application');
    return Number(row.policy_version);
  };

  return {
    async forApp(appId, knownVersion) {
      const version = knownVersion ?? (await readVersion(appId));
      const current = cache.get(appId);
      if (current && current.version === version) return current;
      const pending = building.get(appId) ?? build(appId).finally(() => building.delete(appId));
      building.set(appId, pending);
      return pending;
    },
  };
}
