import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { appActorOf } from '../app-change/app-actor.js';
import { limitByIp } from '../auth/abuse.js';
import { registerResponse } from '../auth/accounts.schema.js';
import type { Accounts } from '../auth/accounts-module.js';
import { authHeaders } from '../auth/better-auth-bridge.js';
import { appParams } from '../tenancy/tenant-params.js';
import { findAppRow, readRegisterForm, setRegisterForm } from './register-form.service.js';
import { accountViewer, publicViewer } from './register-form-access.js';
import {
  appRegisterBody,
  joinBody,
  joinResponse,
  registerFormBody,
  registerFormResponse,
} from './registration.schema.js';
import { joinApp, registerEndUser } from './registration.service.js';

// Public routes get no tenant guard, so the id is checked by the service: anything unknown, and a
// closed app the caller cannot see, is the tenant guard's 404.
const anyAppParams = z.object({ app: z.string().max(100) });
const tags = ['registration'];
const REGISTERED =
  'If this address can be used, we sent it a link to confirm it. Follow the link, then sign in.';

/** End users registering themselves into an app, and the app's register form. */
export function registrationRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/apps/:app/register',
      {
        config: { access: { kind: 'public', reason: 'end users register themselves into an open app' } },
        schema: {
          tags,
          summary: 'Register an account into an open app, answering its register form',
          params: anyAppParams,
          body: appRegisterBody,
          response: { 202: registerResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        await limitByIp(ctx, request, reply, 'register');
        await registerEndUser(ctx, accounts, request.params.app, request.body, {
          headers: authHeaders(request),
          source: sourceOf(request),
          viewer: publicViewer(ctx, accounts, request, reply, request.params.app),
        });
        return reply.status(202).send({ status: 'verification_sent' as const, message: REGISTERED });
      },
    );

    app.post(
      '/api/apps/:app/join',
      {
        // Joining is a person's own decision: no API key makes it for them.
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags,
          summary: 'Join an open app with the User role, answering its register form',
          params: anyAppParams,
          body: joinBody,
          response: { 201: joinResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await joinApp(ctx, request.auth!.account.id, request.params.app, request.body.answers, {
            source: sourceOf(request),
            viewer: accountViewer(ctx, request.auth!, request.params.app),
          }),
        ),
    );

    app.get(
      '/api/apps/:app/register-form',
      {
        config: {
          access: {
            kind: 'public',
            reason: 'the form of an open app is shown to people before they register',
          },
        },
        schema: {
          tags,
          summary: 'The register form (public while registration is open; for user managers always)',
          params: anyAppParams,
          response: { 200: registerFormResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const row = await findAppRow(ctx.database.db, request.params.app);
        return readRegisterForm(ctx.database.db, row, publicViewer(ctx, accounts, request, reply, row.id));
      },
    );

    app.put(
      '/api/apps/:app/register-form',
      {
        config: { access: { kind: 'app', right: 'company.users.manage' } },
        schema: {
          tags,
          summary: 'Set the register form: the attributes it asks for, their labels, which are required',
          params: appParams,
          body: registerFormBody,
          response: { 200: registerFormResponse, ...errorResponses },
        },
      },
      async (request) => setRegisterForm(ctx, appActorOf(request), request.body),
    );
  };
}
