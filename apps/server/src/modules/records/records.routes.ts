import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import { readableCollectionsRoutes } from './readable-collections.js';
import { type Guarded, type ReferenceDenial, withDenialReference } from './record-denials.js';
import { decorateRecords, listRecordPage, plainRecords } from './record-page.js';
import { getRecord } from './record-read.js';
import {
  RECORDS_URL,
  recordsReadAccess,
  recordsTags,
  resolveRecordScope,
  type ScopeOf,
  toRecordId,
} from './record-scope.js';
import {
  collectionParams,
  listQuery,
  listResponse,
  readQuery,
  recordParams,
  recordResponse,
} from './records.schema.js';
import { recordsTransferRoutes } from './records-transfer.routes.js';
import { recordsWriteRoutes } from './records-write.routes.js';

/** How the records API is wired to the rest of the app. */
export interface RecordsRoutesOptions {
  /** Explains and stores a denial, so the error can carry a reference for builders. */
  referenceDenial?: ReferenceDenial;
}

/** The records API: lists, point reads and writes, every one filtered by the app's data rules. */
export function recordsRoutes(
  ctx: AppContext,
  engines: PolicyEngines,
  options: RecordsRoutesOptions = {},
): FastifyPluginAsyncZod {
  const scopeOf: ScopeOf = (request) =>
    resolveRecordScope(ctx, engines, {
      appId: request.params.app,
      accountId: request.auth!.account.id,
      email: request.auth!.account.email,
      collection: request.params.collection,
      access: request.tenant?.app,
    });
  const guarded: Guarded = (request, scope, denied, run) =>
    withDenialReference(
      options.referenceDenial,
      scope,
      (error) => {
        const what = denied(error);
        if (!what) return null;
        return {
          ...what,
          method: request.method,
          impersonatorId: request.auth?.viewAs?.callerId ?? null,
          source: sourceOf(request),
        };
      },
      run,
    );
  return async (app) => {
    installPlainJsonParser(app);
    app.get(
      RECORDS_URL,
      {
        config: { access: recordsReadAccess },
        serializerCompiler: plainRecords,
        schema: {
          tags: recordsTags,
          summary: 'Records you may read: filter, sort, search, fields, keyset pages, count',
          params: collectionParams,
          querystring: listQuery,
          response: { 200: listResponse, ...errorResponses },
        },
      },
      async (request) => {
        return listRecordPage(await scopeOf(request), request.query);
      },
    );
    app.get(
      `${RECORDS_URL}/:record`,
      {
        config: { access: recordsReadAccess },
        serializerCompiler: plainRecords,
        schema: {
          tags: recordsTags,
          summary: 'One record you may read (missing and unreadable look the same)',
          params: recordParams,
          querystring: readQuery,
          response: { 200: recordResponse, ...errorResponses },
        },
      },
      async (request) => {
        const scope = await scopeOf(request);
        const id = toRecordId(request.params.record);
        const record = await guarded(
          request,
          scope,
          () => ({ action: 'read', recordId: id }),
          () => getRecord(scope, id),
        );
        return (await decorateRecords(scope, [record], request.query))[0];
      },
    );
    await app.register(recordsWriteRoutes(scopeOf, guarded));
    await app.register(readableCollectionsRoutes(scopeOf));
    await app.register(recordsTransferRoutes(scopeOf, ctx.config.imports));
  };
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
