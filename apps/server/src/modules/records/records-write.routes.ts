import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, noContent } from '../../http/openapi.js';
import { bulkWrite } from './record-bulk.service.js';
import { toRecordValues } from './record-input-check.js';
import {
  recordsAccess as access,
  RECORDS_URL,
  type ScopeOf,
  recordsTags as tags,
  toRecordId,
} from './record-scope.js';
import { createRecord, deleteRecord, updateRecord } from './record-write.service.js';
import {
  bulkBody,
  bulkResponse,
  collectionParams,
  recordParams,
  recordResponse,
  writeBody,
} from './records.schema.js';

/** Record writes: create, change, delete, and all-or-nothing bulk. */
export function recordsWriteRoutes(scopeOf: ScopeOf): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { access };
    app.post(
      RECORDS_URL,
      {
        config,
        schema: {
          tags,
          summary: 'Create a record',
          params: collectionParams,
          body: writeBody,
          response: { 201: recordResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createRecord(await scopeOf(request), toRecordValues(request.body.values))),
    );
    app.post(
      `${RECORDS_URL}/bulk`,
      {
        config,
        schema: {
          tags,
          summary: 'Create, change and delete records: all or nothing',
          params: collectionParams,
          body: bulkBody,
          response: { 200: bulkResponse, ...errorResponses },
        },
      },
      async (request) => ({ results: await bulkWrite(await scopeOf(request), request.body.operations) }),
    );
    app.patch(
      `${RECORDS_URL}/:record`,
      {
        config,
        schema: {
          tags,
          summary: 'Change fields of a record',
          params: recordParams,
          body: writeBody,
          response: { 200: recordResponse, ...errorResponses },
        },
      },
      async (request) =>
        updateRecord(
          await scopeOf(request),
          toRecordId(request.params.record),
          toRecordValues(request.body.values),
        ),
    );
    app.delete(
      `${RECORDS_URL}/:record`,
      {
        config,
        schema: {
          tags,
          summary: 'Delete a record',
          params: recordParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteRecord(await scopeOf(request), toRecordId(request.params.record));
        return reply.status(204).send(null);
      },
    );
  };
}
