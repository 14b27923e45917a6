// Plan cache: by principal object first (one map read), then by the principal terms that matter.
import type { Principal } from '../model/principal.js';
import type { Action } from '../model/rule-set.js';
import type { AccessPlan } from './access-plan.js';

/** A bounded cache of plans for one engine (one policy version). */
export class PlanCache {
  private readonly byPrincipal = new WeakMap<Principal, Map<string, Partial<Record<Action, AccessPlan>>>>();
  private readonly byKey = new Map<string, AccessPlan>();

  constructor(private readonly maxEntries: number) {}

  /** The fast path: the same principal object asked before. */
  forPrincipal(principal: Principal, action: Action, collection: string): AccessPlan | undefined {
    return this.byPrincipal.get(principal)?.get(collection)?.[action];
  }

  /** The shared path: another principal object with the same relevant terms. */
  forKey(key: string): AccessPlan | undefined {
    return this.byKey.get(key);
  }

  /** Stores a plan under both paths, evicting the oldest shared entry when full. */
  store(principal: Principal, key: string, plan: AccessPlan): void {
    let perPrincipal = this.byPrincipal.get(principal);
    if (!perPrincipal) {
      perPrincipal = new Map();
      this.byPrincipal.set(principal, perPrincipal);
    }
    let byAction = perPrincipal.get(plan.collection);
    if (!byAction) {
      byAction = {};
      perPrincipal.set(plan.collection, byAction);
    }
    byAction[plan.action] = plan;
    if (!this.byKey.has(key) && this.byKey.size >= this.maxEntries) {
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
  const parts = [
    version,
    action,
    collection,
    principal.roles.join(','),
    principal.anonymous ? 'A' : principal.allData ? 'D' : principal.internal ? 'I' : 'E',
  ];
  for (const member of members) parts.push(`${member}=${memberValue(principal, member)}`);
  return parts.join('\u0001');
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
