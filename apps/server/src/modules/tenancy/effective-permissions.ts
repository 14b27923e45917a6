import { ALL_DATA_RIGHTS, APP_RIGHT_KEYS } from '../rights/catalogue.js';

/** A role as it contributes to a principal. */
export interface RoleGrant {
  key: string;
  rights: readonly string[];
  internal: boolean;
  builder: boolean;
  allData: boolean;
  forceMfa: boolean;
}

/** What an app user may do in the backoffice: DESIGN.md §4's principal, without the data rules. */
export interface EffectivePermissions {
  roles: string[];
  /** Direct rights ∪ the rights of every role, with what the roles' flags imply (see roleRights). */
  rights: string[];
  internal: boolean;
  builder: boolean;
  allData: boolean;
  /** Some role asks for two-factor authentication (NoCode-X "Force OTP"). */
  forceMfa: boolean;
}

/** Folds roles and direct rights into one principal: rights unioned, flags ORed. */
export function effectivePermissions(
  roles: readonly RoleGrant[],
  directRights: readonly string[],
): EffectivePermissions {
  const builder = roles.some((r) => r.builder);
  const rights = new Set<string>(directRights);
  for (const role of roles) for (const right of roleRights(role)) rights.add(right);
  return {
    roles: roles.map((r) => r.key).sort(),
    rights: [...rights].sort(),
    internal: roles.some((r) => r.internal),
    builder,
    allData: roles.some((r) => r.allData),
    forceMfa: roles.some((r) => r.forceMfa),
  };
}

/**
 * The rights a role gives: its own, every backoffice right for a builder role, and for an
 * Access All Data role the data model and the data (DESIGN.md §3: Noloco's "App & Data tab").
 */
export function roleRights(role: Pick<RoleGrant, 'rights' | 'builder' | 'allData'>): string[] {
  const rights = new Set(role.rights);
  if (role.builder) for (const right of APP_RIGHT_KEYS) rights.add(right);
  if (role.allData) for (const right of ALL_DATA_RIGHTS) rights.add(right);
  return [...rights].sort();
}

/** No roles, no rights. */
export const NO_PERMISSIONS: EffectivePermissions = effectivePermissions([], []);
