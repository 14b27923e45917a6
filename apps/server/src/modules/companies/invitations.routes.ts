import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { actorOf, sourceOf } from '../../http/request-source.js';
import { MEMBER_PRESETS } from '../rights/catalogue.js';
import {
  companyParams,
  invitationPage,
  invitationParams,
  invitationView,
  inviteBody,
  listInvitationsQuery,
  tokenBody,
} from './companies.schema.js';
import {
  acceptInvitation,
  inviteMember,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from './invitations.service.js';

const tags = ['invitations'];
const usersManage = { kind: 'company', right: 'company.users.manage', sensitive: true } as const;

/** Inviting people by email, and accepting. */
export function invitationsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/companies/:company/invitations',
      {
        config: { access: usersManage },
        schema: {
          tags,
          summary: 'Invite an email address with company rights (single-use link, valid 7 days)',
          params: companyParams,
          body: inviteBody,
          response: { 201: invitationView, 403: errorResponses[403], 409: errorResponses[409] },
        },
      },
      async (request, reply) => {
        const rights =
          'preset' in request.body ? [...MEMBER_PRESETS[request.body.preset]] : request.body.rights;
        const invitation = await inviteMember(ctx, actorOf(request), request.tenant.company!, {
          email: request.body.email,
          rights,
        });
        return reply.status(201).send(invitation);
      },
    );

    app.get(
      '/api/companies/:company/invitations',
      {
        config: { access: { kind: 'company', right: 'company.users.manage' } },
        schema: {
          tags,
          summary: 'The company’s invitations, newest first, a page at a time',
          params: companyParams,
          querystring: listInvitationsQuery,
          response: { 200: invitationPage, 400: errorResponses[400] },
        },
      },
      async (request) => listInvitations(ctx, request.tenant.company!.companyId, request.query),
    );

    app.post(
      '/api/companies/:company/invitations/:id/resend',
      {
        config: { access: usersManage },
        schema: {
          tags,
          summary: 'Send an invitation again with a fresh link',
          params: invitationParams,
          response: { 200: invitationView },
        },
      },
      async (request) => resendInvitation(ctx, actorOf(request), request.tenant.company!, request.params.id),
    );

    app.delete(
      '/api/companies/:company/invitations/:id',
      {
        config: { access: usersManage },
        schema: {
          tags,
          summary: 'Revoke an invitation',
          params: invitationParams,
          response: { 200: invitationView },
        },
      },
      async (request) => revokeInvitation(ctx, actorOf(request), request.tenant.company!, request.params.id),
    );

    app.post(
      '/api/invitations/preview',
      {
        config: { access: { kind: 'public', reason: 'the invitation token is the credential' } },
        schema: {
          tags,
          summary: 'What an invitation is for, before accepting it',
          body: tokenBody,
          response: {
            200: z.object({
              companyName: z.string(),
              inviterName: z.string().nullable(),
              email: z.string(),
              rights: z.array(z.string()).describe('The company rights accepting gives'),
              expiresAt: z.date(),
            }),
            400: errorResponses[400],
          },
        },
      },
      async (request) => previewInvitation(ctx, request.body.token),
    );

    app.post(
      '/api/invitations/accept',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags,
          summary: 'Accept an invitation (a verified account with the invited address)',
          body: tokenBody,
          response: {
            200: z.object({ companyId: z.uuid() }),
            400: errorResponses[400],
            409: errorResponses[409],
          },
        },
      },
      async (request) => acceptInvitation(ctx, request.auth!.account, request.body.token, sourceOf(request)),
    );
  };
}
