// The end-user app's view of an app: the pages the person may see (DESIGN.md §6).
import { buildPrincipal } from '@charter/policy';
import type { AppContext } from '../../context.js';
import { appPrincipalOf } from '../app-users/app-principal.js';
import type { PolicyEngines } from '../data/policy-engines.js';
import { listPageRows } from '../pages/pages.repository.js';
import type { Ui } from '../pages/pages.schema.js';
import { showPages } from '../pages/visibility.js';
import { notAnAppUser } from '../records/records.errors.js';
import type { AppAccess } from '../tenancy/tenant-access.js';

/** The caller's UI of the app: 403 for a company member who is not an active app user. */
export async function uiFor(
  ctx: AppContext,
  engines: PolicyEngines,
  caller: { access: AppAccess; accountId: string; email: string },
): Promise<Ui> {
  const { access } = caller;
  const user = appPrincipalOf(access, caller.accountId, caller.email);
  if (!user) throw notAnAppUser();
  const db = ctx.database.db;
  const [policy, rows, app] = await Promise.all([
    engines.forApp(access.appId, access.policyVersion),
    listPageRows(db, access.appId),
    db
      .selectFrom('application')
      .select(['id', 'name'])
      .where('id', '=', access.appId)
      .executeTakeFirstOrThrow(),
  ]);
  const principal = buildPrincipal(user, policy.ruleSet);
  return {
    app,
    user: { id: user.id, email: user.email, internal: principal.internal },
    pages: showPages(rows, principal, policy.schema, ctx.clock.now().getTime()),
  };
}
