import { APP_RIGHT_KEYS } from '../rights/catalogue.js';

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
  /** Direct rights ∪ the rights of every role; the builder flag adds every backoffice right. */
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
  for (const role of roles) for (const right of role.rights) rights.add(right);
  if (builder) for (const right of APP_RIGHT_KEYS) rights.add(right);
  return {
    roles: roles.map((r) => r.key).sort(),
    rights: [...rights].sort(),
    internal: roles.some((r) => r.internal),
    builder,
    allData: roles.some((r) => r.allData),
    forceMfa: roles.some((r) => r.forceMfa),
  };
}

/** No roles, no rights. */
export const NO_PERMISSIONS: EffectivePermissions = effectivePermissions([], []);
