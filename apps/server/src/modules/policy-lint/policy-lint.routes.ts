import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';

/** Policy lint: warnings about rules and roles that are likely mistakes. */
export function policyLintRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
