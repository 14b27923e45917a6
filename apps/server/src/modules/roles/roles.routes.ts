import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import type { PreviewChange } from '../app-change/change-preview.js';
import { appParams } from '../tenancy/tenant-params.js';
import { deleteRole, previewRoleDeletion } from './role-deletion.service.js';
import {
  createRoleBody,
  deleteRoleQuery,
  dryRunQuery,
  roleDeletionPreview,
  roleParams,
  roleResponse,
  roleUpdatePreview,
  updateRoleBody,
} from './roles.schema.js';
import { createRole, getRole, listRoles, previewRoleUpdate, updateRole } from './roles.service.js';

const write = { kind: 'app', right: 'company.users.manage' } as const;
const read = { kind: 'app', right: ['company.users.manage', 'app.dataformats.read'] } as const;
const tags = ['roles'];

/** Per-app roles: bundles of rights and flags, subject to the delegation ceiling. */
export function rolesRoutes(
  ctx: AppContext,
  { previewChange }: { previewChange: PreviewChange },
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/roles',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The application's roles, with their effective rights and how many users hold each",
          params: appParams,
          response: { 200: z.object({ items: z.array(roleResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listRoles(ctx, request.params.app) }),
    );

    app.post(
      '/api/apps/:app/roles',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Create a role (you can only hand out rights and flags you hold)',
          params: appParams,
          body: createRoleBody,
          response: { 201: roleResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createRole(ctx, appActorOf(request), request.body)),
    );

    app.get(
      '/api/apps/:app/roles/:role',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One role',
          params: roleParams,
          response: { 200: roleResponse, ...errorResponses },
        },
      },
      async (request) => getRole(ctx, request.params.app, request.params.role),
    );

    app.patch(
      '/api/apps/:app/roles/:role',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Edit a role (its key is stable); what it gains or loses is subject to the ceiling',
          params: roleParams,
          querystring: dryRunQuery,
          body: updateRoleBody,
          response: { 200: z.union([roleUpdatePreview, roleResponse]), ...errorResponses },
        },
      },
      async (request) => {
        const { role } = request.params;
        const actor = appActorOf(request);
        if (request.query.dryRun) return previewRoleUpdate(ctx, actor, role, request.body, previewChange);
        return updateRole(ctx, actor, role, request.body);
      },
    );

    app.delete(
      '/api/apps/:app/roles/:role',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Delete a role; users who hold it move to ?replacement=<roleKey> (409 without one)',
          params: roleParams,
          querystring: deleteRoleQuery,
          response: { 204: noContent, 200: roleDeletionPreview, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { role } = request.params;
        const { replacement, dryRun } = request.query;
        if (dryRun)
          return reply.send(
            await previewRoleDeletion(ctx, appActorOf(request), role, replacement, previewChange),
          );
        await deleteRole(ctx, appActorOf(request), role, replacement);
        return reply.status(204).send(null);
      },
    );
  };
}
