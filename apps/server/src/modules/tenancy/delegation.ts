import type { RoleGrant } from './effective-permissions.js';
import { tenancyErrors } from './tenancy.errors.js';
import { type AppAccess, type CompanyAccess, holdsAppRight, managesApps } from './tenant-access.js';

/** A role flag that widens what its holders may do. */
export type PrivilegeFlag = 'internal' | 'builder' | 'allData';

/** What a change hands out (or takes away): rights and role flags. */
export interface PrivilegeChange {
  rights: Iterable<string>;
  flags: Iterable<PrivilegeFlag>;
}

/**
 * The delegation ceiling (DESIGN.md §3): nobody grants, or takes away, a right or flag they do not
 * hold themselves. Checking removals too stops a junior manager from stripping a senior one.
 * A company owner holds everything in the company; a holder of company.apps.manage every
 * backoffice right of its apps (holdsAppRight). A violation is a 403 listing what is missing.
 */
export function assertAppCeiling(actor: AppAccess, change: PrivilegeChange): void {
  if (actor.company?.isOwner) return;
  const missing = new Set<string>();
  for (const right of change.rights) if (!holdsAppRight(actor, right)) missing.add(right);
  for (const flag of change.flags) if (!holdsFlag(actor, flag)) missing.add(`flag:${flag}`);
  throwIfMissing(missing);
}

// The builder flag is every backoffice right, which those who manage the company's apps hold
// (DESIGN.md §3); internal and Access All Data open data, which only roles give.
function holdsFlag(actor: AppAccess, flag: PrivilegeFlag): boolean {
  return actor.permissions[flag] || (flag === 'builder' && managesApps(actor.company));
}

/** The same ceiling for company rights. */
export function assertCompanyCeiling(actor: CompanyAccess, rights: Iterable<string>): void {
  if (actor.isOwner) return;
  const missing = new Set<string>();
  for (const right of rights) if (!actor.rights.includes(right)) missing.add(right);
  throwIfMissing(missing);
}

/** The rights and flags that differ between two grants: everything added or removed. */
export function privilegeDiff(
  before: { roles: readonly RoleGrant[]; directRights: readonly string[] },
  after: { roles: readonly RoleGrant[]; directRights: readonly string[] },
): PrivilegeChange {
  const summarize = (g: typeof before) => ({
    rights: new Set([...g.directRights, ...g.roles.flatMap((r) => r.rights)]),
    flags: new Set(g.roles.flatMap((r) => (['internal', 'builder', 'allData'] as const).filter((f) => r[f]))),
  });
  const a = summarize(before);
  const b = summarize(after);
  const symmetric = <T>(x: Set<T>, y: Set<T>) =>
    [...x].filter((v) => !y.has(v)).concat([...y].filter((v) => !x.has(v)));
  return { rights: symmetric(a.rights, b.rights), flags: symmetric(a.flags, b.flags) };
}

function throwIfMissing(missing: Set<string>): void {
  if (missing.size === 0) return;
  const list = [...missing].sort();
  throw tenancyErrors.DELEGATION_CEILING(
    `You cannot grant or remove what you do not hold: ${list.join(', ')}.`,
    {
      missing: list,
    },
  );
}
