// What every records request resolves first: the app's engine, the caller's principal, the collection.
import { buildPrincipal, type CollectionDef, type Principal } from '@charter/policy';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import { appPrincipalOf, loadAppPrincipal } from '../app-users/app-principal.js';
import type { AppPolicy, PolicyEngines } from '../data/policy-engines.js';
import { DATA_EDIT_RIGHT, DATA_READ_RIGHT } from '../rights/catalogue.js';
import type { AppAccess } from '../tenancy/tenant-access.js';
import { notAnAppUser } from './records.errors.js';

/** One request's view of a collection: the engine, who asks, and which collection. */
export interface RecordScope {
  ctx: AppContext;
  policy: AppPolicy;
  principal: Principal;
  /** The collection's key, as the engine names it. */
  collection: string;
  /** The collection's id (absent for the users collection when its row is not stored). */
  collectionId: string | undefined;
  def: CollectionDef;
  now: number;
}

/** Resolves the scope; 404 for an unknown collection, 403 for a member who is not an app user. */
export async function resolveRecordScope(
  ctx: AppContext,
  engines: PolicyEngines,
  input: { appId: string; accountId: string; email: string; collection: string; access?: AppAccess | null },
): Promise<RecordScope> {
  const policy = await engines.forApp(input.appId, input.access?.policyVersion);
  // The tenant guard has loaded the caller's standing in this very request: no second read.
  const user = input.access
    ? appPrincipalOf(input.access, input.accountId, input.email)
    : await loadAppPrincipal(ctx.database.db, input.appId, input.accountId);
  if (!user) throw notAnAppUser();
  const { key, def, collectionId } = resolveCollection(policy, input.collection);
  const principal = buildPrincipal(user, policy.ruleSet);
  return { ctx, policy, principal, collection: key, collectionId, def, now: ctx.clock.now().getTime() };
}

/** A collection named by key or id; 404 when the app has no such collection. */
export function resolveCollection(
  policy: AppPolicy,
  collection: string,
): { key: string; def: CollectionDef; collectionId: string | undefined } {
  const key = isUuid(collection) ? policy.schema.keyById.get(collection) : collection;
  const def = key === undefined ? undefined : policy.schema.schema.collections[key];
  if (key === undefined || !def || !Object.hasOwn(policy.schema.schema.collections, key)) {
    throw notFound('collection');
  }
  const collectionId = [...policy.schema.keyById].find(([, k]) => k === key)?.[0];
  return { key, def, collectionId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id from a URL or body; a malformed one becomes the nil uuid, so it gets the same 404. */
export function toRecordId(raw: string): string {
  return UUID.test(raw) ? raw.toLowerCase() : '00000000-0000-0000-0000-000000000000';
}

/** Resolves the scope of a records request from its params and caller. */
export type ScopeOf = (
  request: Pick<FastifyRequest, 'auth' | 'tenant'> & { params: { app: string; collection: string } },
) => Promise<RecordScope>;

// The coarse data gate (DESIGN.md §3): reads need app.data.read and writes app.data.edit, also as
// API key scopes; the permission engine then decides per record (and applies the same gate, so
// explain, tests and previews answer alike).
export const recordsReadAccess = { kind: 'app', right: DATA_READ_RIGHT } as const;
export const recordsWriteAccess = { kind: 'app', right: DATA_EDIT_RIGHT } as const;
export const recordsTags = ['records'];
export const RECORDS_URL = '/api/apps/:app/collections/:collection/records';
