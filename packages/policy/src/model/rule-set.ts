// Roles and data rules as builders store them (DESIGN.md §4); plain JSON, versioned as a whole.

/** The four data actions. */
export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;

/** One of ACTIONS. */
export type Action = (typeof ACTIONS)[number];

/** Audiences: each counts as one more role held by every principal it matches. */
export const AUDIENCES = ['everyone', 'internal', 'external', 'anonymous'] as const;

/** One of AUDIENCES. */
export type Audience = (typeof AUDIENCES)[number];

/** A per-app bundle of rights and flags; data rules name roles by `key`. */
export interface RoleDef {
  readonly key: string;
  readonly name: string;
  readonly internal: boolean;
  readonly builder: boolean;
  readonly allData: boolean;
  readonly rights: readonly string[];
}

/** Whom a rule applies to: listed roles, an audience, or both. */
export interface RuleTarget {
  readonly roles?: readonly string[];
  readonly audience?: Audience;
}

interface RuleBase {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly collection: string;
  readonly to: RuleTarget;
}

/** Opens access: ANDed within a role, ORed across roles; `fields` per action (absent = all). */
export interface GrantRule extends RuleBase {
  readonly kind: 'grant';
  readonly actions: readonly Action[];
  readonly condition?: string;
  /** Field ids (or names) per action; an absent action means every field. */
  readonly fields?: Partial<Readonly<Record<Action, readonly string[]>>>;
}

/** Closes access: every guard that applies must hold (like a restrictive RLS policy). */
export interface GuardRule extends RuleBase {
  readonly kind: 'guard';
  readonly actions: readonly Action[];
  readonly condition: string;
}

/** Closes fields on some rows: `fields` are readable / writable only where `condition` holds. */
export interface FieldConditionRule extends RuleBase {
  readonly kind: 'fieldCondition';
  readonly fields: readonly string[];
  /** `write` covers create and update. */
  readonly access: 'read' | 'write';
  readonly condition: string;
}

/** A data permission. */
export type Rule = GrantRule | GuardRule | FieldConditionRule;

/** Per-collection switch; a collection absent from the rule set is restricted (secure by default). */
export interface CollectionSettings {
  readonly restricted: boolean;
}

/**
 * The coarse gate in front of the rules: the right a signed-in principal must hold in
 * `user.rights` for a read, and the one for a write (create, update, delete). Without it the
 * plan is deny, whatever the rules say. Access All Data principals and anonymous visitors are
 * not gated: the first bypass every rule, the second hold no rights and have only what rules
 * grant to `anonymous`.
 */
export interface DataGate {
  readonly read: string;
  readonly write: string;
}

/** Everything the engine needs to decide; `version` changes on every edit and keys plan caches. */
export interface RuleSet {
  readonly version: string;
  readonly roles: readonly RoleDef[];
  readonly collections: Readonly<Record<string, CollectionSettings>>;
  readonly rules: readonly Rule[];
  /** Absent: no gate, the rules alone decide. */
  readonly gate?: DataGate;
}

/** The gate right a principal lacks for an action, or null when it passes (or there is no gate). */
export function missingGateRight(
  ruleSet: RuleSet,
  principal: { readonly rights: readonly string[]; readonly allData: boolean; readonly anonymous?: boolean },
  action: Action,
): string | null {
  if (!ruleSet.gate || principal.anonymous || principal.allData) return null;
  const right = action === 'read' ? ruleSet.gate.read : ruleSet.gate.write;
  return principal.rights.includes(right) ? null : right;
}

/** Whether a collection is restricted; unknown collections are (secure by default). */
export function isRestricted(ruleSet: RuleSet, collection: string): boolean {
  return ruleSet.collections[collection]?.restricted ?? true;
}
