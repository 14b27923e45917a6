// The end-user app's view of an app (DESIGN.md §6): the pages the person may see, and the records
// under a collection view, which go through the data rules with the view's filter on top.
import { buildPrincipal, type Principal } from '@charter/policy';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/app-error.js';
import { appPrincipalOf } from '../app-users/app-principal.js';
import type { AppPolicy, PolicyEngines } from '../data/policy-engines.js';
import { visibilityConditionsOf } from '../data/visibility-conditions.js';
import { listPageRows } from '../pages/pages.repository.js';
import type { Ui } from '../pages/pages.schema.js';
import { findVisibleCollectionView, showPages } from '../pages/visibility.js';
import { type Decoration, listRecordPage } from '../records/record-page.js';
import type { ListInput } from '../records/record-read.js';
import { type RecordScope, resolveCollection } from '../records/record-scope.js';
import { notAnAppUser } from '../records/records.errors.js';
import type { AppAccess } from '../tenancy/tenant-access.js';

/** Who asks: the standing the tenant guard loaded, and the account (the viewed one under view-as). */
export interface UiCaller {
  access: AppAccess;
  accountId: string;
  email: string;
}

/** The caller's UI of the app: 403 for a company member who is not an active app user. */
export async function uiFor(ctx: AppContext, engines: PolicyEngines, caller: UiCaller): Promise<Ui> {
  const { policy, principal, user } = await principalOf(engines, caller);
  const db = ctx.database.db;
  const [rows, app] = await Promise.all([
    listPageRows(db, caller.access.appId),
    db
      .selectFrom('application')
      .select(['id', 'name'])
      .where('id', '=', caller.access.appId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    app,
    user: { id: user.id, email: user.email, internal: principal.internal },
    pages: showPages(
      rows,
      principal,
      policy.schema,
      visibilityConditionsOf(policy),
      ctx.clock.now().getTime(),
    ),
  };
}

/**
 * A page of the records under a collection view: the records API's list for the caller, with the
 * view's collection filter ANDed on top, so it is always a part of what the API lists. A view the
 * caller cannot see is a 404, like a missing one. Without a sort of its own, the view's sort
 * applies (its keys the caller may read).
 */
export async function sectionRecords(
  ctx: AppContext,
  engines: PolicyEngines,
  caller: UiCaller,
  sectionId: string,
  input: ListInput & Decoration,
) {
  const { policy, principal } = await principalOf(engines, caller);
  const now = ctx.clock.now().getTime();
  const rows = await listPageRows(ctx.database.db, caller.access.appId);
  const conditions = visibilityConditionsOf(policy);
  const view = findVisibleCollectionView(rows, sectionId.toLowerCase(), principal, conditions, now);
  const collection = view && policy.schema.keyById.get(view.collection);
  if (!view || !collection) throw notFound('section');
  // The records are decided for the principal and policy the visibility was: built once.
  const { def, collectionId } = resolveCollection(policy, collection);
  const scope: RecordScope = { ctx, policy, principal, collection, collectionId, def, now };
  const readable = policy.engine.planAccess(principal, 'read', collection).fields;
  const byId = conditions.schema.collections.get(collection)?.byId;
  const sort = view.sort
    .map((s) => ({ name: byId?.get(s.field)?.name, direction: s.direction }))
    .filter(
      (s): s is { name: string; direction: 'asc' | 'desc' } => s.name !== undefined && readable.has(s.name),
    )
    .map((s) => (s.direction === 'desc' ? `-${s.name}` : s.name))
    .join(',');
  return listRecordPage(scope, {
    ...input,
    sort: input.sort ?? (sort || undefined),
    viewFilter: view.filter ?? undefined,
  });
}

async function principalOf(
  engines: PolicyEngines,
  caller: UiCaller,
): Promise<{ policy: AppPolicy; principal: Principal; user: { id: string; email: string } }> {
  const user = appPrincipalOf(caller.access, caller.accountId, caller.email);
  if (!user) throw notAnAppUser();
  const policy = await engines.forApp(caller.access.appId, caller.access.policyVersion);
  return { policy, principal: buildPrincipal(user, policy.ruleSet), user };
}
