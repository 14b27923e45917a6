// "Why can't Melissa see this page?": the page's visibility, the pages above it and its sections,
// checked for one app user.
import type { AppContext } from '../../context.js';
import type { AppPolicy } from '../data/policy-engines.js';
import { visibilityConditionsOf } from '../data/visibility-conditions.js';
import { findPageRow, listPageRows } from '../pages/pages.repository.js';
import { explainPageVisibility } from '../pages/visibility.js';
import { explainedPrincipal } from './explain.service.js';

/** Whether the user sees the page (by id or slug), and why; 404 for an unknown page or user. */
export async function explainPageForUser(ctx: AppContext, policy: AppPolicy, page: string, user: string) {
  const db = ctx.database.db;
  const { principal, user: who } = await explainedPrincipal(ctx, policy, user);
  const [row, rows] = await Promise.all([
    findPageRow(db, policy.appId, page),
    listPageRows(db, policy.appId),
  ]);
  const now = ctx.clock.now().getTime();
  const explained = explainPageVisibility(
    rows,
    row,
    principal,
    policy.schema,
    visibilityConditionsOf(policy),
    now,
  );
  return { user: who!, ...explained };
}
