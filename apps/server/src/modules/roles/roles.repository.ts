import type { Kysely, Selectable } from 'kysely';
import type { AppRoleTable, DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { sharedErrors } from '../../http/error-codes.js';
import { effectivePermissions } from '../tenancy/effective-permissions.js';
import { toRoleGrant } from '../tenancy/role-grant.js';
import { roleErrors } from './roles.errors.js';

/** A stored role. */
export type RoleRow = Selectable<AppRoleTable>;

/** A role as the API shows it: what it stores and what it effectively gives. */
export interface RoleView {
  key: string;
  name: string;
  description: string;
  internal: boolean;
  builder: boolean;
  allData: boolean;
  forceMfa: boolean;
  /** The rights the role names. */
  rights: string[];
  /** What holders get from it: its rights, plus every backoffice right when it is a builder role. */
  effectiveRights: string[];
  defaultFor: 'team_admin' | 'user' | null;
  users: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Maps a role row (and how many users hold it) to its view. */
export function toRoleView(row: RoleRow, users: number): RoleView {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    internal: row.internal,
    builder: row.builder,
    allData: row.all_data,
    forceMfa: row.force_mfa,
    rights: [...row.rights].sort(),
    effectiveRights: effectivePermissions([toRoleGrant(row)], []).rights,
    defaultFor: row.default_for,
    users,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One role of an app by its key. */
export async function findRole(
  db: Kysely<DatabaseSchema>,
  appId: string,
  key: string,
): Promise<RoleRow | undefined> {
  return db
    .selectFrom('app_role')
    .selectAll()
    .where('app_id', '=', appId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** One role of an app, locked until the transaction ends; a missing one is a 404. */
export async function lockRole(db: Kysely<DatabaseSchema>, appId: string, key: string): Promise<RoleRow> {
  const role = await db
    .selectFrom('app_role')
    .selectAll()
    .where('app_id', '=', appId)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
  if (!role) throw notFound('role');
  return role;
}

/** The app's role with this default purpose ('team_admin' or 'user'); every app has both. */
export async function defaultRole(
  db: Kysely<DatabaseSchema>,
  appId: string,
  purpose: 'team_admin' | 'user',
): Promise<RoleRow> {
  const row = await db
    .selectFrom('app_role')
    .selectAll()
    .where('app_id', '=', appId)
    .where('default_for', '=', purpose)
    .executeTakeFirst();
  if (!row) throw sharedErrors.INTERNAL(`The application has no default ${purpose} role.`);
  return row;
}

/** The roles named by keys; unknown keys are a 400 naming each of them. */
export async function rolesByKeys(
  db: Kysely<DatabaseSchema>,
  appId: string,
  keys: readonly string[],
  field = 'roles',
): Promise<RoleRow[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const rows = await db
    .selectFrom('app_role')
    .selectAll()
    .where('app_id', '=', appId)
    .where('key', 'in', unique)
    .forShare() // held until the caller's transaction ends: the role cannot be deleted meanwhile
    .execute();
  const unknown = unique.filter((k) => !rows.some((r) => r.key === k)).sort();
  if (unknown.length > 0) {
    throw roleErrors.UNKNOWN_ROLES(`This application has no role ${unknown.join(', ')}.`, {
      unknown,
      issues: [{ location: 'body', field, message: `unknown roles: ${unknown.join(', ')}` }],
    });
  }
  return rows;
}

/** How many app users hold each role of an app. */
export async function roleUserCounts(
  db: Kysely<DatabaseSchema>,
  appId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('app_user_role')
    .select(['role_id', (eb) => eb.fn.countAll<string>().as('users')])
    .where('app_id', '=', appId)
    .groupBy('role_id')
    .execute();
  return new Map(rows.map((r) => [r.role_id, Number(r.users)]));
}

/** The roles an app user holds, as rows. */
export async function rolesOfUser(
  db: Kysely<DatabaseSchema>,
  appId: string,
  accountId: string,
): Promise<RoleRow[]> {
  return db
    .selectFrom('app_user_role')
    .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
    .selectAll('app_role')
    .where('app_user_role.app_id', '=', appId)
    .where('app_user_role.account_id', '=', accountId)
    .orderBy('app_role.key')
    .execute();
}
