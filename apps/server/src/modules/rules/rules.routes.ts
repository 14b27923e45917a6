import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses, noContent } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import type { PreviewChange } from '../app-change/change-preview.js';
import { dryRunQuery } from '../app-change/impact.schema.js';
import { appParams } from '../tenancy/tenant-params.js';
import {
  createRuleBody,
  listRulesQuery,
  ruleParams,
  rulePreviewResponse,
  ruleResponse,
  savedRuleResponse,
  updateRuleBody,
} from './rules.schema.js';
import {
  createRule,
  deleteRule,
  getRule,
  listRules,
  previewRuleChange,
  updateRule,
} from './rules.service.js';

const read = { kind: 'app', right: 'app.dataformats.read' } as const;
const edit = { kind: 'app', right: 'app.dataformats.edit' } as const;
const tags = ['rules'];

/** The data rules of an app: grants, guards and field conditions, checked when saved. */
export function rulesRoutes(
  ctx: AppContext,
  { previewChange }: { previewChange: PreviewChange },
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/rules',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The application's data rules in creation order, optionally of one collection",
          params: appParams,
          querystring: listRulesQuery,
          response: { 200: z.object({ items: z.array(ruleResponse) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await listRules(ctx, request.params.app, request.query.collection) }),
    );

    app.post(
      '/api/apps/:app/rules',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Create a rule; its condition is type-checked (400 RULE_INVALID with positions)',
          params: appParams,
          querystring: dryRunQuery,
          body: createRuleBody,
          response: { 201: savedRuleResponse, 200: rulePreviewResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = appActorOf(request);
        if (request.query.dryRun) {
          return reply.send(
            await previewRuleChange(ctx, actor, { kind: 'create', input: request.body }, previewChange),
          );
        }
        return reply.status(201).send(await createRule(ctx, actor, request.body));
      },
    );

    app.get(
      '/api/apps/:app/rules/:rule',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'One rule, with the current names of the fields it uses',
          params: ruleParams,
          response: { 200: ruleResponse, ...errorResponses },
        },
      },
      async (request) => getRule(ctx, request.params.app, request.params.rule),
    );

    app.patch(
      '/api/apps/:app/rules/:rule',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Change a rule (not its kind); it is checked again as a whole',
          params: ruleParams,
          querystring: dryRunQuery,
          body: updateRuleBody,
          response: { 200: z.union([rulePreviewResponse, savedRuleResponse]), ...errorResponses },
        },
      },
      async (request) => {
        const actor = appActorOf(request);
        const { rule } = request.params;
        if (!request.query.dryRun) return updateRule(ctx, actor, rule, request.body);
        return previewRuleChange(
          ctx,
          actor,
          { kind: 'update', ruleId: rule, patch: request.body },
          previewChange,
        );
      },
    );

    app.delete(
      '/api/apps/:app/rules/:rule',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Delete a rule; what it opened is closed on the next request',
          params: ruleParams,
          querystring: dryRunQuery,
          response: { 204: noContent, 200: rulePreviewResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = appActorOf(request);
        if (request.query.dryRun) {
          return reply.send(
            await previewRuleChange(
              ctx,
              actor,
              { kind: 'delete', ruleId: request.params.rule },
              previewChange,
            ),
          );
        }
        await deleteRule(ctx, actor, request.params.rule);
        return reply.status(204).send(null);
      },
    );
  };
}
