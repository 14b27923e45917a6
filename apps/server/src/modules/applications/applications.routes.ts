import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf, companyActorOf } from '../app-change/app-actor.js';
import type { AppAccess } from '../tenancy/tenant-access.js';
import { appParams, companyParams } from '../tenancy/tenant-params.js';
import {
  appDetailResponse,
  appResponse,
  createAppBody,
  createdAppResponse,
  myAppResponse,
  publicAppParams,
  publicAppResponse,
  updateAppBody,
} from './applications.schema.js';
import {
  createApp,
  deleteApp,
  findApp,
  findPublicApp,
  listCompanyApps,
  listMyApps,
  updateApp,
} from './applications.service.js';
import { availableSignInMethods, offeredSignInMethods } from './sign-in-methods.js';

const manageApps = 'company.apps.manage';

/** Applications: created under a company, read by its members and app users, listed per caller. */
export function applicationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/apps/:slug',
      {
        config: {
          access: {
            kind: 'public',
            reason:
              "an end-user app's sign-in screen shows its name and login template, nothing of its data or people",
          },
        },
        schema: {
          tags: ['applications'],
          summary: "An app by its end-user app's address (/a/:slug): what its sign-in screen shows",
          params: publicAppParams,
          response: { 200: publicAppResponse, ...errorResponses },
        },
      },
      async (request) => findPublicApp(ctx, request.params.slug),
    );

    app.post(
      '/api/companies/:company/apps',
      {
        config: { access: { kind: 'company', right: manageApps } },
        schema: {
          tags: ['applications'],
          summary: 'Create an application with its default roles; the creator becomes its Team Admin',
          params: companyParams,
          body: createAppBody,
          response: { 201: createdAppResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createApp(ctx, companyActorOf(request), request.body)),
    );

    app.get(
      '/api/companies/:company/apps',
      {
        config: { access: { kind: 'company', right: manageApps } },
        schema: {
          tags: ['applications'],
          summary: "The company's applications",
          params: companyParams,
          response: { 200: z.object({ items: z.array(appResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listCompanyApps(ctx, request.params.company) }),
    );

    app.get(
      '/api/apps',
      {
        config: { access: { kind: 'account', scope: 'account:read' } },
        schema: {
          tags: ['applications'],
          summary: 'The applications the caller is an app user of, with their roles there',
          response: { 200: z.object({ items: z.array(myAppResponse) }), 401: errorResponses[401] },
        },
      },
      async (request) => ({ items: await listMyApps(ctx, request.auth!.account.id) }),
    );

    app.get(
      '/api/apps/:app',
      {
        config: { access: { kind: 'app', scope: 'account:read' } },
        schema: {
          tags: ['applications'],
          summary: "An application and the caller's standing in it",
          params: appParams,
          response: { 200: appDetailResponse, ...errorResponses },
        },
      },
      async (request) => {
        const access = appActorOf(request).access;
        const app = await findApp(ctx.database.db, access.appId);
        const signInMethods = await availableSignInMethods(ctx, app.companyId);
        // As on the sign-in screen: a method the server no longer offers is not among the chosen.
        const methods = offeredSignInMethods(app.loginTemplate.methods, signInMethods);
        return {
          ...app,
          loginTemplate: { ...app.loginTemplate, methods },
          you: standingOf(access),
          signInMethods,
        };
      },
    );

    app.patch(
      '/api/apps/:app',
      {
        config: { access: { kind: 'app', right: manageApps } },
        schema: {
          tags: ['applications'],
          summary: 'Rename an application, edit its description, open or close self-registration',
          params: appParams,
          body: updateAppBody,
          response: { 200: appResponse, ...errorResponses },
        },
      },
      async (request) => updateApp(ctx, appActorOf(request), request.body),
    );

    app.delete(
      '/api/apps/:app',
      {
        config: { access: { kind: 'app', right: manageApps } },
        schema: {
          tags: ['applications'],
          summary: 'Delete an application with its roles, rights, attributes and app users',
          params: appParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteApp(ctx, appActorOf(request));
        return reply.status(204).send(null);
      },
    );
  };
}

function standingOf(access: AppAccess) {
  const { roles, rights, internal, builder, allData, forceMfa } = access.permissions;
  return {
    member: access.company !== null,
    owner: access.company?.isOwner ?? false,
    appUser: access.appUser?.status ?? null,
    roles,
    rights,
    internal,
    builder,
    allData,
    forceMfa,
  };
}
