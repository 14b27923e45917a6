// The app users an impact preview compares, and their principal under each side's roles.
import { buildPrincipal, type Principal, type RuleSet } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { memberOf, selectAppUsers } from '../app-users/app-principal.js';
import { effectivePermissions } from '../tenancy/effective-permissions.js';
import { appUserRights } from '../tenancy/tenant-access.js';

/** An active app user as stored: everything but what the roles give. */
export interface ImpactUser {
  readonly id: string;
  readonly email: string;
  readonly directRights: readonly string[];
  /** Their company membership, when they have one: managing the company's apps adds rights. */
  readonly company: { readonly isOwner: boolean; readonly rights: readonly string[] } | null;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** Role keys per account id. */
export type Memberships = ReadonlyMap<string, readonly string[]>;

/** The app's active users, by email; suspended users hold nothing, so they cannot gain or lose. */
export async function loadImpactUsers(db: Kysely<DatabaseSchema>, appId: string): Promise<ImpactUser[]> {
  const rows = await selectAppUsers(db, appId)
    .where('app_user.status', '=', 'active')
    .orderBy('account.email')
    .execute();
  return rows.map((r) => ({
    id: r.account_id,
    email: r.email,
    directRights: r.direct_rights,
    company: memberOf(r),
    attributes: r.attributes,
  }));
}

/** Who holds which role now; a preview takes this before applying a change that moves users. */
export async function loadMemberships(db: Kysely<DatabaseSchema>, appId: string): Promise<Memberships> {
  const rows = await db
    .selectFrom('app_user_role')
    .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
    .select(['app_user_role.account_id', 'app_role.key'])
    .where('app_user_role.app_id', '=', appId)
    .execute();
  const out = new Map<string, string[]>();
  for (const row of rows) out.set(row.account_id, [...(out.get(row.account_id) ?? []), row.key]);
  return out;
}

/**
 * The principal exactly as the records API builds it (loadAppPrincipal, then buildPrincipal), but
 * with the role definitions of one side: a role's flags and rights may differ between the two.
 */
export function principalOn(user: ImpactUser, roleKeys: readonly string[], ruleSet: RuleSet): Principal {
  const held = ruleSet.roles.filter((r) => roleKeys.includes(r.key)).map((r) => ({ ...r, forceMfa: false }));
  const effective = effectivePermissions(held, user.directRights);
  return buildPrincipal(
    {
      id: user.id,
      email: user.email,
      roles: effective.roles,
      rights: appUserRights(effective.rights, user.company),
      attributes: user.attributes,
    },
    ruleSet,
  );
}
