import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { actorOf } from '../../http/request-source.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import {
  createIdentityProvider,
  deleteIdentityProvider,
  discoverIssuer,
  isProviderIdTaken,
  listIdentityProviders,
  setIdentityProviderEnabled,
} from '../auth/identity-providers.js';
import { companyErrors } from './companies.errors.js';
import { companyParams } from './companies.schema.js';
import { auditActor } from './companies.service.js';

const tags = ['identity providers'];
const access = { kind: 'company', right: 'company.users.manage', sensitive: true } as const;

const providerView = z.object({
  id: z.uuid(),
  providerId: z.string(),
  displayName: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  enabled: z.boolean(),
  redirectUri: z.string(),
  createdAt: z.date(),
});

const createBody = z.object({
  providerId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'expected 2–63 lower-case letters, digits or dashes' })
    .refine((id) => !['google', 'microsoft', 'linkedin', 'facebook', 'credential'].includes(id), {
      error: 'this id is reserved for a built-in provider',
    }),
  displayName: z.string().trim().min(1).max(100),
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().min(1).max(500),
  clientSecret: z.string().min(1).max(2000),
});

const providerParams = z.object({ company: z.string(), id: z.uuid() });

/** A company's own OpenID Connect identity providers (NoCode-X "own identity providers"). */
export function identityProvidersRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/companies/:company/identity-providers',
      {
        config: { access: { kind: 'company', right: 'company.users.manage' } },
        schema: {
          tags,
          summary: 'The company’s identity providers',
          params: companyParams,
          response: { 200: z.array(providerView) },
        },
      },
      async (request) => listIdentityProviders(ctx, request.tenant.company!.companyId),
    );

    app.post(
      '/api/companies/:company/identity-providers',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Add an OIDC identity provider (its discovery document is checked first)',
          params: companyParams,
          body: createBody,
          response: { 201: providerView, 400: errorResponses[400], 409: errorResponses[409] },
        },
      },
      async (request, reply) => {
        const companyId = request.tenant.company!.companyId;
        const problem = await discoverIssuer(request.body.issuer);
        if (problem) {
          throw companyErrors.ISSUER_NOT_DISCOVERABLE(problem, {
            issues: [{ location: 'body', field: 'issuer', message: problem }],
          });
        }
        if (await isProviderIdTaken(ctx, request.body.providerId)) {
          throw companyErrors.PROVIDER_ID_TAKEN({
            issues: [{ location: 'body', field: 'providerId', message: 'is already used' }],
          });
        }
        const id = await createIdentityProvider(ctx, { ...request.body, companyId });
        await audit(ctx, request, companyId, 'company.identity_provider.created', id, {
          providerId: request.body.providerId,
          issuer: request.body.issuer,
        });
        const created = (await listIdentityProviders(ctx, companyId)).find((p) => p.id === id)!;
        return reply.status(201).send(created);
      },
    );

    app.patch(
      '/api/companies/:company/identity-providers/:id',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Turn a provider on or off',
          params: providerParams,
          body: z.object({ enabled: z.boolean() }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const companyId = request.tenant.company!.companyId;
        if (!(await setIdentityProviderEnabled(ctx, companyId, request.params.id, request.body.enabled)))
          throw notFound('identity provider');
        await audit(ctx, request, companyId, 'company.identity_provider.updated', request.params.id, {
          enabled: request.body.enabled,
        });
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/companies/:company/identity-providers/:id',
      {
        config: { access },
        schema: { tags, summary: 'Remove a provider', params: providerParams, response: { 204: noContent } },
      },
      async (request, reply) => {
        const companyId = request.tenant.company!.companyId;
        if (!(await deleteIdentityProvider(ctx, companyId, request.params.id)))
          throw notFound('identity provider');
        await audit(ctx, request, companyId, 'company.identity_provider.deleted', request.params.id, {});
        return reply.status(204).send(null);
      },
    );
  };
}

async function audit(
  ctx: AppContext,
  request: Parameters<typeof actorOf>[0],
  companyId: string,
  action: string,
  id: string,
  details: Record<string, unknown>,
): Promise<void> {
  const actor = actorOf(request);
  await recordAuditEvent(ctx, {
    action,
    outcome: 'success',
    actor: auditActor(actor),
    companyId,
    target: { type: 'identity_provider', id },
    source: actor.source,
    details,
  });
}
