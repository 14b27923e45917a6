import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ReadCache } from '../../db/read-cache.js';
import { type AppError, notFound } from '../../http/app-error.js';
import type { Authentication } from '../../http/authentication.js';
import { sharedErrors } from '../../http/error-codes.js';
import { acceptedRights } from '../../http/route-access.js';
import { isUuid } from '../../lib/uuid.js';
import { tenancyErrors } from './tenancy.errors.js';
import {
  type AppAccess,
  type CompanyAccess,
  holdsAppRight,
  loadAppAccess,
  loadCompanyAccess,
  seesApp,
} from './tenant-access.js';

/** The tenant a request is inside, resolved before its handler runs. */
export interface Tenant {
  company: CompanyAccess | null;
  app: AppAccess | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on `company` and `app` routes: the caller's standing there. */
    tenant: Tenant;
  }
}

/**
 * Enforces `company` and `app` access declarations. A caller outside the tenant gets the same
 * 404 as for an id that does not exist, so ids from another tenant reveal nothing.
 * Registered after authentication, so `request.auth` is set.
 */
export function installTenantGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('tenant', null as unknown as Tenant);
  // Every tenant request reads the caller's standing; it changes rarely, and the change feed says when.
  const companies = new ReadCache<CompanyAccess | null>(ctx.database.changes);
  const apps = new ReadCache<AppAccess | null>(ctx.database.changes);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access?.kind !== 'company' && access?.kind !== 'app') return;
    const auth = request.auth!;
    const params = request.params as Record<string, unknown>;
    if (access.kind === 'company') {
      const companyId = params.company;
      const company = isUuid(companyId)
        ? await companies.read(`${auth.account.id}:${companyId}`, () =>
            loadCompanyAccess(ctx.database.db, auth.account.id, companyId),
          )
        : null;
      if (!company) throw notFound('company');
      const rights = acceptedRights(access);
      if (rights.length > 0 && !rights.some((r) => company.rights.includes(r))) throw missingRight(rights);
      assertMfa(auth, company.mfaRequired);
      request.tenant = { company, app: null };
      return;
    }
    const appId = params.app;
    const appAccess = isUuid(appId)
      ? await apps.read(`${auth.account.id}:${appId}`, () =>
          loadAppAccess(ctx.database.db, auth.account.id, appId),
        )
      : null;
    if (!seesApp(appAccess)) throw notFound('application');
    if (!appAccess.company && appAccess.appUser?.status !== 'active') {
      throw tenancyErrors.APP_ACCESS_SUSPENDED();
    }
    const rights = acceptedRights(access);
    if (rights.length > 0 && !rights.some((r) => holdsAppRight(appAccess, r))) throw missingRight(rights);
    assertMfa(auth, Boolean(appAccess.company?.mfaRequired) || appAccess.permissions.forceMfa);
    request.tenant = { company: appAccess.company, app: appAccess };
  });
}

function missingRight(rights: readonly string[]): AppError {
  return sharedErrors.FORBIDDEN(`This needs the right ${rights.join(' or ')}.`, { required: rights });
}

// A company or role that forces two-factor authentication closes its routes to accounts without it.
function assertMfa(auth: Authentication, required: boolean): void {
  if (required && !auth.account.twoFactorEnabled) {
    throw tenancyErrors.MFA_ENROLLMENT_REQUIRED({ enroll: '/api/auth/mfa/enroll' });
  }
}
