import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { installErrorHandling } from './http/error-handler.js';
import { registerOpenApi } from './http/openapi.js';
import { installPrivateResponses } from './http/private-responses.js';
import { enforceAccessDeclarations, isSafeMethod } from './http/route-access.js';
import { installShutdownDrain, refusedWhileStopping } from './http/shutdown-drain.js';
import { installStrictInput } from './http/strict-input.js';
import { generateRequestId } from './lib/logger.js';
import { accessRoutes } from './modules/access/access.routes.js';
import { accessMatrixRoutes } from './modules/access/access-matrix.routes.js';
import { referenceDenial } from './modules/access/decision-reference.js';
import { installViewAs } from './modules/access/view-as.hook.js';
import { accountsAdminRoutes } from './modules/accounts/accounts-admin.routes.js';
import type { PreviewChange } from './modules/app-change/change-preview.js';
import { appUsersRoutes } from './modules/app-users/app-users.routes.js';
import { attributesRoutes } from './modules/app-users/attributes.routes.js';
import { permissionsRoutes } from './modules/app-users/permissions.routes.js';
import { applicationRoutes } from './modules/applications/applications.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { createAccounts } from './modules/auth/accounts-module.js';
import { apiKeyRoutes } from './modules/auth/api-keys.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { installAuthentication } from './modules/auth/authentication.hook.js';
import { mfaRoutes } from './modules/auth/mfa.routes.js';
import { passwordRoutes } from './modules/auth/password.routes.js';
import { sessionRoutes } from './modules/auth/sessions.routes.js';
import { socialRoutes } from './modules/auth/social.routes.js';
import { collectionsRoutes } from './modules/collections/collections.routes.js';
import { companiesRoutes } from './modules/companies/companies.routes.js';
import { identityProvidersRoutes } from './modules/companies/identity-providers.routes.js';
import { invitationsRoutes } from './modules/companies/invitations.routes.js';
import { membersRoutes } from './modules/companies/members.routes.js';
import { dashboardDataRoutes } from './modules/dashboard-data/dashboard-data.routes.js';
import { dashboardsRoutes } from './modules/dashboards/dashboards.routes.js';
import { createPolicyEngines } from './modules/data/policy-engines.js';
import { createMediaStore } from './modules/media/create-media-store.js';
import { mediaRoutes } from './modules/media/media.routes.js';
import { STAGED_GRACE_MS, sweepMedia } from './modules/media/media-garbage.js';
import { pagesRoutes } from './modules/pages/pages.routes.js';
import { policyRoutes } from './modules/policy/policy.routes.js';
import { policyLintRoutes } from './modules/policy/policy-lint.routes.js';
import { pagePreviewRoutes } from './modules/policy-impact/page-preview.routes.js';
import { previewChange as previewAppChange } from './modules/policy-impact/preview.js';
import { policyTestRoutes } from './modules/policy-tests/policy-tests.routes.js';
import { recordsRoutes } from './modules/records/records.routes.js';
import { registrationRoutes } from './modules/registration/registration.routes.js';
import { rightsRoutes } from './modules/roles/rights.routes.js';
import { rolesRoutes } from './modules/roles/roles.routes.js';
import { rulesRoutes } from './modules/rules/rules.routes.js';
import { setupRoutes } from './modules/setup/setup.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';
import { installTenantGuard } from './modules/tenancy/tenant-guard.js';
import { uiRoutes } from './modules/ui/ui.routes.js';
import { CHARTER_VERSION } from './version.js';

/** Options that differ between the server and tests. */
export interface AppOptions {
  /** The built admin SPA to serve at `/`; omitted in API tests. */
  adminDir?: string;
}

