import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/app-error.js';
import { sharedErrors } from '../../http/error-codes.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { accountLockedMail } from '../../mail/templates.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { assertLoginNotLocked, LOGIN_FAILURE_RULE, limitByIp, recordLoginFailure } from './abuse.js';
import { findAccount, updateAccountName } from './accounts.repository.js';
import {
  acceptedResponse,
  emailOnlyBody,
  loginBody,
  loginResponse,
  meResponse,
  registerBody,
  registerResponse,
  updateMeBody,
  verifyEmailQuery,
} from './accounts.schema.js';
import type { Accounts } from './accounts-module.js';
import { authHeaders, callAuth, forwardCookies, translateAuthError } from './better-auth-bridge.js';
import { claimEmailLink, type EmailLinkClaim } from './email-links.js';
import { toMe } from './me.js';
import { assertAcceptablePassword } from './password-errors.js';

const REGISTERED =
  'If this address can be used, we sent it a link to confirm it. Follow the link, then sign in.';

/** Registration, email confirmation, sign-in, sign-out and `me`. */
export function authRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/register',
      {
        config: { access: { kind: 'public', reason: 'anyone may register' } },
        schema: {
          tags: ['auth'],
          summary: 'Register an account with email and password',
          body: registerBody,
          response: { 202: registerResponse, 400: errorResponses[400] },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'register');
        const { email, password, name } = request.body;
        assertAcceptablePassword(password, 'password', { email, name });
        // An existing address gets a notice instead of a second account, and the same answer.
        await callAuth(() =>
          accounts.auth().api.signUpEmail({ body: { email, password, name }, headers: authHeaders(request) }),
        );
        await recordAuditEvent(ctx, {
          action: 'auth.register',
          outcome: 'success',
          subjectEmail: email,
          source: sourceOf(request),
        });
        return reply.status(202).send({ status: 'verification_sent' as const, message: REGISTERED });
      },
    );

    app.get(
      '/api/auth/verify-email',
      {
        config: {
          access: { kind: 'public', reason: 'the link in a confirmation email carries its own token' },
        },
        schema: {
          tags: ['auth'],
          summary: 'Confirm an address, or approve or confirm an email change (a mailed link; works once)',
          querystring: verifyEmailQuery,
        },
      },
      async (request, reply) => {
        // Link checkers and mail scanners probe with HEAD: it must not spend the link.
        if (request.method === 'HEAD') return reply.status(200).send();
        const wantsPage = (request.headers.accept ?? '').includes('text/html');
        let purpose: EmailLinkClaim['purpose'];
        try {
          const claim = await claimEmailLink(ctx, request.query.token);
          purpose = claim.purpose;
          await callAuth(() =>
            accounts
              .auth()
              .api.verifyEmail({ query: { token: request.query.token }, headers: authHeaders(request) }),
          ).catch(async (error: unknown) => {
            await claim.release();
            throw error;
          });
        } catch (error) {
          if (wantsPage && error instanceof AppError) {
            return reply.redirect(`${ctx.config.publicUrl}/?emailVerificationError=${error.code}`);
          }
          throw error;
        }
        await recordAuditEvent(ctx, {
          action: 'auth.email.verified',
          outcome: 'success',
          source: sourceOf(request),
        });
        // Each step lands on a page that says what happened and what comes next.
        if (wantsPage) {
          const landing =
            purpose === 'approve-change'
              ? 'emailChangeApproved=1'
              : purpose === 'confirm-change'
                ? 'emailChanged=1'
                : 'emailVerified=1';
          return reply.redirect(`${ctx.config.publicUrl}/?${landing}`);
        }
        return { status: 'verified' as const };
      },
    );

    app.post(
      '/api/auth/verify-email/resend',
      {
        config: { access: { kind: 'public', reason: 'answers the same for any address' } },
        schema: {
          tags: ['auth'],
          summary: 'Send the confirmation link again',
          body: emailOnlyBody,
          response: { 202: acceptedResponse },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'verification-resend');
        const account = await findAccount(ctx.database.db, { email: request.body.email });
        if (account && !account.emailVerified) {
          await callAuth(() =>
            accounts.auth().api.sendVerificationEmail({
              body: { email: account.email },
              headers: authHeaders(request),
            }),
          );
        }
        return reply.status(202).send({
          status: 'accepted' as const,
          message: 'If this address has an unconfirmed account, we sent a new link.',
        });
      },
    );

    app.post(
      '/api/auth/login',
      {
        config: { access: { kind: 'public', reason: 'signing in' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password',
          body: loginBody,
          response: { 200: loginResponse, 401: errorResponses[401], 403: errorResponses[403] },
        },
      },
      async (request, reply) => {
        const { email, password, rememberMe } = request.body;
        await limitByIp(ctx, request, reply, 'login');
        await assertLoginNotLocked(ctx, reply, email);
        let result: Awaited<ReturnType<ReturnType<Accounts['auth']>['api']['signInEmail']>> & {
          twoFactorRedirect?: boolean;
        };
        try {
          const { headers, response } = await accounts.auth().api.signInEmail({
            body: { email, password, rememberMe: rememberMe ?? true },
            headers: authHeaders(request),
            returnHeaders: true,
          });
          forwardCookies(reply, headers);
          result = response;
        } catch (error) {
          const translated = translateAuthError(error);
          if (translated instanceof AppError && translated.code === 'INVALID_CREDENTIALS') {
            await onLoginFailure(ctx, email, request);
          }
          throw translated;
        }
        if (result.twoFactorRedirect) {
          await recordAuditEvent(ctx, {
            action: 'auth.login.mfa_challenge',
            outcome: 'success',
            subjectEmail: email,
            source: sourceOf(request),
          });
          return { status: 'mfa_required' as const, methods: ['totp' as const, 'backup_code' as const] };
        }
        const account = await findAccount(ctx.database.db, { email });
        if (!account) throw sharedErrors.INTERNAL('The signed-in account vanished.');
        await recordAuditEvent(ctx, {
          action: 'auth.login',
          outcome: 'success',
          actor: { accountId: account.id },
          subjectEmail: email,
          source: sourceOf(request),
        });
        return { status: 'signed_in' as const, account: toMe(account) };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        // Open while viewing as another user: ending the session ends the view with it.
        config: { access: { kind: 'account', whileRestricted: true, sensitive: true }, viewAs: 'control' },
        schema: { tags: ['auth'], summary: 'Sign out (ends this session)' },
      },
      async (request, reply) => {
        const { headers } = await callAuth(() =>
          accounts.auth().api.signOut({ headers: authHeaders(request), returnHeaders: true }),
        );
        forwardCookies(reply, headers);
        await recordAuditEvent(ctx, {
          action: 'auth.logout',
          outcome: 'success',
          actor: { accountId: request.auth!.account.id },
          source: sourceOf(request),
        });
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: { kind: 'account', scope: 'account:read', whileRestricted: true } },
        schema: { tags: ['auth'], summary: 'The signed-in account', response: { 200: meResponse } },
      },
      async (request) => toMe(request.auth!.account),
    );

    app.patch(
      '/api/auth/me',
      {
        // Changing who one is named as is for the person, never a program.
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags: ['auth'],
          summary: 'Change my profile (the name companies and apps show)',
          body: updateMeBody,
          response: { 200: meResponse, 400: errorResponses[400] },
        },
      },
      async (request) => {
        const account = request.auth!.account;
        await updateAccountName(ctx.database.db, account.id, request.body.name, ctx.clock.now());
        await recordAuditEvent(ctx, {
          action: 'auth.profile.updated',
          outcome: 'success',
          actor: { accountId: account.id },
          source: sourceOf(request),
          details: { name: request.body.name },
        });
        return toMe((await findAccount(ctx.database.db, { id: account.id }))!);
      },
    );
  };
}

async function onLoginFailure(
  ctx: AppContext,
  email: string,
  request: Parameters<typeof sourceOf>[0],
): Promise<void> {
  const startsLock = await recordLoginFailure(ctx, email);
  const account = await findAccount(ctx.database.db, { email });
  await recordAuditEvent(ctx, {
    action: 'auth.login',
    outcome: 'failure',
    actor: { accountId: account?.id ?? null },
    subjectEmail: email,
    source: sourceOf(request),
    details: { reason: 'invalid_credentials' },
  });
  if (!startsLock) return;
  await recordAuditEvent(ctx, {
    action: 'auth.login.locked',
    outcome: 'denied',
    actor: { accountId: account?.id ?? null },
    subjectEmail: email,
    source: sourceOf(request),
    details: { minutes: LOGIN_FAILURE_RULE.windowSeconds / 60 },
  });
  if (account) await ctx.mailer.send(accountLockedMail(account.email, LOGIN_FAILURE_RULE.windowSeconds / 60));
}
