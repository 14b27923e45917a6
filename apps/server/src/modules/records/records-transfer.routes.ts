import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/openapi.js';
import { exportRecords } from './record-export.js';
import type { ImportLimits } from './record-import-parse.js';
import { startImport } from './record-import-stream.js';
import { recordsReadAccess, recordsWriteAccess, type ScopeOf, recordsTags as tags } from './record-scope.js';
import { exportQuery, exportResponse, importQuery, importReport } from './record-transfer.schema.js';
import { collectionParams } from './records.schema.js';

const COLLECTION_URL = '/api/apps/:app/collections/:collection';

/** Export (app.data.read) and import (app.data.edit) of a collection's records, through the records API's own checks. */
export function recordsTransferRoutes(scopeOf: ScopeOf, limits: ImportLimits): FastifyPluginAsyncZod {
  return async (app) => {
    // An import body is read as it arrives, by the import itself: no parser buffers it first.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    app.get(
      `${COLLECTION_URL}/export`,
      {
        config: { access: recordsReadAccess },
        schema: {
          tags,
          summary:
            'Download the records you may read as CSV or JSON, with the list’s filter, sort, search and fields',
          params: collectionParams,
          querystring: exportQuery,
          response: { 200: exportResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const scope = await scopeOf(request);
        const { format, ...list } = request.query;
        const stream = exportRecords(scope, list, format);
        const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
        return reply
          .type(type)
          .header(
            'content-disposition',
            `attachment; filename="${scope.collection.replace(/[^\w.-]/g, '_')}.${format}"`,
          )
          .send(stream as never);
      },
    );
    app.post(
      `${COLLECTION_URL}/import`,
      {
        config: { access: recordsWriteAccess },
        schema: {
          tags,
          summary:
            'Import records from CSV or JSON: each row checked like a create, or an update when it has an id',
          description:
            'The body is the file, sent as `text/csv` or `application/json` (an array of records). See docs/records.md.',
          params: collectionParams,
          querystring: importQuery,
          response: { 200: importReport, ...errorResponses },
        },
      },
      async (request, reply) => {
        const started = await startImport(request.raw, {
          contentType: request.headers['content-type'],
          contentLength: request.headers['content-length'],
          limits,
          scope: () => scopeOf(request),
          mode: request.query.mode,
          dryRun: request.query.dryRun,
          progress: request.query.progress,
          requestId: String(request.id),
          log: request.log,
          closed: (abort) =>
            reply.raw.on('close', () => {
              if (!reply.raw.writableFinished) abort();
            }),
        });
        if (started.kind === 'report') return started.report;
        // Proxies must pass the lines on as they come (nginx buffers unless told not to).
        return reply
          .type('application/x-ndjson; charset=utf-8')
          .header('x-accel-buffering', 'no')
          .send(started.stream as never);
      },
    );
  };
}
