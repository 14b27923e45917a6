import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { createPolicyEngines } from '../data/policy-engines.js';
import { toRecordValues } from './record-input-check.js';
import { getRecord, listRecords } from './record-read.js';
import { resolveRecordScope } from './record-scope.js';
import { createRecord, deleteRecord, updateRecord } from './record-write.service.js';
import {
  collectionParams,
  listQuery,
  listResponse,
  recordParams,
  recordResponse,
  writeBody,
} from './records.schema.js';

// No backoffice right: any app user may call these, and the permission engine decides per record.
const access = { kind: 'app' } as const;
const tags = ['records'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The records API: lists, point reads and writes, every one filtered by the app's data rules. */
export function recordsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const engines = createPolicyEngines(ctx);
  const scopeOf = (request: Pick<FastifyRequest, 'auth'> & { params: { app: string; collection: string } }) =>
    resolveRecordScope(ctx, engines, {
      appId: request.params.app,
      accountId: request.auth!.account.id,
      collection: request.params.collection,
    });
  return async (app) => {
    installPlainJsonParser(app);
    const base = '/api/apps/:app/collections/:collection/records';
    app.get(
      base,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Records you may read: filter, sort, search, fields, keyset pages, count',
          params: collectionParams,
          querystring: listQuery,
          response: { 200: listResponse, ...errorResponses },
        },
      },
      async (request) => listRecords(await scopeOf(request), request.query),
    );
    app.get(
      `${base}/:record`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'One record you may read',
          params: recordParams,
          response: { 200: recordResponse, ...errorResponses },
        },
      },
      async (request) => getRecord(await scopeOf(request), recordId(request.params.record)),
    );
    app.post(
      base,
      {
        config: { access },
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
    app.patch(
      `${base}/:record`,
      {
        config: { access },
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
          recordId(request.params.record),
          toRecordValues(request.body.values),
        ),
    );
    app.delete(
      `${base}/:record`,
      {
        config: { access },
        schema: {
          tags,
          summary: 'Delete a record',
          params: recordParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteRecord(await scopeOf(request), recordId(request.params.record));
        return reply.status(204).send(null);
      },
    );
  };
}

// A malformed id can match no record: it becomes the nil uuid, so it gets the same 404.
function recordId(raw: string): string {
  return UUID.test(raw) ? raw.toLowerCase() : '00000000-0000-0000-0000-000000000000';
}

// Record bodies are parsed with JSON.parse, which keeps `__proto__` and `constructor` as plain own
// keys (never a prototype), so the mass-assignment check can name them instead of a parse error.
function installPlainJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }), undefined);
    }
  });
}
