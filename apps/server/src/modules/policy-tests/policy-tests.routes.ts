import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/openapi.js';
import { appParams } from '../tenancy/tenant-params.js';
import { runMutationCheck } from './mutation-check.js';
import { readFixture, runPolicyTests } from './policy-tests.service.js';

const access = { kind: 'app', right: 'app.dataformats.read' } as const;
const tags = ['policy'];
const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

const verdict = z.enum(['allow', 'deny']);
const fieldExpectation = z.union([
  z.array(z.string()),
  z.object({ includes: z.array(z.string()).optional(), excludes: z.array(z.string()).optional() }),
]);

const reportResponse = z.object({
  app: z.uuid(),
  policyVersion: z.number(),
  tests: z.number(),
  passed: z.number(),
  failed: z.number(),
  results: z.array(
    z.object({
      test: z.string(),
      as: z.string(),
      collection: z.string(),
      record: z.string().nullable(),
      action: z.enum(['read', 'update', 'delete', 'create', 'fields.visible', 'fields.updatable']),
      expected: z.union([verdict, fieldExpectation]),
      actual: z.union([verdict, z.literal('error'), z.array(z.string())]),
      ok: z.boolean(),
      message: z.string().optional(),
      explanation: z.array(z.string()).optional(),
    }),
  ),
  coverage: z.object({
    rules: z.number(),
    exercised: z.number(),
    unexercised: z.array(z.object({ ruleId: z.string(), name: z.string(), collection: z.string() })),
  }),
});

const mutationResponse = z.object({
  app: z.uuid(),
  policyVersion: z.number(),
  baseline: z.object({ tests: z.number(), passed: z.number(), failed: z.number() }),
  mutants: z.number(),
  survived: z.number(),
  rules: z.array(
    z.object({
      ruleId: z.string(),
      name: z.string(),
      collection: z.string(),
      kind: z.enum(['grant', 'guard', 'fieldCondition']),
      protected: z.boolean(),
      mutants: z.array(
        z.object({ mutation: z.string(), caught: z.boolean(), failingTests: z.array(z.string()) }),
      ),
    }),
  ),
});

/** Permission tests: fixtures of expected decisions, run against an app's live policy. */
export function policyTestRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // A fixture may be sent as it is written: YAML text (JSON bodies arrive parsed).
    app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_request, body, done) => done(null, body));
    app.post(
      '/api/apps/:app/policy/test',
      {
        config: { access },
        schema: {
          tags,
          summary:
            'Run a permission-test fixture (JSON, or YAML as application/yaml) against the live policy; ' +
            'nothing it inserts remains. 200 with the results even when tests fail; 400 POLICY_TEST_INVALID',
          params: appParams,
          body: z.unknown().describe('The fixture: users, records and tests (see docs/permission-tests.md)'),
          response: { 200: reportResponse, ...errorResponses },
        },
      },
      async (request) => runPolicyTests(ctx, request.params.app, readFixture(request.body)),
    );
    app.post(
      '/api/apps/:app/policy/test/mutations',
      {
        config: { access },
        schema: {
          tags,
          summary:
            'Mutation check: break each rule in memory (condition true, field lists dropped, an action ' +
            'removed, every action granted, deleted) and run the fixture against each; a mutant no test ' +
            'notices is a rule the fixture does not protect. Stored rules are untouched; 400 POLICY_TEST_INVALID',
          params: appParams,
          body: z.unknown().describe('The fixture, as for POST /api/apps/:app/policy/test'),
          response: { 200: mutationResponse, ...errorResponses },
        },
      },
      async (request) => runMutationCheck(ctx, request.params.app, readFixture(request.body)),
    );
  };
}
