import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { sourceOf } from '../../http/request-source.js';
import { appActorOf } from '../app-change/app-actor.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import { pageParams, pageVisibilityQuery, pageVisibilityResponse } from '../pages/pages.schema.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  explainBody,
  explainResponse,
  referenceParams,
  referenceResponse,
  viewAsBody,
  viewAsResponse,
} from './access.schema.js';
import { resolveDecisionReference } from './decision-reference.js';
import { explainAccess } from './explain.service.js';
import { explainPageForUser } from './page-visibility.service.js';
import { clearViewAsCookie, viewAsCookie } from './view-as.hook.js';
import { describeViewAs, startViewAs, stopViewAs } from './view-as.service.js';

// Explanations name every rule and field of the app: they are for those who may read its rules.
const builders = { kind: 'app', right: 'app.dataformats.read' } as const;
const tags = ['access'];
// Viewing shows the app's data as its users see it: a builder tool, like explain (every app user
// holds app.data.read, so that right alone would let users view as each other). The target never
// holds more than the caller, so the caller needs the data rights too. A browser session only.
const viewers = { kind: 'app', right: 'app.dataformats.read', sensitive: true } as const;
const self = { kind: 'account', sensitive: true } as const;

/** Builder tools on decisions: explain, and view as another user. */
export function accessRoutes(ctx: AppContext, engines: PolicyEngines): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/pages/:page/visibility',
      {
        // Visibility settings are the pages' own: those who may read the pages may ask.
        config: { access: { kind: 'app', right: 'app.templates.read' } },
        schema: {
          tags,
          summary:
            'Whether an app user sees a page and each of its sections, and why (audience, condition, pages above)',
          params: pageParams,
          querystring: pageVisibilityQuery,
          response: { 200: pageVisibilityResponse, ...errorResponses },
        },
      },
      async (request) => {
        const policy = await engines.forApp(request.params.app);
        return explainPageForUser(ctx, policy, request.params.page, request.query.user);
      },
    );

    app.post(
      '/api/apps/:app/access/explain',
      {
        config: { access: builders },
        schema: {
          tags,
          summary: "Why a user may or may not do something: the engine's trace, on a record or a list",
          params: appParams,
          body: explainBody,
          response: { 200: explainResponse, ...errorResponses },
        },
      },
      async (request) => {
        const policy = await engines.forApp(request.params.app);
        const result = await explainAccess(ctx, policy, request.body);
        return { ...result, trace: result.trace as unknown as Record<string, unknown> };
      },
    );

    app.get(
      '/api/apps/:app/access/explanations/:reference',
      {
        config: { access: builders },
        schema: {
          tags,
          summary: 'The explanation behind the reference of a denied request (kept 24 hours)',
          params: referenceParams,
          response: { 200: referenceResponse, ...errorResponses },
        },
      },
      async (request) => {
        const found = await resolveDecisionReference(
          ctx,
          engines,
          request.params.app,
          request.params.reference,
        );
        return found as typeof found & { trace: Record<string, unknown> };
      },
    );

    app.post(
      '/api/apps/:app/access/view-as',
      {
        config: { access: viewers, viewAs: 'start' },
        schema: {
          tags,
          summary: 'View the app as one of its users: read-only by default, at most 60 minutes',
          params: appParams,
          body: viewAsBody,
          response: { 201: viewAsResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = appActorOf(request);
        const sessionId = request.auth!.sessionId!;
        const started = await startViewAs(ctx, { ...actor, sessionId }, request.body);
        reply.header('set-cookie', viewAsCookie(ctx, started.id, request.body.minutes * 60));
        return reply.status(201).send(started);
      },
    );

    app.get(
      '/api/view-as',
      {
        config: { access: self, viewAs: 'control' },
        schema: {
          tags,
          summary: 'The view-as in force for this session, if any',
          response: { 200: z.object({ active: viewAsResponse.nullable() }), ...errorResponses },
        },
      },
      async (request) => {
        const viewAs = request.auth!.viewAs;
        return { active: viewAs ? await describeViewAs(ctx, request.auth!.sessionId!, viewAs.id) : null };
      },
    );

    app.delete(
      '/api/view-as',
      {
        config: { access: self, viewAs: 'control' },
        schema: {
          tags,
          summary: 'Stop viewing as another user: the next request is your own again',
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await stopViewAs(ctx, request.auth!.sessionId!, sourceOf(request));
        clearViewAsCookie(ctx, reply);
        return reply.status(204).send(null);
      },
    );
  };
}
