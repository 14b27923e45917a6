// The one mapping between a stored role's columns and the grant it makes: every reader and
// writer of app_role (the roles API, the rule set, the policy file) goes through these two.
import type { Selectable } from 'kysely';
import type { AppRoleTable } from '../../db/schema.js';
import type { RoleGrant } from './effective-permissions.js';

type RoleGrantRow = Pick<
  Selectable<AppRoleTable>,
  'key' | 'rights' | 'internal' | 'builder' | 'all_data' | 'force_mfa'
>;

/** A stored role as it contributes to a principal. */
export function toRoleGrant(row: RoleGrantRow): RoleGrant {
  return {
    key: row.key,
    rights: row.rights,
    internal: row.internal,
    builder: row.builder,
    allData: row.all_data,
    forceMfa: row.force_mfa,
  };
}

/** The app_role columns that store a grant. */
export function roleGrantColumns(grant: RoleGrant): RoleGrantRow {
  return {
    key: grant.key,
    rights: [...grant.rights],
    internal: grant.internal,
    builder: grant.builder,
    all_data: grant.allData,
    force_mfa: grant.forceMfa,
  };
}
