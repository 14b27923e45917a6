// Plan cache: by principal object first (one map read), then by the principal terms that matter.
import type { Principal } from '../model/principal.js';
import type { Action } from '../model/rule-set.js';
import type { AccessPlan } from './access-plan.js';

/**
 * A bounded cache of plans for one engine (one policy version). The most recent principal object
 * gets a one-entry identity fast path (a request asks several questions with one principal);
 * every other lookup goes through the key of the terms that matter.
 */
export class PlanCache {
  private last: Principal | null = null;
  private readonly lastPlans = new Map<string, Partial<Record<Action, AccessPlan>>>();
  private readonly byKey = new Map<string, AccessPlan>();

  constructor(private readonly maxEntries: number) {}

  /** The fast path: the same principal object as the previous question. */
  forPrincipal(principal: Principal, action: Action, collection: string): AccessPlan | undefined {
    return principal === this.last ? this.lastPlans.get(collection)?.[action] : undefined;
  }

  /** The shared path: another principal object with the same relevant terms. */
  forKey(key: string): AccessPlan | undefined {
    return this.byKey.get(key);
  }

  /** Stores a plan under both paths, evicting the oldest shared entry when full. */
  store(principal: Principal, key: string, plan: AccessPlan): void {
    if (principal !== this.last) {
      this.last = principal;
      this.lastPlans.clear();
    }
    let byAction = this.lastPlans.get(plan.collection);
    if (!byAction) {
      byAction = {};
      this.lastPlans.set(plan.collection, byAction);
    }
    byAction[plan.action] = plan;
    if (this.byKey.has(key)) return;
    if (this.byKey.size >= this.maxEntries) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
    this.byKey.set(key, plan);
  }

  /** Number of shared entries (for tests and metrics). */
  get size(): number {
    return this.byKey.size;
  }
}

/** The cache key: version, action, collection, role set, flags and the attribute values rules read. */
export function planKey(
  version: string,
  principal: Principal,
  action: Action,
  collection: string,
  members: readonly string[],
): string {
  const flag = principal.anonymous ? 'A' : principal.allData ? 'D' : principal.internal ? 'I' : 'E';
  let key = `${version}\u0001${action}\u0001${collection}\u0001${principal.roles.join(',')}\u0001${flag}`;
  for (const member of members) key += `\u0001${member}=${memberValue(principal, member)}`;
  return key;
}

function memberValue(principal: Principal, member: string): string {
  switch (member) {
    case 'id':
      return principal.id ?? '';
    case 'email':
      return principal.email ?? '';
    case 'roles':
      return '';
    case 'rights':
      return principal.rights.join(',');
    case 'internal':
    case 'builder':
    case 'allData':
    case 'anonymous':
      return String(principal[member] ?? false);
    default:
      return stableJson(principal.attributes[member]);
  }
}

function stableJson(value: unknown): string {
  if (value instanceof Date) return `D${value.getTime()}`;
  if (typeof value === 'bigint') return `B${value}`;
  return JSON.stringify(value) ?? 'u';
}
