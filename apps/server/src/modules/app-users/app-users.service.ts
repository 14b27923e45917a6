import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { accountErrors } from '../accounts/accounts.errors.js';
import { createAccountWithTemporaryPassword } from '../accounts/accounts-admin.service.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, isUniqueViolation, recordAppChange } from '../app-change/app-change.js';
import { findAccount } from '../auth/accounts.repository.js';
import type { Accounts } from '../auth/accounts-module.js';
import { assertAppCeiling, privilegeDiff } from '../tenancy/delegation.js';
import { grantOf, lockAppUser, NO_GRANT } from './app-user-grants.js';
import { appUserErrors } from './app-users.errors.js';
import { findAppUser } from './app-users.repository.js';
import type { AddAppUserInput, AppUserView, UpdateAppUserInput } from './app-users.schema.js';
import { assertAttributeValues, loadAttributeDefinitions, mergeAttributeValues } from './attribute-values.js';
import { describeEnrolment, type EnrolmentRequest, insertAppUser, prepareEnrolment } from './enrolment.js';

/** Adds an existing account (a company member or anyone else) to the app; an unknown email is a 404. */
export async function addAppUser(
  ctx: AppContext,
  actor: AppActor,
  input: AddAppUserInput,
): Promise<AppUserView> {
  const account = await findAccount(ctx.database.db, { email: input.email });
  if (!account) throw notFound('account');
  await enrol(ctx, actor, account.id, input, 'app.user.added');
  return findAppUser(ctx.database.db, actor.access, account.id);
}

/**
 * NoCode-X "Create user": a new account with a temporary password (returned once) and a
 * confirmation mail, enrolled in this app. Everything is validated before the account exists.
 */
export async function createAppUser(
  ctx: AppContext,
  accounts: Accounts,
  actor: AppActor,
  input: AddAppUserInput & { name: string },
): Promise<{ user: AppUserView; temporaryPassword: string }> {
  const attempt = { action: 'app.user.created', target: { type: 'email', id: input.email } };
  await changeApp(ctx, actor, attempt, (trx) => prepareEnrolment(trx, actor.access, input));
  const created = await createAccountWithTemporaryPassword(
    ctx,
    { email: input.email, name: input.name, emailVerified: false },
    { actor: actor.audit, source: actor.source },
  );
  await enrol(ctx, actor, created.account.id, input, 'app.user.created');
  await accounts.auth().api.sendVerificationEmail({ body: { email: created.account.email } });
  return {
    user: await findAppUser(ctx.database.db, actor.access, created.account.id),
    temporaryPassword: created.temporaryPassword,
  };
}

async function enrol(
  ctx: AppContext,
  actor: AppActor,
  accountId: string,
  request: EnrolmentRequest,
  action: string,
): Promise<void> {
  const target = { type: 'app_user', id: accountId };
  try {
    await changeApp(ctx, actor, { action, target }, async (trx) => {
      const enrolment = await prepareEnrolment(trx, actor.access, request);
      await insertAppUser(trx, actor.access.appId, accountId, enrolment);
      await recordAppChange(ctx, actor, { action, target, after: describeEnrolment(enrolment) }, trx);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw appUserErrors.ALREADY_APP_USER();
  }
}

/**
 * Suspends or reactivates an app user, or changes their attribute values. Suspending takes away
 * everything they hold, so it is subject to the ceiling like removing it; nobody suspends themselves.
 */
export async function updateAppUser(
  ctx: AppContext,
  actor: AppActor,
  accountId: string,
  patch: UpdateAppUserInput,
): Promise<AppUserView> {
  const { appId } = actor.access;
  const target = { type: 'app_user', id: accountId };
  await changeApp(ctx, actor, { action: 'app.user.updated', target }, async (trx) => {
    const before = await lockAppUser(trx, appId, accountId);
    const status = patch.status ?? before.status;
    if (status !== before.status) await assertMayChangeStatus(trx, actor, accountId, before.direct_rights);
    const patchValues = patch.attributes ?? {};
    assertAttributeValues(await loadAttributeDefinitions(trx, appId), patchValues, 'attributes');
    const attributes = mergeAttributeValues(before.attributes, patchValues);
    await trx
      .updateTable('app_user')
      .set({ status, attributes: JSON.stringify(attributes), updated_at: ctx.clock.now() })
      .where('app_id', '=', appId)
      .where('account_id', '=', accountId)
      .execute();
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.user.updated',
        target,
        before: { status: before.status, attributes: before.attributes },
        after: { status, attributes },
      },
      trx,
    );
  });
  return findAppUser(ctx.database.db, actor.access, accountId);
}

// Suspending takes away everything a user holds, and reactivating gives it back: both are
// within the ceiling. Nobody changes their own status.
async function assertMayChangeStatus(
  trx: Kysely<DatabaseSchema>,
  actor: AppActor,
  accountId: string,
  directRights: string[],
): Promise<void> {
  if (accountId === actor.accountId) {
    throw accountErrors.CANNOT_CHANGE_OWN_STATUS('You cannot suspend or reactivate yourself.');
  }
  const grant = await grantOf(trx, actor.access.appId, accountId, directRights);
  assertAppCeiling(actor.access, privilegeDiff(grant, NO_GRANT));
}

/** Removes an app user with their roles and direct rights; the ceiling applies to what they lose. */
export async function removeAppUser(ctx: AppContext, actor: AppActor, accountId: string): Promise<void> {
  const { appId } = actor.access;
  const target = { type: 'app_user', id: accountId };
  await changeApp(ctx, actor, { action: 'app.user.removed', target }, async (trx) => {
    const before = await lockAppUser(trx, appId, accountId);
    const grant = await grantOf(trx, appId, accountId, before.direct_rights);
    assertAppCeiling(actor.access, privilegeDiff(grant, NO_GRANT));
    await trx
      .deleteFrom('app_user')
      .where('app_id', '=', appId)
      .where('account_id', '=', accountId)
      .execute();
    const was = {
      status: before.status,
      roles: grant.roles.map((r) => r.key).sort(),
      directRights: before.direct_rights,
      attributes: before.attributes,
    };
    await recordAppChange(ctx, actor, { action: 'app.user.removed', target, before: was }, trx);
  });
}