/** Builds the Fastify app from an explicit context. It does not listen. */
export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    genReqId: generateRequestId,
    bodyLimit: ctx.config.bodyLimit,
    // X-Forwarded-For is believed only from the configured proxies (none by default).
    trustProxy: ctx.config.trustedProxies.length > 0 ? ctx.config.trustedProxies : false,
    // Requests that arrive while closing get the contract's 503 (shutdown-drain.ts), not Fastify's.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  installShutdownDrain(app);
  installStrictInput(app);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, ctx.database.health);
  // One line when the database is found gone, one when it answers again: not one per request.
  const unwatch = ctx.database.health.watch((event) => {
    if (event.state === 'down') {
      ctx.logger.error({ err: event.error }, 'database unavailable; answering 503 until it is back');
    } else {
      ctx.logger.info({ downForMs: event.downForMs }, 'database available again');
    }
  });
  app.addHook('onClose', async () => {
    unwatch();
  });
  enforceAccessDeclarations(app);
  installPrivateResponses(app);
  await ctx.database.changes.start((error) => {
    ctx.logger.warn({ err: error }, 'access change feed interrupted; caches are off until it is back');
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Whatever this request changed (a sign-out, a role) is in force for the next request, on any node.
    if (!isSafeMethod(request.method) && !refusedWhileStopping(request)) {
      await ctx.database.changes.settle(reply.statusCode < 400);
    }
  });

  await registerOpenApi(app, CHARTER_VERSION);
  const accounts = createAccounts(ctx);
  // Roles and rules preview their changes with the impact module, which sits above them.
  const previewChange: PreviewChange = (appId, apply) => previewAppChange(ctx, appId, apply);
  installAuthentication(app, ctx, accounts);
  installViewAs(app, ctx);
  installTenantGuard(app, ctx);
  await app.register(systemRoutes(ctx));
  await app.register(setupRoutes(ctx));
  await app.register(companiesRoutes(ctx));
  await app.register(membersRoutes(ctx));
  await app.register(invitationsRoutes(ctx));
  await app.register(identityProvidersRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(authRoutes(ctx, accounts));
  await app.register(passwordRoutes(ctx, accounts));
  await app.register(sessionRoutes(ctx));
  await app.register(mfaRoutes(ctx, accounts));
  await app.register(socialRoutes(ctx, accounts));
  await app.register(apiKeyRoutes(ctx));
  await app.register(accountsAdminRoutes(ctx, accounts));
  await app.register(applicationRoutes(ctx));
  await app.register(rightsRoutes(ctx));
  await app.register(rolesRoutes(ctx, { previewChange }));
  await app.register(attributesRoutes(ctx));
  await app.register(appUsersRoutes(ctx, accounts));
  await app.register(permissionsRoutes(ctx));
  await app.register(registrationRoutes(ctx, accounts));
  await app.register(collectionsRoutes(ctx));
  // One engine cache for the node: records, explain and the matrix compile each app's policy once.
  const engines = createPolicyEngines(ctx);
  await app.register(recordsRoutes(ctx, engines, { referenceDenial }));
  await app.register(rulesRoutes(ctx, { previewChange }));
  await app.register(pagesRoutes(ctx));
  const media = createMediaStore(ctx);
  await app.register(mediaRoutes(ctx, media));
  app.addHook('onReady', async () => {
    // What an upload cut short by a crash left aside is removed as the node starts. Embedded, this
    // process is the only writer (the data directory is locked); on PostgreSQL, other nodes may be
    // mid-upload, so only uploads silent for the grace period count as abandoned.
    const now = ctx.clock.now().getTime();
    const stagedBefore = new Date(ctx.database.kind === 'postgres' ? now - STAGED_GRACE_MS : now);
    await sweepMedia(ctx, media, { stagedBefore, graceMs: STAGED_GRACE_MS }).catch((error: unknown) => {
      ctx.logger.warn({ err: error }, 'media sweep failed; it runs again at the next start');
    });
  });
  await app.register(pagePreviewRoutes(ctx));
  await app.register(uiRoutes(ctx, { engines }));
  await app.register(dashboardsRoutes(ctx));
  await app.register(dashboardDataRoutes(ctx, engines));
  await app.register(accessMatrixRoutes(ctx, engines));
  await app.register(policyRoutes(ctx));
  await app.register(policyTestRoutes(ctx));
  await app.register(policyLintRoutes(ctx));
  await app.register(accessRoutes(ctx, engines));
  if (options.adminDir) await serveAdmin(app, options.adminDir);
  return app;
}

/** The admin build shipped next to the server, if it has been built. */
export function defaultAdminDir(): string | undefined {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../admin/dist');
  return existsSync(path.join(dir, 'index.html')) ? dir : undefined;
}

// The SPA owns every non-API GET path; unknown /api paths still get the JSON 404.
async function serveAdmin(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, { root: dir, prefix: '/', wildcard: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.callNotFound();
    }
    return reply.sendFile('index.html');
  });
}
