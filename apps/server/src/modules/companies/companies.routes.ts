import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { actorOf } from '../../http/request-source.js';
import { MEMBER_PRESETS } from '../rights/catalogue.js';
import { getBilling, updateBilling } from './billing.service.js';
import { companyErrors } from './companies.errors.js';
import {
  billingBody,
  billingView,
  companyParams,
  companyView,
  companyWithStanding,
  createCompanyBody,
  myCompany,
  securityBody,
  updateCompanyBody,
} from './companies.schema.js';
import {
  createCompany,
  getCompany,
  listMyCompanies,
  setCompanyMfaRequired,
  updateCompanyInfo,
} from './companies.service.js';
import { removeMember } from './members.service.js';

const tags = ['companies'];

/** Companies: create, list mine, read, company information, security, billing, leave. */
export function companiesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/companies',
      {
        config: { access: { kind: 'account', sensitive: true } },
        schema: {
          tags,
          summary: 'Create a company (you become its owner)',
          body: createCompanyBody,
          response: { 201: companyView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCompany(ctx, actorOf(request), request.body)),
    );

    app.get(
      '/api/companies',
      {
        config: { access: { kind: 'account', scope: 'account:read' } },
        schema: { tags, summary: 'The companies I belong to', response: { 200: z.array(myCompany) } },
      },
      async (request) => listMyCompanies(ctx, request.auth!.account.id),
    );

    app.get(
      '/api/companies/:company',
      {
        config: { access: { kind: 'company', scope: 'account:read' } },
        schema: {
          tags,
          summary: 'A company',
          params: companyParams,
          response: { 200: companyWithStanding, 404: errorResponses[404] },
        },
      },
      async (request) => {
        const { isOwner, rights } = request.tenant.company!;
        return { ...(await getCompany(ctx, request.tenant.company!.companyId)), me: { isOwner, rights } };
      },
    );

    app.patch(
      '/api/companies/:company',
      {
        config: { access: { kind: 'company', right: 'company.info.manage' } },
        schema: {
          tags,
          summary: 'Change the company name and properties',
          params: companyParams,
          body: updateCompanyBody,
          response: { 200: companyView },
        },
      },
      async (request) =>
        updateCompanyInfo(ctx, actorOf(request), request.tenant.company!.companyId, request.body),
    );

    app.put(
      '/api/companies/:company/security',
      {
        config: { access: { kind: 'company', right: 'company.users.manage', sensitive: true } },
        schema: {
          tags,
          summary: 'Require two-factor authentication from every member',
          params: companyParams,
          body: securityBody,
          response: { 200: companyView },
        },
      },
      async (request) => {
        // As GitHub does: whoever turns the requirement on must meet it, or they lock themselves out.
        if (request.body.mfaRequired && !request.auth!.account.twoFactorEnabled) {
          throw companyErrors.ENABLE_MFA_FIRST();
        }
        return setCompanyMfaRequired(
          ctx,
          actorOf(request),
          request.tenant.company!.companyId,
          request.body.mfaRequired,
        );
      },
    );

    app.get(
      '/api/companies/:company/billing',
      {
        config: { access: { kind: 'company', right: 'company.billing.manage' } },
        schema: { tags, summary: 'Billing details', params: companyParams, response: { 200: billingView } },
      },
      async (request) => getBilling(ctx, request.tenant.company!.companyId),
    );

    app.patch(
      '/api/companies/:company/billing',
      {
        config: { access: { kind: 'company', right: 'company.billing.manage' } },
        schema: {
          tags,
          summary: 'Change billing details',
          params: companyParams,
          body: billingBody,
          response: { 200: billingView },
        },
      },
      async (request) =>
        updateBilling(ctx, actorOf(request), request.tenant.company!.companyId, request.body),
    );

    app.post(
      '/api/companies/:company/leave',
      {
        config: { access: { kind: 'company', sensitive: true } },
        schema: {
          tags,
          summary: 'Leave the company (the last owner cannot)',
          params: companyParams,
          response: { 204: noContent, 409: errorResponses[409] },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        await removeMember(ctx, actor, request.tenant.company!, actor.accountId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/company-rights/presets',
      {
        config: { access: { kind: 'account', scope: 'account:read' } },
        schema: {
          tags,
          summary: 'The member presets (Owner, Admin, Editor) and their company rights',
          response: { 200: z.record(z.string(), z.array(z.string())) },
        },
      },
      async () => Object.fromEntries(Object.entries(MEMBER_PRESETS).map(([k, v]) => [k, [...v]])),
    );
  };
}
