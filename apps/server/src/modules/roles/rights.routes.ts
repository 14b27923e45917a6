import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { APP_RIGHTS, COMPANY_RIGHTS } from '../rights/catalogue.js';
import { holdsAppRight } from '../tenancy/tenant-access.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  catalogueResponse,
  createCustomRightBody,
  customRightDetailResponse,
  customRightParams,
  customRightResponse,
  updateCustomRightBody,
} from './custom-rights.schema.js';
import {
  createCustomRight,
  deleteCustomRight,
  getCustomRight,
  listCustomRights,
  updateCustomRight,
} from './custom-rights.service.js';

const write = { kind: 'app', right: 'company.users.manage' } as const;
const read = { kind: 'app', right: ['company.users.manage', 'app.dataformats.read'] } as const;
const tags = ['rights'];

/** The backoffice rights catalogue, and each app's custom rights. */
export function rightsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/rights',
      {
        config: { access: { kind: 'account', scope: 'account:read' } },
        schema: { tags, summary: 'The backoffice rights catalogue', response: { 200: catalogueResponse } },
      },
      async () => ({
        company: Object.entries(COMPANY_RIGHTS).map(([key, description]) => ({ key, description })),
        app: Object.entries(APP_RIGHTS).map(([key, description]) => ({ key, description })),
      }),
    );

    app.get(
      '/api/apps/:app/rights',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The application's custom rights",
          params: appParams,
          response: { 200: z.object({ items: z.array(customRightResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listCustomRights(ctx, request.params.app) }),
    );

    app.post(
      '/api/apps/:app/rights',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Define a custom right',
          params: appParams,
          body: createCustomRightBody,
          response: { 201: customRightResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCustomRight(ctx, appActorOf(request), request.body)),
    );

    app.get(
      '/api/apps/:app/rights/:right',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One custom right, with the roles that hold it and the rules that test it',
          params: customRightParams,
          response: { 200: customRightDetailResponse, ...errorResponses },
        },
      },
      async (request) =>
        getCustomRight(
          ctx,
          request.params.app,
          request.params.right,
          holdsAppRight(appActorOf(request).access, 'app.dataformats.read'),
        ),
    );

    app.patch(
      '/api/apps/:app/rights/:right',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Rename or re-describe a custom right (its key is stable)',
          params: customRightParams,
          body: updateCustomRightBody,
          response: { 200: customRightResponse, ...errorResponses },
        },
      },
      async (request) => updateCustomRight(ctx, appActorOf(request), request.params.right, request.body),
    );

    app.delete(
      '/api/apps/:app/rights/:right',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Delete a custom right; it is removed from every role and direct grant',
          params: customRightParams,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteCustomRight(ctx, appActorOf(request), request.params.right);
        return reply.status(204).send(null);
      },
    );
  };
}
