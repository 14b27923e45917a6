import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { passwordChangedMail } from '../../mail/templates.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { limitByIp } from './abuse.js';
import { clearMustChangePassword, findAccount } from './accounts.repository.js';
import {
  acceptedResponse,
  changeEmailBody,
  changePasswordBody,
  checkPasswordBody,
  checkPasswordResponse,
  emailOnlyBody,
  resetPasswordBody,
} from './accounts.schema.js';
import type { Accounts } from './accounts-module.js';
import { authErrors } from './auth.errors.js';
import { authHeaders, callAuth, forwardCookies } from './better-auth-bridge.js';
import { assertAcceptablePassword } from './password-errors.js';
import { checkPassword } from './password-policy.js';

/** Forgotten, reset, changed and checked passwords, and changing the email address. */
export function passwordRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    // Neither logged nor audited: the body is a password, and the verdict says nothing about anyone.
    app.post(
      '/api/auth/password/check',
      {
        config: {
          access: { kind: 'public', reason: 'forms advise on a new password before anyone is signed in' },
        },
        schema: {
          tags: ['auth'],
          summary: 'Judge a password against the policy, as it is typed',
          description:
            'Answers the verdict that registering, resetting or changing to this password would give; ' +
            'an unacceptable password is a 200 with `ok: false`, not an error. The optional email, name ' +
            'and company name are the words an attacker targeting this person would try first.',
          body: checkPasswordBody,
          response: { 200: checkPasswordResponse, 400: errorResponses[400] },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'password-check');
        const { password, ...context } = request.body;
        return checkPassword(password, context);
      },
    );

    app.post(
      '/api/auth/password/forgot',
      {
        config: { access: { kind: 'public', reason: 'answers the same for any address' } },
        schema: {
          tags: ['auth'],
          summary: 'Email a password reset link',
          body: emailOnlyBody,
          response: { 202: acceptedResponse },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'password-reset');
        const { email } = request.body;
        // better-auth sends the mail only when the account exists; the answer is the same either way.
        await callAuth(() =>
          accounts.auth().api.requestPasswordReset({
            body: { email, redirectTo: `${ctx.config.publicUrl}/reset-password` },
            headers: authHeaders(request),
          }),
        );
        await recordAuditEvent(ctx, {
          action: 'auth.password.reset_requested',
          outcome: 'success',
          subjectEmail: email,
          source: sourceOf(request),
        });
        return reply.status(202).send({
          status: 'accepted' as const,
          message: 'If this address has an account, we sent it a reset link.',
        });
      },
    );

    app.post(
      '/api/auth/password/reset',
      {
        config: { access: { kind: 'public', reason: 'the reset token is the credential' } },
        schema: {
          tags: ['auth'],
          summary: 'Choose a new password with the token from the reset link',
          body: resetPasswordBody,
          response: { 204: noContent, 400: errorResponses[400] },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'password-reset');
        const { token, newPassword } = request.body;
        const owner = await accountOfResetToken(ctx, accounts, token);
        assertAcceptablePassword(newPassword, 'newPassword', { email: owner?.email, name: owner?.name });
        await callAuth(() =>
          accounts.auth().api.resetPassword({ body: { token, newPassword }, headers: authHeaders(request) }),
        );
        if (owner) {
          await clearMustChangePassword(ctx.database.db, owner.id, ctx.clock.now());
          await ctx.mailer.send(passwordChangedMail(owner.email));
        }
        await recordAuditEvent(ctx, {
          action: 'auth.password.reset',
          outcome: 'success',
          actor: { accountId: owner?.id ?? null },
          source: sourceOf(request),
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password/change',
      {
        config: { access: { kind: 'account', sensitive: true, whileRestricted: true } },
        schema: {
          tags: ['auth'],
          summary: 'Change the password (needs the current one)',
          body: changePasswordBody,
          response: { 204: noContent, 400: errorResponses[400] },
        },
      },
      async (request, reply) => {
        const account = request.auth!.account;
        const { currentPassword, newPassword, revokeOtherSessions } = request.body;
        assertAcceptablePassword(newPassword, 'newPassword', { email: account.email, name: account.name });
        const { headers } = await callAuth(() =>
          accounts.auth().api.changePassword({
            body: { currentPassword, newPassword, revokeOtherSessions },
            headers: authHeaders(request),
            returnHeaders: true,
          }),
        );
        forwardCookies(reply, headers);
        await clearMustChangePassword(ctx.database.db, account.id, ctx.clock.now());
        await ctx.mailer.send(passwordChangedMail(account.email));
        await recordAuditEvent(ctx, {
          action: 'auth.password.changed',
          outcome: 'success',
          actor: { accountId: account.id },
          source: sourceOf(request),
          details: { revokedOtherSessions: revokeOtherSessions },
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/email/change',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags: ['auth'],
          summary: 'Change the email address (needs the password; the new address must be confirmed)',
          body: changeEmailBody,
          response: { 202: acceptedResponse, 400: errorResponses[400], 409: errorResponses[409] },
        },
      },
      async (request, reply) => {
        const account = request.auth!.account;
        const { newEmail, currentPassword } = request.body;
        // Re-authentication: a stolen session alone cannot move the account to another mailbox.
        await callAuth(() =>
          accounts
            .auth()
            .api.verifyPassword({ body: { password: currentPassword }, headers: authHeaders(request) }),
        );
        if (await findAccount(ctx.database.db, { email: newEmail })) {
          throw authErrors.EMAIL_IN_USE('This address already belongs to another account.', {
            issues: [{ location: 'body', field: 'newEmail', message: 'is already used by an account' }],
          });
        }
        // better-auth asks the current address to approve, then the new one to confirm.
        await callAuth(() =>
          accounts.auth().api.changeEmail({
            body: { newEmail, callbackURL: `${ctx.config.publicUrl}/?emailChanged=1` },
            headers: authHeaders(request),
          }),
        );
        await recordAuditEvent(ctx, {
          action: 'auth.email.change_requested',
          outcome: 'success',
          actor: { accountId: account.id },
          source: sourceOf(request),
          details: { newEmail },
        });
        return reply.status(202).send({
          status: 'accepted' as const,
          message: 'Approve the change from your current address, then confirm it from the new one.',
        });
      },
    );
  };
}

// The reset token names its account in better-auth's verification store (hashed there); the
// account is needed before resetting, to check the new password against its email and name.
async function accountOfResetToken(ctx: AppContext, accounts: Accounts, token: string) {
  const { internalAdapter } = await accounts.auth().$context;
  const verification = await internalAdapter.findVerificationValue(`reset-password:${token}`);
  return verification ? findAccount(ctx.database.db, { id: verification.value }) : undefined;
}
