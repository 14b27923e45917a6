import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  pageBody,
  pageDiffQuery,
  pageDiffResponse,
  pageParams,
  pageResponse,
  pageUpdateBody,
  pageVersionParams,
  pageVersionResponse,
} from './pages.schema.js';
import {
  createPage,
  deletePage,
  diffVersions,
  getPage,
  listPages,
  listVersions,
  restoreVersion,
  updatePage,
} from './pages.service.js';

const read = { kind: 'app', right: 'app.templates.read' } as const;
const edit = { kind: 'app', right: 'app.templates.edit' } as const;
const tags = ['pages'];

/** The pages of an app's UI plane, with their sections, visibility and versions. */
export function pagesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/pages',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The application's pages, in order within each parent, with their sections and visibility",
          params: appParams,
          response: { 200: z.object({ items: z.array(pageResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listPages(ctx, request.params.app) }),
    );

    app.post(
      '/api/apps/:app/pages',
      {
        config: { access: edit },
        schema: {
          tags,
          summary:
            'Create a page; collections, fields and conditions are checked (400 PAGE_INVALID with positions)',
          params: appParams,
          body: pageBody,
          response: { 201: pageResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createPage(ctx, appActorOf(request), request.body)),
    );

    app.get(
      '/api/apps/:app/pages/:page',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One page, by id or slug, with the current names of the fields it uses',
          params: pageParams,
          response: { 200: pageResponse, ...errorResponses },
        },
      },
      async (request) => getPage(ctx, request.params.app, request.params.page),
    );

    app.put(
      '/api/apps/:app/pages/:page',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Save a page as a whole, as its next version',
          params: pageParams,
          body: pageUpdateBody,
          response: { 200: pageResponse, ...errorResponses },
        },
      },
      async (request) => updatePage(ctx, appActorOf(request), request.params.page, request.body),
    );

    app.delete(
      '/api/apps/:app/pages/:page',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Delete a page and its versions; refused while pages sit under it',
          params: pageParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deletePage(ctx, appActorOf(request), request.params.page);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/apps/:app/pages/:page/versions',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "A page's saved versions, newest first",
          params: pageParams,
          response: { 200: z.object({ items: z.array(pageVersionResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listVersions(ctx, request.params.app, request.params.page) }),
    );

    app.get(
      '/api/apps/:app/pages/:page/versions/:version/diff',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'What changed from this version to another (the current one by default)',
          params: pageVersionParams,
          querystring: pageDiffQuery,
          response: { 200: pageDiffResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { app: appId, page, version } = request.params;
        return diffVersions(ctx, appId, page, version, request.query.against);
      },
    );

    app.post(
      '/api/apps/:app/pages/:page/versions/:version/restore',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: "Save an earlier version's content as the page's next version; checked like any save",
          params: pageVersionParams,
          response: { 200: pageResponse, ...errorResponses },
        },
      },
      async (request) => {
        const { page, version } = request.params;
        return restoreVersion(ctx, appActorOf(request), page, version);
      },
    );
  };
}
