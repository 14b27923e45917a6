import net from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sharedErrors } from './error-codes.js';
import { sendError } from './error-handler.js';

interface DrainState {
  draining: boolean;
}

const states = new WeakMap<FastifyInstance, DrainState>();
const refused = new WeakSet<FastifyRequest>();

/**
 * While the server stops, a request that arrives on a connection still open (a load balancer's
 * kept-alive socket) is answered `503 SHUTTING_DOWN` with `Connection: close` and `Retry-After`,
 * so that it is retried on another node; every answer, in-flight ones included, closes its
 * connection. Installed first, so a refused request reaches no authentication and no database.
 * Fastify's own 503 while closing is turned off in buildApp: it has not the contract's shape.
 */
export function installShutdownDrain(app: FastifyInstance): void {
  const state: DrainState = { draining: false };
  states.set(app, state);
  app.addHook('preClose', async () => {
    state.draining = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!state.draining) return;
    refused.add(request);
    reply.header('retry-after', '1');
    return sendError(request, reply, sharedErrors.SHUTTING_DOWN());
  });
  app.addHook('onSend', async (_request, reply) => {
    // Otherwise an idle keep-alive socket would hold the server open until the client's timeout.
    if (state.draining) reply.header('connection', 'close');
  });
}

/** Whether the request was refused because the server is stopping (it changed nothing). */
export function refusedWhileStopping(request: FastifyRequest): boolean {
  return refused.has(request);
}

/**
 * Stops accepting connections and answers requests on the open ones with 503 (above), until every
 * connection has closed or `windowMs` has passed; `app.close()` then ends the idle ones and waits
 * for the requests still in flight. Closing idle kept-alive connections at once, as Node's
 * `http.Server.close()` does, resets a request the client has already sent on one.
 */
export async function drainConnections(app: FastifyInstance, windowMs: number): Promise<void> {
  const state = states.get(app);
  if (!state || !app.server.listening) return;
  state.draining = true;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, windowMs);
    // net.Server's close stops the listener and calls back once the last connection has ended.
    net.Server.prototype.close.call(app.server, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
