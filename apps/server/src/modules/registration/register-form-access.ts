import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import type { Authentication } from '../../http/authentication.js';
import type { Accounts } from '../auth/accounts-module.js';
import { authenticate } from '../auth/authentication.hook.js';
import { type AppAccess, holdsAppRight, loadAppAccess, seesApp } from '../tenancy/tenant-access.js';

const MANAGE_USERS = 'company.users.manage';
// What an API key needs to stand for its account on a route that names no right (as on app routes).
const READ_ACCOUNT = 'account:read';

/** Who calls a registration route, and their standing in the app it names. */
export interface AppViewer {
  auth: Authentication;
  access: AppAccess | null;
}

/**
 * Finds the caller when it matters: only a closed app needs to know who is asking. Null is a
 * caller the app does not know (anonymous, a bad or restricted credential, a key that may not act
 * for its account): to them a closed app is the 404 of a missing one.
 */
export type ViewerOf = () => Promise<AppViewer | null>;

/** The caller of a public route: whoever its credential names; a bad credential counts as none. */
export function publicViewer(
  ctx: AppContext,
  accounts: Accounts,
  request: FastifyRequest,
  reply: FastifyReply,
  appId: string,
): ViewerOf {
  return async () => {
    const auth = await authenticate(ctx, accounts, request, reply).catch(() => null);
    return auth ? viewerOf(ctx, auth, appId) : null;
  };
}

/** The signed-in caller of an account route. */
export function accountViewer(ctx: AppContext, auth: Authentication, appId: string): ViewerOf {
  return () => viewerOf(ctx, auth, appId);
}

async function viewerOf(ctx: AppContext, auth: Authentication, appId: string): Promise<AppViewer | null> {
  if (auth.account.mustChangePassword) return null;
  if (auth.method === 'apiKey' && !auth.scopes?.some((s) => s === READ_ACCOUNT || s === MANAGE_USERS)) {
    return null;
  }
  return { auth, access: await loadAppAccess(ctx.database.db, auth.account.id, appId) };
}

/** Whether the caller may know the app exists (a member of its company or one of its users). */
export function viewerSeesApp(viewer: AppViewer | null): boolean {
  return seesApp(viewer?.access);
}

/**
 * Whether the caller could manage this app's users: a closed app's register form stays readable
 * to them. The same conditions as the tenant guard's for an app route with that right (a usable
 * credential, the right, two-factor where required); any doubt answers no.
 */
export function viewerManagesUsers(viewer: AppViewer | null): boolean {
  if (!viewer?.access || !holdsAppRight(viewer.access, MANAGE_USERS)) return false;
  const { auth, access } = viewer;
  if (auth.method === 'apiKey' && !auth.scopes?.includes(MANAGE_USERS)) return false;
  const mfaRequired = Boolean(access.company?.mfaRequired) || access.permissions.forceMfa;
  return !mfaRequired || auth.account.twoFactorEnabled;
}
