// Plan cache: one-entry identity fast path, then nested maps keyed by the principal terms that matter.
import type { Principal } from '../model/principal.js';
import type { Action } from '../model/rule-set.js';
import type { AccessPlan } from './access-plan.js';

type Leaf = Map<string, AccessPlan>;

/**
 * A bounded cache of plans for one engine (one policy version, so the version is implicit).
 * The most recent principal object has an identity fast path (a request asks several questions
 * with one principal). Other lookups walk collection → action → role set and flags → values of
 * the `user.*` terms the collection's rules read; short flat keys keep a lookup well under 1 µs.
 */
export class PlanCache {
  private last: Principal | null = null;
  private readonly lastPlans = new Map<string, Partial<Record<Action, AccessPlan>>>();
  private readonly tree = new Map<string, Partial<Record<Action, Map<string, Leaf>>>>();
  private entries = 0;

  constructor(private readonly maxEntries: number) {}

  /** The fast path: the same principal object as the previous question. */
  forPrincipal(principal: Principal, action: Action, collection: string): AccessPlan | undefined {
    return principal === this.last ? this.lastPlans.get(collection)?.[action] : undefined;
  }

  /** The shared path: any principal object with the same relevant terms. */
  forTerms(
    principal: Principal,
    action: Action,
    collection: string,
    members: readonly string[],
  ): AccessPlan | undefined {
    return this.tree.get(collection)?.[action]?.get(rolesKey(principal))?.get(termsKey(principal, members));
  }

  /** Stores a plan under both paths; a full cache is dropped whole (plans are cheap to rebuild). */
  store(principal: Principal, members: readonly string[], plan: AccessPlan): void {
    this.remember(principal, plan);
    if (this.entries >= this.maxEntries) {
      this.tree.clear();
      this.entries = 0;
    }
    let byAction = this.tree.get(plan.collection);
    if (!byAction) {
      byAction = {};
      this.tree.set(plan.collection, byAction);
    }
    let byRoles = byAction[plan.action];
    if (!byRoles) {
      byRoles = new Map();
      byAction[plan.action] = byRoles;
    }
    const roles = rolesKey(principal);
    let leaf = byRoles.get(roles);
    if (!leaf) {
      leaf = new Map();
      byRoles.set(roles, leaf);
    }
    const terms = termsKey(principal, members);
    if (!leaf.has(terms)) this.entries++;
    leaf.set(terms, plan);
  }

  /** Makes `principal` the identity fast path's owner and records the plan there. */
  remember(principal: Principal, plan: AccessPlan): void {
    if (principal !== this.last) {
      this.last = principal;
      this.lastPlans.clear();
    }
    const byAction = this.lastPlans.get(plan.collection) ?? {};
    byAction[plan.action] = plan;
    this.lastPlans.set(plan.collection, byAction);
  }

  /** Number of shared entries (for tests and metrics). */
  get size(): number {
    return this.entries;
  }
}

/** Role set and the flags that select audiences and bypasses. */
function rolesKey(principal: Principal): string {
  const flag = principal.anonymous ? 'A' : principal.allData ? 'D' : principal.internal ? 'I' : 'E';
  const roles = principal.roles;
  return roles.length === 0 ? flag : roles.length === 1 ? flag + roles[0] : flag + roles.join(',');
}

/** The values of the principal terms the rules read; one term (often `user.id`) is used as is. */
function termsKey(principal: Principal, members: readonly string[]): string {
  if (members.length === 0) return '';
  if (members.length === 1) return memberValue(principal, members[0] as string);
  let key = '';
  for (const member of members) key += `${memberValue(principal, member)}\u0001`;
  return key;
}

function memberValue(principal: Principal, member: string): string {
  switch (member) {
    case 'id':
      return principal.id ?? '\u0000';
    case 'email':
      return principal.email ?? '\u0000';
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
