import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  attributeParams,
  attributeResponse,
  createAttributeBody,
  updateAttributeBody,
} from './attributes.schema.js';
import {
  createAttribute,
  deleteAttribute,
  getAttribute,
  listAttributes,
  updateAttribute,
} from './attributes.service.js';

const write = { kind: 'app', right: 'company.users.manage' } as const;
const read = { kind: 'app', right: ['company.users.manage', 'app.dataformats.read'] } as const;
const tags = ['user attributes'];

/** Typed custom user attributes (department, region…), the `user.<key>` of conditions. */
export function attributesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/attributes',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The application's custom user attributes",
          params: appParams,
          response: { 200: z.object({ items: z.array(attributeResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listAttributes(ctx, request.params.app) }),
    );

    app.post(
      '/api/apps/:app/attributes',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Define a typed user attribute',
          params: appParams,
          body: createAttributeBody,
          response: { 201: attributeResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createAttribute(ctx, appActorOf(request), request.body)),
    );

    app.get(
      '/api/apps/:app/attributes/:attribute',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One user attribute',
          params: attributeParams,
          response: { 200: attributeResponse, ...errorResponses },
        },
      },
      async (request) => getAttribute(ctx, request.params.app, request.params.attribute),
    );

    app.patch(
      '/api/apps/:app/attributes/:attribute',
      {
        config: { access: write },
        schema: {
          tags,
          summary: "Rename a user attribute or change a select's choices",
          params: attributeParams,
          body: updateAttributeBody,
          response: { 200: attributeResponse, ...errorResponses },
        },
      },
      async (request) => updateAttribute(ctx, appActorOf(request), request.params.attribute, request.body),
    );

    app.delete(
      '/api/apps/:app/attributes/:attribute',
      {
        config: { access: write },
        schema: {
          tags,
          summary: "Delete a user attribute and every user's value of it",
          params: attributeParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteAttribute(ctx, appActorOf(request), request.params.attribute);
        return reply.status(204).send(null);
      },
    );
  };
}
