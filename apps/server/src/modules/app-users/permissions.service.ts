import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, isUniqueViolation, recordAppChange } from '../app-change/app-change.js';
import { assertKnownRights } from '../roles/right-keys.js';
import { rolesByKeys } from '../roles/roles.repository.js';
import { assertAppCeiling, privilegeDiff } from '../tenancy/delegation.js';
import { effectivePermissions } from '../tenancy/effective-permissions.js';
import { toRoleGrant } from '../tenancy/role-grant.js';
import { type Grant, grantOf, NO_GRANT, replaceRoles } from './app-user-grants.js';
import { appUserErrors } from './app-users.errors.js';
import type { AppRef } from './app-users.repository.js';
import type { PermissionsInput, PermissionsView } from './permissions.schema.js';

/** A user's roles and direct rights in one app, with what they add up to. */
export async function readPermissions(
  ctx: AppContext,
  app: AppRef,
  accountId: string,
): Promise<PermissionsView> {
  const db = ctx.database.db;
  const target = await findTarget(db, app, accountId);
  const grant = target.appUser
    ? await grantOf(db, app.appId, accountId, target.appUser.direct_rights)
    : NO_GRANT;
  return toView(accountId, target.appUser?.status ?? null, grant);
}

/**
 * Sets a user's roles and direct rights in one app (NoCode-X "Manage permissions"). A company
 * member who is not yet an app user becomes one. The ceiling applies to the difference: what is
 * added and what is removed.
 */
export async function setPermissions(
  ctx: AppContext,
  actor: AppActor,
  accountId: string,
  input: PermissionsInput,
): Promise<PermissionsView> {
  const { appId } = actor.access;
  const attempt = { action: 'app.user.permissions_changed', target: { type: 'app_user', id: accountId } };
  try {
    return await changeApp(ctx, actor, attempt, async (trx) => {
      const { appUser } = await findTarget(trx, actor.access, accountId, true);
      const before = appUser ? await grantOf(trx, appId, accountId, appUser.direct_rights) : NO_GRANT;
      const roles = await rolesByKeys(trx, appId, input.roles);
      const directRights = await assertKnownRights(trx, appId, input.directRights, 'directRights');
      const after: Grant = { roles: roles.map(toRoleGrant), directRights };
      assertAppCeiling(actor.access, privilegeDiff(before, after));
      await writeDirectRights(trx, ctx.clock.now(), {
        appId,
        accountId,
        exists: appUser !== null,
        directRights,
      });
      await replaceRoles(trx, appId, accountId, roles);
      const change = { before: appUser ? summary(before) : null, after: summary(after) };
      await recordAppChange(ctx, actor, { ...attempt, ...change }, trx);
      return toView(accountId, appUser?.status ?? 'active', after);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw appUserErrors.CONCURRENT_CHANGE();
  }
}

// A member who is not yet an app user becomes one. Two first grants racing meet on the primary
// key: the loser gets a 409 rather than overwriting a grant its ceiling check never saw.
async function writeDirectRights(
  trx: Kysely<DatabaseSchema>,
  now: Date,
  target: { appId: string; accountId: string; exists: boolean; directRights: string[] },
): Promise<void> {
  const { appId, accountId, directRights } = target;
  if (target.exists) {
    await trx
      .updateTable('app_user')
      .set({ direct_rights: directRights, updated_at: now })
      .where('app_id', '=', appId)
      .where('account_id', '=', accountId)
      .execute();
    return;
  }
  await trx
    .insertInto('app_user')
    .values({
      app_id: appId,
      account_id: accountId,
      direct_rights: directRights,
      attributes: JSON.stringify({}),
    })
    .execute();
}

function summary(grant: Grant) {
  return { roles: grant.roles.map((r) => r.key).sort(), directRights: grant.directRights };
}

// The target is an app user, or a member of the owning company; anyone else is a 404.
async function findTarget(db: Kysely<DatabaseSchema>, app: AppRef, accountId: string, lock = false) {
  if (!isUuid(accountId)) throw notFound('app user');
  const query = db
    .selectFrom('app_user')
    .select(['status', 'direct_rights'])
    .where('app_id', '=', app.appId)
    .where('account_id', '=', accountId);
  const appUser = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (appUser) return { appUser };
  const member = await db
    .selectFrom('company_member')
    .select('account_id')
    .where('company_id', '=', app.companyId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!member) throw notFound('app user');
  return { appUser: null };
}

function toView(accountId: string, status: 'active' | 'suspended' | null, grant: Grant): PermissionsView {
  const effective = effectivePermissions(grant.roles, grant.directRights);
  return {
    accountId,
    appUser: status,
    roles: effective.roles,
    directRights: [...grant.directRights].sort(),
    effective: {
      rights: effective.rights,
      internal: effective.internal,
      builder: effective.builder,
      allData: effective.allData,
      forceMfa: effective.forceMfa,
    },
  };
}
