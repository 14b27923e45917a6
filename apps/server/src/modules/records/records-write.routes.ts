import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppError } from '../../http/app-error.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { bulkWrite } from './record-bulk.service.js';
import type { Guarded } from './record-denials.js';
import { toRecordValues } from './record-input-check.js';
import {
  recordsWriteAccess as access,
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
export function recordsWriteRoutes(scopeOf: ScopeOf, guarded: Guarded): FastifyPluginAsyncZod {
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
      async (request, reply) => {
        const scope = await scopeOf(request);
        const values = toRecordValues(request.body.values);
        const record = await guarded(
          request,
          scope,
          () => ({ action: 'create' }),
          () => createRecord(scope, values),
        );
        return reply.status(201).send(record);
      },
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
      async (request) => {
        const scope = await scopeOf(request);
        const operations = request.body.operations;
        // The failing operation is named by its index; its action and record are the denial's.
        const failed = (error: AppError) => {
          const op = operations[Number(error.details?.operation)];
          if (!op) return null;
          return { action: op.op, ...('id' in op ? { recordId: toRecordId(op.id) } : {}) };
        };
        return { results: await guarded(request, scope, failed, () => bulkWrite(scope, operations)) };
      },
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
      async (request) => {
        const scope = await scopeOf(request);
        const id = toRecordId(request.params.record);
        const values = toRecordValues(request.body.values);
        return guarded(
          request,
          scope,
          () => ({ action: 'update', recordId: id }),
          () => updateRecord(scope, id, values),
        );
      },
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
        const scope = await scopeOf(request);
        const id = toRecordId(request.params.record);
        await guarded(
          request,
          scope,
          () => ({ action: 'delete', recordId: id }),
          () => deleteRecord(scope, id),
        );
        return reply.status(204).send(null);
      },
    );
  };
}
