import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { collectionParams, fieldResponse } from './collections.schema.js';
import { updateField } from './field-update.service.js';
import { createFieldBody, fieldParams, updateFieldBody } from './fields.schema.js';
import { createField, deleteField, getField } from './fields.service.js';

const read = { kind: 'app', right: 'app.dataformats.read' } as const;
const edit = { kind: 'app', right: 'app.dataformats.edit' } as const;
const tags = ['collections'];

/** Fields: typed columns bound to stable ids; `:field` is the id or the current name. */
export function fieldsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/apps/:app/collections/:collection/fields',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Add a field: a column named from its id, or a junction table for links to many',
          params: collectionParams,
          body: createFieldBody,
          response: { 201: fieldResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createField(ctx, appActorOf(request), request.params.collection, request.body)),
    );

    app.get(
      '/api/apps/:app/collections/:collection/fields/:field',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One field',
          params: fieldParams,
          response: { 200: fieldResponse, ...errorResponses },
        },
      },
      async (request) => getField(ctx, request.params.app, request.params.collection, request.params.field),
    );

    app.patch(
      '/api/apps/:app/collections/:collection/fields/:field',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Rename a field (rules keep working), relabel it, change its constraints or choices',
          params: fieldParams,
          body: updateFieldBody,
          response: { 200: fieldResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { collection, field } = request.params;
        return updateField(ctx, appActorOf(request), collection, field, request.body);
      },
    );

    app.delete(
      '/api/apps/:app/collections/:collection/fields/:field',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Delete a field and its data; refused (409) while rules use it, listing them',
          params: fieldParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteField(ctx, appActorOf(request), request.params.collection, request.params.field);
        return reply.status(204).send(null);
      },
    );
  };
}
