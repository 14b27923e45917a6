import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { AppError } from '../../http/app-error.js';
import { sharedErrors } from '../../http/error-codes.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { limitByIp } from './abuse.js';
import { findAccount } from './accounts.repository.js';
import { meResponse } from './accounts.schema.js';
import type { Accounts } from './accounts-module.js';
import { authErrors } from './auth.errors.js';
import { authHeaders, callAuth, forwardCookies } from './better-auth-bridge.js';
import { toMe } from './me.js';
import { claimTotpCode } from './mfa-replay.js';
import { deleteSessionByToken } from './sessions.repository.js';

const passwordBody = z.object({ password: z.string().min(1).max(512) });
const code = z.string().regex(/^\d{6}$/, { error: 'expected the 6-digit code from the authenticator app' });
const verifyBody = z
  .object({
    code: code.optional(),
    backupCode: z.string().min(4).max(64).optional(),
    trustDevice: z.boolean().optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.backupCode === undefined), {
    error: 'send either code or backupCode',
    path: ['code'],
  });

function replayed(): AppError {
  return authErrors.INVALID_MFA_CODE();
}

/** TOTP with backup codes: enrol, confirm, use at sign-in, regenerate codes, turn off. */
export function mfaRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/mfa/enroll',
      {
        config: { access: { kind: 'account', sensitive: true, whileRestricted: true } },
        schema: {
          tags: ['mfa'],
          summary: 'Start TOTP enrolment: returns the otpauth URI and backup codes (shown once)',
          body: passwordBody,
          response: {
            200: z.object({ totpURI: z.string(), backupCodes: z.array(z.string()) }),
            400: errorResponses[400],
          },
        },
      },
      async (request) => {
        const result = await callAuth(() =>
          accounts.auth().api.enableTwoFactor({
            body: { password: request.body.password },
            headers: authHeaders(request),
          }),
        );
        if (!('totpURI' in result)) throw sharedErrors.INTERNAL('TOTP enrolment returned no secret.');
        await audit(ctx, request, 'auth.mfa.enrolment_started');
        return { totpURI: result.totpURI, backupCodes: result.backupCodes };
      },
    );

    app.post(
      '/api/auth/mfa/confirm',
      {
        config: { access: { kind: 'account', sensitive: true, whileRestricted: true } },
        schema: {
          tags: ['mfa'],
          summary: 'Finish enrolment with a first code from the authenticator app',
          body: z.object({ code }),
          response: { 200: meResponse, 401: errorResponses[401] },
        },
      },
      async (request, reply) => {
        const account = request.auth!.account;
        if (!(await claimTotpCode(ctx, account.id, request.body.code))) throw replayed();
        const { headers } = await callAuth(() =>
          accounts.auth().api.verifyTOTP({
            body: { code: request.body.code },
            headers: authHeaders(request),
            returnHeaders: true,
          }),
        );
        forwardCookies(reply, headers);
        await audit(ctx, request, 'auth.mfa.enabled');
        return toMe((await findAccount(ctx.database.db, { id: account.id }))!);
      },
    );

    app.post(
      '/api/auth/mfa/verify',
      {
        config: {
          access: { kind: 'public', reason: 'the second sign-in step; its cookie is the credential' },
        },
        schema: {
          tags: ['mfa'],
          summary: 'Second sign-in step: a TOTP code or a backup code',
          body: verifyBody,
          response: {
            200: z.object({ status: z.literal('signed_in'), account: meResponse }),
            401: errorResponses[401],
          },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'mfa');
        const { code: totp, backupCode, trustDevice } = request.body;
        const api = accounts.auth().api;
        const { headers, response } = await callAuth(() =>
          totp
            ? api.verifyTOTP({
                body: { code: totp, trustDevice },
                headers: authHeaders(request),
                returnHeaders: true,
              })
            : api.verifyBackupCode({
                body: { code: backupCode!, trustDevice },
                headers: authHeaders(request),
                returnHeaders: true,
              }),
        );
        const accountId = String(response.user.id);
        // A valid TOTP code is refused the second time: the session it just made is dropped again.
        if (totp && !(await claimTotpCode(ctx, accountId, totp))) {
          if (response.token) {
            await deleteSessionByToken(ctx.database.db, response.token);
          }
          await recordAuditEvent(ctx, {
            action: 'auth.mfa.replay',
            outcome: 'denied',
            actor: { accountId },
            source: sourceOf(request),
          });
          throw replayed();
        }
        forwardCookies(reply, headers);
        await recordAuditEvent(ctx, {
          action: 'auth.login',
          outcome: 'success',
          actor: { accountId },
          source: sourceOf(request),
          details: { secondFactor: totp ? 'totp' : 'backup_code' },
        });
        return {
          status: 'signed_in' as const,
          account: toMe((await findAccount(ctx.database.db, { id: accountId }))!),
        };
      },
    );

    app.post(
      '/api/auth/mfa/backup-codes',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags: ['mfa'],
          summary: 'Replace the backup codes (shown once)',
          body: passwordBody,
          response: { 200: z.object({ backupCodes: z.array(z.string()) }) },
        },
      },
      async (request) => {
        const result = await callAuth(() =>
          accounts.auth().api.generateBackupCodes({
            body: { password: request.body.password },
            headers: authHeaders(request),
          }),
        );
        await audit(ctx, request, 'auth.mfa.backup_codes_regenerated');
        return { backupCodes: result.backupCodes };
      },
    );

    app.post(
      '/api/auth/mfa/disable',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: { tags: ['mfa'], summary: 'Turn two-factor authentication off', body: passwordBody },
      },
      async (request, reply) => {
        // Turning it off replaces the session with a new one: hand its cookie on, or the person is signed out.
        const { headers } = await callAuth(() =>
          accounts.auth().api.disableTwoFactor({
            body: { password: request.body.password },
            headers: authHeaders(request),
            returnHeaders: true,
          }),
        );
        forwardCookies(reply, headers);
        await audit(ctx, request, 'auth.mfa.disabled');
        return reply.status(204).send();
      },
    );
  };
}

async function audit(
  ctx: AppContext,
  request: Parameters<typeof sourceOf>[0],
  action: string,
): Promise<void> {
  await recordAuditEvent(ctx, {
    action,
    outcome: 'success',
    actor: { accountId: request.auth?.account.id ?? null },
    source: sourceOf(request),
  });
}
