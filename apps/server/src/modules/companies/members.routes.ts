import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { actorOf } from '../../http/request-source.js';
import { MEMBER_PRESETS } from '../rights/catalogue.js';
import {
  companyParams,
  listMembersQuery,
  memberPage,
  memberParams,
  memberView,
  ownershipBody,
  rightsBody,
  transferBody,
} from './companies.schema.js';
import {
  listMembers,
  removeMember,
  setMemberRights,
  setOwnership,
  transferOwnership,
} from './members.service.js';

const tags = ['members'];
const usersManage = { kind: 'company', right: 'company.users.manage' } as const;

/** Company members: their rights, removal and ownership. */
export function membersRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/companies/:company/members',
      {
        config: { access: usersManage },
        schema: {
          tags,
          summary: 'The members and their company rights, owners first, a page at a time',
          params: companyParams,
          querystring: listMembersQuery,
          response: { 200: memberPage, 400: errorResponses[400] },
        },
      },
      async (request) => listMembers(ctx, request.tenant.company!.companyId, request.query),
    );

    app.put(
      '/api/companies/:company/members/:accountId/rights',
      {
        config: { access: { ...usersManage, sensitive: true } },
        schema: {
          tags,
          summary: 'Set a member’s company rights (by list or preset)',
          params: memberParams,
          body: rightsBody,
          response: { 200: memberView, 403: errorResponses[403], 409: errorResponses[409] },
        },
      },
      async (request) => {
        const rights =
          'preset' in request.body ? [...MEMBER_PRESETS[request.body.preset]] : request.body.rights;
        return setMemberRights(
          ctx,
          actorOf(request),
          request.tenant.company!,
          request.params.accountId,
          rights,
        );
      },
    );

    app.delete(
      '/api/companies/:company/members/:accountId',
      {
        config: { access: { ...usersManage, sensitive: true } },
        schema: {
          tags,
          summary: 'Remove a member',
          params: memberParams,
          response: { 204: noContent, 409: errorResponses[409] },
        },
      },
      async (request, reply) => {
        await removeMember(ctx, actorOf(request), request.tenant.company!, request.params.accountId);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/companies/:company/members/:accountId/ownership',
      {
        config: { access: { kind: 'company', sensitive: true } },
        schema: {
          tags,
          summary: 'Make a member an owner, or an owner a member (owners only; one owner always remains)',
          params: memberParams,
          body: ownershipBody,
          response: { 200: memberView, 403: errorResponses[403], 409: errorResponses[409] },
        },
      },
      async (request) =>
        setOwnership(
          ctx,
          actorOf(request),
          request.tenant.company!,
          request.params.accountId,
          request.body.owner,
        ),
    );

    app.post(
      '/api/companies/:company/ownership/transfer',
      {
        config: { access: { kind: 'company', sensitive: true } },
        schema: {
          tags,
          summary: 'Hand ownership to another member; you stay on as an admin (owners only)',
          params: companyParams,
          body: transferBody,
          response: { 200: z.object({ from: memberView, to: memberView }), 403: errorResponses[403] },
        },
      },
      async (request) =>
        transferOwnership(ctx, actorOf(request), request.tenant.company!, request.body.accountId),
    );
  };
}
