import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';

/** Builder tools on decisions: explain, and view as another user. */
export function accessRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
