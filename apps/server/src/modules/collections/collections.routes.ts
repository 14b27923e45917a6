import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  collectionParams,
  collectionResponse,
  createCollectionBody,
  updateCollectionBody,
} from './collections.schema.js';
import {
  createCollection,
  deleteCollection,
  getCollection,
  listCollections,
  updateCollection,
} from './collections.service.js';
import { fieldsRoutes } from './fields.routes.js';

const read = { kind: 'app', right: 'app.dataformats.read' } as const;
const edit = { kind: 'app', right: 'app.dataformats.edit' } as const;
const tags = ['collections'];

/** The data model of an app: collections and their fields, stored as real tables. */
export function collectionsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/collections',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The application's collections with their fields, the users collection first",
          params: appParams,
          response: { 200: z.object({ items: z.array(collectionResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listCollections(ctx, request.params.app) }),
    );

    app.post(
      '/api/apps/:app/collections',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Create a collection (restricted unless said otherwise) and its table',
          params: appParams,
          body: createCollectionBody,
          response: { 201: collectionResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCollection(ctx, appActorOf(request), request.body)),
    );

    app.get(
      '/api/apps/:app/collections/:collection',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One collection, by key or id, with its fields',
          params: collectionParams,
          response: { 200: collectionResponse, ...errorResponses },
        },
      },
      async (request) => getCollection(ctx, request.params.app, request.params.collection),
    );

    app.patch(
      '/api/apps/:app/collections/:collection',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Rename a collection, edit its description or its restricted switch (the key stays)',
          params: collectionParams,
          body: updateCollectionBody,
          response: { 200: collectionResponse, ...errorResponses },
        },
      },
      async (request) => updateCollection(ctx, appActorOf(request), request.params.collection, request.body),
    );

    app.delete(
      '/api/apps/:app/collections/:collection',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Delete a collection and its records; refused (409) while rules or links use it',
          params: collectionParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteCollection(ctx, appActorOf(request), request.params.collection);
        return reply.status(204).send(null);
      },
    );

    await app.register(fieldsRoutes(ctx));
  };
}
