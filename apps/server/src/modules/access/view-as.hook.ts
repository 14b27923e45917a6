// While a view-as is in force, every request is authorized as the user viewed as, never as the
// union with the builder; only that app's data routes are open, and only for reading unless the
// view allows writes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import type { ViewAs } from '../../http/authentication.js';
import { acceptedRights, isSafeMethod } from '../../http/route-access.js';
import { findAccount } from '../auth/accounts.repository.js';
import { DATA_EDIT_RIGHT, DATA_READ_RIGHT } from '../rights/catalogue.js';
import { accessErrors } from './access.errors.js';
import { activeViewAs } from './view-as.service.js';

export const VIEW_AS_COOKIE = 'charter.view_as';

const DATA_RIGHTS: ReadonlySet<string> = new Set([DATA_READ_RIGHT, DATA_EDIT_RIGHT]);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `start` begins a view (refused while one is in force); `control` shows or stops it. */
    viewAs?: 'start' | 'control';
  }
}

/** The cookie naming the session's view-as, set when it starts (HttpOnly: scripts never see it). */
export function viewAsCookie(ctx: AppContext, id: string, maxAgeSeconds: number): string {
  const secure = ctx.config.publicUrl.startsWith('https://') ? '; Secure' : '';
  return `${VIEW_AS_COOKIE}=${id}; Path=/api; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Registered after authentication and before the tenant guard, which then sees the target. */
export function installViewAs(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request, reply) => {
    const auth = request.auth;
    if (auth?.method !== 'session' || !auth.sessionId) return;
    const id = cookieValue(request.headers.cookie, VIEW_AS_COOKIE);
    if (!id) return;
    const viewAs = await activeViewAs(ctx, auth.sessionId, id);
    const role = request.routeOptions.config.viewAs;
    if (!viewAs) {
      // Ended or expired: the caller is themselves again, and the stale cookie goes.
      if (role !== 'control') reply.header('set-cookie', viewAsCookie(ctx, '', 0));
      return;
    }
    if (role === 'control') {
      request.auth = { ...auth, viewAs };
      return;
    }
    assertAllowed(request, viewAs);
    const target = await findAccount(ctx.database.db, { id: viewAs.targetId });
    if (target?.status !== 'active') {
      throw accessErrors.VIEW_AS_RESTRICTED('The user you are viewing as is no longer active.');
    }
    request.auth = {
      account: target,
      method: 'session',
      sessionId: auth.sessionId,
      apiKeyId: null,
      scopes: null,
      viewAs,
    };
  });
}

function assertAllowed(request: FastifyRequest, viewAs: ViewAs): void {
  const access = request.routeOptions.config.access;
  if (request.routeOptions.config.viewAs === 'start') {
    throw accessErrors.VIEW_AS_ALREADY_ACTIVE();
  }
  const params = request.params as { app?: unknown };
  // The app's data routes: those any app user may call, and the records routes behind the data gate.
  const dataRoute =
    access?.kind === 'app' &&
    acceptedRights(access).every((right) => DATA_RIGHTS.has(right)) &&
    params.app === viewAs.appId;
  if (!dataRoute) {
    throw accessErrors.VIEW_AS_RESTRICTED(
      'While viewing as another user, only the data of that app is open. Stop viewing to do anything else.',
      { stop: '/api/view-as' },
    );
  }
  if (!isSafeMethod(request.method) && !viewAs.allowWrites) {
    throw accessErrors.VIEW_AS_READ_ONLY();
  }
}

/** Clears the view-as cookie on a reply. */
export function clearViewAsCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.header('set-cookie', viewAsCookie(ctx, '', 0));
}
