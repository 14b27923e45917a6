import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';

/** Policy as code: export, import (with a dry-run diff) and the impact preview of a change. */
export function policyRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
