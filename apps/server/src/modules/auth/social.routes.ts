import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { sharedErrors } from '../../http/error-codes.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import type { Accounts } from './accounts-module.js';
import { authHeaders, callAuth, forwardCookies, relayToAuthHandler } from './better-auth-bridge.js';
import { loadOidcProviders } from './identity-providers.js';
import { findSessionAccountId } from './sessions.repository.js';

const signInBody = z.object({
  callbackURL: z
    .string()
    .max(2048)
    .optional()
    .describe('Where the browser lands after signing in (a path or a trusted URL)'),
  errorCallbackURL: z
    .string()
    .max(2048)
    .optional()
    .describe('Where it lands if signing in fails; `?error=` is added'),
});

/** Sign-in through Google, Microsoft, LinkedIn, Facebook or a company's own OIDC provider. */
export function socialRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/auth/providers',
      {
        config: { access: { kind: 'public', reason: 'the sign-in page lists the ways to sign in' } },
        schema: {
          tags: ['auth'],
          summary: 'The ways to sign in',
          response: {
            200: z.object({
              password: z.literal(true),
              social: z.array(z.string()),
              oidc: z.array(z.object({ id: z.string(), name: z.string(), companyId: z.string().nullable() })),
            }),
          },
        },
      },
      async () => ({
        password: true as const,
        social: Object.keys(ctx.config.socialProviders),
        oidc: (await loadOidcProviders(ctx)).map((p) => ({
          id: p.providerId,
          name: p.displayName,
          companyId: p.companyId,
        })),
      }),
    );

    app.post(
      '/api/auth/sign-in/:provider',
      {
        config: { access: { kind: 'public', reason: 'starts a sign-in at an identity provider' } },
        schema: {
          tags: ['auth'],
          summary: 'Start signing in with an identity provider: returns the URL to send the browser to',
          params: z.object({ provider: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/) }),
          body: signInBody,
          response: { 200: z.object({ url: z.string() }), 404: errorResponses[404] },
        },
      },
      async (request, reply) => {
        const { provider } = request.params;
        const body = {
          callbackURL: request.body.callbackURL ?? `${ctx.config.publicUrl}/`,
          errorCallbackURL: request.body.errorCallbackURL ?? `${ctx.config.publicUrl}/`,
          disableRedirect: true,
        };
        // Company OIDC providers are registered as social providers of the instance that knows them.
        const { headers, response } = await callAuth(async () =>
          (await accounts.authWithProviders()).api.signInSocial({
            body: { ...body, provider: provider as 'google' },
            headers: authHeaders(request),
            returnHeaders: true,
          }),
        );
        if (!response.url) throw sharedErrors.NOT_FOUND('No such identity provider.');
        forwardCookies(reply, headers);
        return { url: response.url };
      },
    );

    app.get(
      '/api/auth/callback/:provider',
      {
        config: { access: { kind: 'public', reason: 'the identity provider sends the browser back here' } },
        schema: { hide: true, params: z.object({ provider: z.string().max(64) }) },
      },
      async (request, reply) => {
        const auth = await accounts.authWithProviders();
        await relayToAuthHandler(auth.handler, ctx.config.publicUrl, request, reply);
        await auditCallback(ctx, request, reply, request.params.provider);
        return reply;
      },
    );

    app.get(
      '/api/auth/reset-password/:token',
      {
        config: { access: { kind: 'public', reason: 'the link in a reset email carries its own token' } },
        schema: { hide: true, params: z.object({ token: z.string().max(4096) }) },
      },
      async (request, reply) =>
        relayToAuthHandler(accounts.auth().handler, ctx.config.publicUrl, request, reply),
    );
  };
}

// The callback either lands with a new session cookie (success) or redirects with ?error=.
async function auditCallback(
  ctx: AppContext,
  request: Parameters<typeof sourceOf>[0],
  reply: Parameters<typeof forwardCookies>[0],
  provider: string,
): Promise<void> {
  const location = String(reply.getHeader('location') ?? '');
  const error = location ? new URL(location, ctx.config.publicUrl).searchParams.get('error') : null;
  const cookies = [reply.getHeader('set-cookie') ?? []].flat().map(String);
  const session = cookies.map((c) => /^charter\.session_token=([^.;]+)/.exec(c)?.[1]).find(Boolean);
  const accountId = session ? await findSessionAccountId(ctx.database.db, session) : undefined;
  await recordAuditEvent(ctx, {
    action: 'auth.login',
    outcome: accountId && !error ? 'success' : 'failure',
    actor: { accountId: accountId ?? null },
    source: sourceOf(request),
    details: { method: 'oidc', provider, ...(error ? { error } : {}) },
  });
}
