import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';

/** Permission tests: fixtures of expected decisions, run against an app's live policy. */
export function policyTestRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
