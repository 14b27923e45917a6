import type { AppContext } from '../../context.js';
import type { RequestSource } from '../../http/request-source.js';
import { loadAttributeDefinitions } from '../app-users/attribute-values.js';
import { insertAppUser } from '../app-users/enrolment.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import type { Accounts } from '../auth/accounts-module.js';
import { callAuth } from '../auth/better-auth-bridge.js';
import { assertAcceptablePassword } from '../auth/password-errors.js';
import { defaultRole } from '../roles/roles.repository.js';
import {
  type AppRow,
  answersToAttributes,
  assertRegistrationOpen,
  findAppRow,
} from './register-form.service.js';
import type { ViewerOf } from './register-form-access.js';

/** What a person sends to register into an app. */
export interface AppRegistration {
  email: string;
  password: string;
  name: string;
  answers: Record<string, unknown>;
}

/**
 * Registers an end user into an open app, exactly as /api/auth/register registers an account
 * (password policy, confirmation mail), then makes the new account an app user with the User role
 * and its answers as attributes. An address that already has an account gets the same answer and
 * changes nothing: better-auth mails its owner a notice and returns a made-up user whose id
 * matches no account, which is how the two cases are told apart without a second lookup.
 */
export async function registerEndUser(
  ctx: AppContext,
  accounts: Accounts,
  appId: string,
  input: AppRegistration,
  request: { headers: Headers; source: RequestSource; viewer: ViewerOf },
): Promise<void> {
  const db = ctx.database.db;
  const app = await findAppRow(db, appId);
  await assertRegistrationOpen(app, request.viewer);
  const attributes = answersToAttributes(
    app.register_form.fields,
    await loadAttributeDefinitions(db, app.id),
    input.answers,
  );
  assertAcceptablePassword(input.password, 'password', { email: input.email, name: input.name });
  const { email, password, name } = input;
  const result = await callAuth(() =>
    accounts.auth().api.signUpEmail({ body: { email, password, name }, headers: request.headers }),
  );
  const created = await db
    .selectFrom('account')
    .select('id')
    .where('id', '=', result.user.id)
    .executeTakeFirst();
  if (created) await enrolSelf(ctx, app, created.id, attributes, 'app.user.registered', request.source);
  await recordAuditEvent(ctx, {
    action: 'app.register',
    outcome: 'success',
    subjectEmail: email,
    companyId: app.company_id,
    appId: app.id,
    source: request.source,
  });
}

/** A signed-in account joins an open app with the User role, answering its register form. */
export async function joinApp(
  ctx: AppContext,
  accountId: string,
  appId: string,
  answers: Record<string, unknown>,
  request: { source: RequestSource; viewer: ViewerOf },
) {
  const db = ctx.database.db;
  const app = await findAppRow(db, appId);
  await assertRegistrationOpen(app, request.viewer);
  const attributes = answersToAttributes(
    app.register_form.fields,
    await loadAttributeDefinitions(db, app.id),
    answers,
  );
  const role = await enrolSelf(ctx, app, accountId, attributes, 'app.user.joined', request.source);
  return { appId: app.id, status: 'active' as const, roles: [role], attributes };
}

// Enrols an account into an app by its own doing: the User role, no direct rights, its answers.
async function enrolSelf(
  ctx: AppContext,
  app: AppRow,
  accountId: string,
  attributes: Record<string, unknown>,
  action: string,
  source: RequestSource,
): Promise<string> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const role = await defaultRole(trx, app.id, 'user');
    await insertAppUser(trx, app.id, accountId, { roles: [role], directRights: [], attributes });
    await recordAuditEvent(
      ctx,
      {
        action,
        outcome: 'success',
        actor: { accountId },
        target: { type: 'app_user', id: accountId },
        companyId: app.company_id,
        appId: app.id,
        source,
        details: {
          before: null,
          after: { status: 'active', roles: [role.key], directRights: [], attributes },
        },
      },
      trx,
    );
    return role.key;
  });
}
