// Who is asking: derived once per request from the app user and the rule set (DESIGN.md §4).
import type { RuleSet } from './rule-set.js';

/** A principal: role keys, rights, flags and custom attributes, all plain data. */
export interface Principal {
  readonly id: string | null;
  readonly email?: string | null;
  readonly roles: readonly string[];
  /** Direct rights ∪ the rights of every role. */
  readonly rights: readonly string[];
  readonly internal: boolean;
  readonly builder: boolean;
  readonly allData: boolean;
  /** Custom user fields by attribute name. */
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly anonymous?: boolean;
}

/** The app user as the server loads it: role keys, direct rights and attributes. */
export interface AppUserInput {
  readonly id: string;
  readonly email?: string | null;
  readonly roles: readonly string[];
  readonly rights?: readonly string[];
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** Derives flags (OR over roles) and rights (direct ∪ roles'); role keys the rule set lacks are dropped. */
export function buildPrincipal(user: AppUserInput, ruleSet: RuleSet): Principal {
  const known = new Map(ruleSet.roles.map((r) => [r.key, r]));
  const roles = [...new Set(user.roles)].filter((k) => known.has(k)).sort();
  const rights = new Set(user.rights ?? []);
  let internal = false;
  let builder = false;
  let allData = false;
  for (const key of roles) {
    const role = known.get(key);
    if (!role) continue;
    internal ||= role.internal;
    builder ||= role.builder;
    allData ||= role.allData;
    for (const right of role.rights) rights.add(right);
  }
  return Object.freeze({
    id: user.id.toLowerCase(),
    email: user.email ?? null,
    roles: Object.freeze(roles),
    rights: Object.freeze([...rights].sort()),
    internal,
    builder,
    allData,
    attributes: Object.freeze({ ...(user.attributes ?? {}) }),
    anonymous: false,
  });
}

/** The principal of a request without a signed-in user: no roles, no rights, no id. */
export function anonymousPrincipal(): Principal {
  return Object.freeze({
    id: null,
    email: null,
    roles: Object.freeze([]),
    rights: Object.freeze([]),
    internal: false,
    builder: false,
    allData: false,
    attributes: Object.freeze({}),
    anonymous: true,
  });
}
