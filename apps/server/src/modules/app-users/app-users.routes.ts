import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import type { Accounts } from '../auth/accounts-module.js';
import { appParams } from '../tenancy/tenant-params.js';
import { findAppUser, listAppUsers } from './app-users.repository.js';
import {
  addAppUserBody,
  appUserPage,
  appUserParams,
  appUserResponse,
  createAppUserBody,
  createdAppUserResponse,
  listAppUsersQuery,
  updateAppUserBody,
} from './app-users.schema.js';
import { addAppUser, createAppUser, removeAppUser, updateAppUser } from './app-users.service.js';

const manageUsers = { kind: 'app', right: 'company.users.manage' } as const;
const tags = ['app users'];

/** The users of an app: company members and end users, with roles, direct rights and attributes. */
export function appUsersRoutes(ctx: AppContext, accounts: Accounts): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/users',
      {
        config: { access: manageUsers },
        schema: {
          tags,
          summary: 'The app users, by email, a page at a time',
          params: appParams,
          querystring: listAppUsersQuery,
          response: { 200: appUserPage, ...errorResponses },
        },
      },
      async (request) => listAppUsers(ctx.database.db, appActorOf(request).access, request.query),
    );

    app.post(
      '/api/apps/:app/users',
      {
        config: { access: manageUsers },
        schema: {
          tags,
          summary: 'Add an existing account (by email) with roles, direct rights and attributes',
          params: appParams,
          body: addAppUserBody,
          response: { 201: appUserResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addAppUser(ctx, appActorOf(request), request.body)),
    );

    app.post(
      '/api/apps/:app/users/create',
      {
        config: { access: { ...manageUsers, sensitive: true } },
        schema: {
          tags,
          summary: 'Create an end user with a temporary password (shown once) and a confirmation mail',
          params: appParams,
          body: createAppUserBody,
          response: { 201: createdAppUserResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createAppUser(ctx, accounts, appActorOf(request), request.body)),
    );

    app.get(
      '/api/apps/:app/users/:accountId',
      {
        config: { access: manageUsers },
        schema: {
          tags,
          summary: 'One app user',
          params: appUserParams,
          response: { 200: appUserResponse, ...errorResponses },
        },
      },
      async (request) => findAppUser(ctx.database.db, appActorOf(request).access, request.params.accountId),
    );

    app.patch(
      '/api/apps/:app/users/:accountId',
      {
        config: { access: manageUsers },
        schema: {
          tags,
          summary: 'Suspend or reactivate an app user, or change their attribute values',
          params: appUserParams,
          body: updateAppUserBody,
          response: { 200: appUserResponse, ...errorResponses },
        },
      },
      async (request) => updateAppUser(ctx, appActorOf(request), request.params.accountId, request.body),
    );

    app.delete(
      '/api/apps/:app/users/:accountId',
      {
        config: { access: manageUsers },
        schema: {
          tags,
          summary: 'Remove a user from the app (their account stays)',
          params: appUserParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await removeAppUser(ctx, appActorOf(request), request.params.accountId);
        return reply.status(204).send(null);
      },
    );
  };
}
