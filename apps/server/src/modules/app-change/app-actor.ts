import type { FastifyRequest } from 'fastify';
import { sharedErrors } from '../../http/error-codes.js';
import type { RequestSource } from '../../http/request-source.js';
import { sourceOf } from '../../http/request-source.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { AppAccess, CompanyAccess } from '../tenancy/tenant-access.js';

/** Who changes something in an app: their standing there (the ceiling reads it) and their audit identity. */
export interface AppActor {
  access: AppAccess;
  accountId: string;
  audit: AuditActor;
  source: RequestSource;
}

/** Who acts on a company's apps from the company's side (creating an app). */
export interface CompanyActor {
  access: CompanyAccess;
  accountId: string;
  audit: AuditActor;
  source: RequestSource;
}

/** The actor of an `app` route; the tenant guard has already resolved its standing. */
export function appActorOf(request: FastifyRequest): AppActor {
  const access = request.tenant?.app;
  if (!access) throw sharedErrors.INTERNAL('This route is not declared as an app route.');
  return { access, ...identityOf(request) };
}

/** The actor of a `company` route. */
export function companyActorOf(request: FastifyRequest): CompanyActor {
  const access = request.tenant?.company;
  if (!access) throw sharedErrors.INTERNAL('This route is not declared as a company route.');
  return { access, ...identityOf(request) };
}

function identityOf(request: FastifyRequest) {
  const auth = request.auth!;
  return {
    accountId: auth.account.id,
    audit: {
      accountId: auth.account.id,
      apiKeyId: auth.apiKeyId,
      impersonatorId: auth.viewAs?.callerId ?? null,
    },
    source: sourceOf(request),
  };
}
