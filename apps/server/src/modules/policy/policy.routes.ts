import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { appActorOf } from '../app-change/app-actor.js';
import { appParams } from '../tenancy/tenant-params.js';
import { importQuery, importResponse, policyDocument } from './policy.schema.js';
import { exportPolicy, serializePolicy } from './policy-document.js';
import { importPolicy } from './policy-import.service.js';

const read = { kind: 'app', right: 'app.dataformats.read' } as const;
const edit = { kind: 'app', right: 'app.dataformats.edit' } as const;
const tags = ['policy'];

/** Policy as code: export, import (with a dry-run diff) and the impact preview of a change. */
export function policyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/policy',
      {
        config: { access: read },
        schema: {
          tags,
          summary:
            "The application's roles, custom rights, collection switches, rules and pages as a policy file",
          params: appParams,
          response: { 200: policyDocument, ...errorResponses },
        },
      },
      // Sent as the file's exact text, so the API and `charter policy export` give the same bytes.
      async (request, reply) =>
        reply
          .type('application/json; charset=utf-8')
          .send(serializePolicy(await exportPolicy(ctx.database.db, request.params.app)) as never),
    );

    app.post(
      '/api/apps/:app/policy/import',
      {
        config: { access: edit },
        schema: {
          tags,
          summary:
            'Apply a policy file in one transaction (?dryRun=true: report the diff and save nothing); 400 POLICY_INVALID names each part at fault',
          params: appParams,
          querystring: importQuery,
          body: z.record(z.string(), z.unknown()).describe('A charter.policy document, as exported'),
          response: { 200: importResponse, ...errorResponses },
        },
      },
      async (request) =>
        importPolicy(ctx, appActorOf(request), request.body, {
          dryRun: request.query.dryRun,
          prune: request.query.prune,
        }),
    );
  };
}
