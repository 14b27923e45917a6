import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { appUserParams } from './app-users.schema.js';
import { permissionsBody, permissionsResponse } from './permissions.schema.js';
import { readPermissions, setPermissions } from './permissions.service.js';

const manageUsers = { kind: 'app', right: 'company.users.manage' } as const;
const tags = ['app users'];

/** NoCode-X "Manage permissions": a user's roles and direct rights in one app, read and set in one call. */
export function permissionsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/users/:accountId/permissions',
      {
        config: { access: manageUsers },
        schema: {
          tags,
          summary: "A user's roles, direct rights and effective rights in this app",
          params: appUserParams,
          response: { 200: permissionsResponse, ...errorResponses },
        },
      },
      async (request) => readPermissions(ctx, appActorOf(request).access, request.params.accountId),
    );

    app.put(
      '/api/apps/:app/users/:accountId/permissions',
      {
        config: { access: manageUsers },
        schema: {
          tags,
          summary: "Set a user's roles and direct rights in this app (within what you hold yourself)",
          params: appUserParams,
          body: permissionsBody,
          response: { 200: permissionsResponse, ...errorResponses },
        },
      },
      async (request) => setPermissions(ctx, appActorOf(request), request.params.accountId, request.body),
    );
  };
}
