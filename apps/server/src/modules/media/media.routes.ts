import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { validationError } from '../../http/app-error.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  contentQuery,
  mediaListQuery,
  mediaParams,
  mediaResponse,
  mediaUpdateBody,
  mediaVersionParams,
  mediaVersionResponse,
  uploadQuery,
} from './media.schema.js';
import {
  deleteMedia,
  getMedia,
  listMedia,
  listVersions,
  MAX_FILES_PER_UPLOAD,
  replaceMedia,
  restoreMediaVersion,
  updateMedia,
  uploadMedia,
} from './media.service.js';
import { uploadedParts } from './media-multipart.js';
import { openMediaContent } from './media-serve.js';
import type { MediaStore } from './media-store.js';

const read = { kind: 'app', right: 'app.media.read' } as const;
const edit = { kind: 'app', right: 'app.media.edit' } as const;
const tags = ['media'];
const fileBinary = { description: 'The file content', format: 'binary' } as const;

/** The media library of an app: files, their versions, and their bytes. */
export function mediaRoutes(ctx: AppContext, store: MediaStore): FastifyPluginAsyncZod {
  return async (app) => {
    // Only these routes read multipart bodies. Each file is counted against the library's own
    // limit as it streams; the parser's limit sits one byte above it so that the library's
    // refusal, with its code, is the one a client sees.
    await app.register(multipart, {
      limits: {
        fileSize: ctx.config.media.maxBytes + 1,
        files: MAX_FILES_PER_UPLOAD + 1,
        fields: 10,
        fieldSize: 1024,
        parts: MAX_FILES_PER_UPLOAD + 11,
      },
    });

    app.get(
      '/api/apps/:app/media',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The app's media files, newest first, with search, folder and tag filters and a cursor",
          params: appParams,
          querystring: mediaListQuery,
          response: {
            200: z.object({
              items: z.array(mediaResponse),
              next: z.string().nullable().describe('Cursor of the next page, or null'),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => listMedia(ctx, request.params.app, request.query),
    );

    app.post(
      '/api/apps/:app/media',
      {
        config: { access: edit, upload: { field: 'files', many: true, file: fileBinary } },
        schema: {
          tags,
          summary: `Upload files (multipart/form-data, up to ${MAX_FILES_PER_UPLOAD} file parts); all are stored or none`,
          description:
            'Each file is typed from its bytes and checked against the size limit and the accepted types; a refusal names the file and stores nothing.',
          params: appParams,
          querystring: uploadQuery,
          response: { 201: z.object({ items: z.array(mediaResponse) }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const labels = { folder: request.query.folder ?? '', tags: splitTags(request.query.tags) };
        const parts = uploadedParts(request, MAX_FILES_PER_UPLOAD);
        const items = await uploadMedia(ctx, store, appActorOf(request), parts, labels);
        return reply.status(201).send({ items });
      },
    );

    app.get(
      '/api/apps/:app/media/:media',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One media file',
          params: mediaParams,
          response: { 200: mediaResponse, ...errorResponses },
        },
      },
      async (request) => getMedia(ctx, request.params.app, request.params.media),
    );

    app.patch(
      '/api/apps/:app/media/:media',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Rename a file, move it to a folder, or set its tags',
          params: mediaParams,
          body: mediaUpdateBody,
          response: { 200: mediaResponse, ...errorResponses },
        },
      },
      async (request) => updateMedia(ctx, appActorOf(request), request.params.media, request.body),
    );

    app.delete(
      '/api/apps/:app/media/:media',
      {
        config: { access: edit },
        schema: {
          tags,
          summary:
            'Delete a file and its versions; refused (409 MEDIA_IN_USE, with the uses) while a page or record uses it',
          params: mediaParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteMedia(ctx, store, appActorOf(request), request.params.media);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/apps/:app/media/:media/content',
      {
        config: { access: read },
        schema: {
          tags,
          summary:
            "Download a file's bytes, a version of them, or a resized image; ranges and ETags honoured",
          description:
            'The type is the one read from the bytes at upload, with `X-Content-Type-Options: nosniff`; HTML, SVG, XML and other active types always come as attachments.',
          params: mediaParams,
          querystring: contentQuery,
          response: {
            200: z.any().describe('The bytes'),
            206: z.any().describe('The requested range of the bytes'),
            304: z.null().describe('Not modified: the ETag matched'),
            ...errorResponses,
            416: errorResponses[400],
          },
        },
      },
      async (request, reply) => {
        const { version, width, download } = request.query;
        const answer = await openMediaContent(ctx, store, request.params.app, request.params.media, {
          version,
          width,
          download: download === 'true',
          range: request.headers.range,
          ifNoneMatch: request.headers['if-none-match'],
        });
        reply.status(answer.status).headers(answer.headers);
        return reply.send(answer.body);
      },
    );

    app.get(
      '/api/apps/:app/media/:media/versions',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "A file's versions, newest first",
          params: mediaParams,
          response: { 200: z.object({ items: z.array(mediaVersionResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listVersions(ctx, request.params.app, request.params.media) }),
    );

    app.post(
      '/api/apps/:app/media/:media/versions',
      {
        config: { access: edit, upload: { field: 'file', many: false, file: fileBinary } },
        schema: {
          tags,
          summary: "Replace a file's bytes with one uploaded file (multipart/form-data): its next version",
          params: mediaParams,
          response: { 201: mediaResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const parts = uploadedParts(request, 1);
        const media = await replaceMedia(ctx, store, appActorOf(request), request.params.media, parts);
        return reply.status(201).send(media);
      },
    );

    app.post(
      '/api/apps/:app/media/:media/versions/:version/restore',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: "Make an earlier version's bytes the file's next version",
          params: mediaVersionParams,
          response: { 200: mediaResponse, ...errorResponses },
        },
      },
      async (request) =>
        restoreMediaVersion(ctx, appActorOf(request), request.params.media, request.params.version),
    );
  };
}

// `tags` is one query parameter, comma-separated; each tag is checked like those of a PATCH.
function splitTags(value: string | undefined): string[] {
  const list = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  const problem =
    list.length > 20
      ? 'expected at most 20 tags'
      : list.some((t) => t.length > 50)
        ? 'expected tags of at most 50 characters'
        : null;
  if (problem) throw validationError([{ location: 'querystring', field: 'tags', message: problem }]);
  return list;
}
