import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { assertKnownRights } from '../roles/right-keys.js';
import { defaultRole, type RoleRow, rolesByKeys } from '../roles/roles.repository.js';
import { assertAppCeiling, privilegeDiff } from '../tenancy/delegation.js';
import { toRoleGrant } from '../tenancy/role-grant.js';
import type { AppAccess } from '../tenancy/tenant-access.js';
import { NO_GRANT } from './app-user-grants.js';
import { appUserErrors } from './app-users.errors.js';
import { assertAttributeValues, loadAttributeDefinitions, mergeAttributeValues } from './attribute-values.js';

/** What an administrator asks a new app user to get. Roles default to the app's User role. */
export interface EnrolmentRequest {
  roles?: string[] | undefined;
  directRights: string[];
  attributes: Record<string, unknown>;
}

/** A validated enrolment: known roles and rights, attribute values that fit their types. */
export interface Enrolment {
  roles: RoleRow[];
  directRights: string[];
  attributes: Record<string, unknown>;
}

/**
 * Validates an enrolment made by someone: everything it hands out is within their ceiling.
 * Runs inside the caller's transaction, so the roles and rights it names cannot vanish meanwhile.
 */
export async function prepareEnrolment(
  db: Kysely<DatabaseSchema>,
  actor: AppAccess,
  request: EnrolmentRequest,
): Promise<Enrolment> {
  const appId = actor.appId;
  const roles =
    request.roles === undefined
      ? [await defaultRole(db, appId, 'user')]
      : await rolesByKeys(db, appId, request.roles);
  const directRights = await assertKnownRights(db, appId, request.directRights, 'directRights');
  assertAttributeValues(await loadAttributeDefinitions(db, appId), request.attributes, 'attributes');
  assertAppCeiling(actor, privilegeDiff(NO_GRANT, { roles: roles.map(toRoleGrant), directRights }));
  return { roles, directRights, attributes: mergeAttributeValues({}, request.attributes) };
}

/** Makes an account an app user with an enrolment; a second enrolment of the same account is a 409. */
export async function insertAppUser(
  db: Kysely<DatabaseSchema>,
  appId: string,
  accountId: string,
  enrolment: Enrolment,
): Promise<void> {
  const existing = await db
    .selectFrom('app_user')
    .select('status')
    .where('app_id', '=', appId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (existing) {
    throw appUserErrors.ALREADY_APP_USER({
      status: existing.status,
    });
  }
  await db
    .insertInto('app_user')
    .values({
      app_id: appId,
      account_id: accountId,
      direct_rights: enrolment.directRights,
      attributes: JSON.stringify(enrolment.attributes),
    })
    .execute();
  if (enrolment.roles.length === 0) return;
  await db
    .insertInto('app_user_role')
    .values(enrolment.roles.map((r) => ({ app_id: appId, account_id: accountId, role_id: r.id })))
    .execute();
}

/** An enrolment as the audit log keeps it. */
export function describeEnrolment(enrolment: Enrolment) {
  return {
    status: 'active',
    roles: enrolment.roles.map((r) => r.key).sort(),
    directRights: enrolment.directRights,
    attributes: enrolment.attributes,
  };
}
