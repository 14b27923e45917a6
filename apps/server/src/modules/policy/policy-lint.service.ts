// Lint of one app's stored policy: the engine's pure lint, with member counts from the database,
// and the lint of its pages.
import { type LintWarning, lintPolicy } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { lintPages } from '../pages/page-lint.js';
import { listPageRows } from '../pages/pages.repository.js';
import { roleUserCounts } from '../roles/roles.repository.js';
import { loadStoredPolicy } from '../rules/stored-policy.js';

/** The app's lint warnings; 404 for an unknown app. */
export async function lintApp(db: Kysely<DatabaseSchema>, appId: string): Promise<LintWarning[]> {
  const { schema, ruleSet } = await loadStoredPolicy(db, appId);
  const [counts, roles, pages] = await Promise.all([
    roleUserCounts(db, appId),
    db.selectFrom('app_role').select(['id', 'key']).where('app_id', '=', appId).execute(),
    listPageRows(db, appId),
  ]);
  // Every holder counts, as in the roles list: a suspended user may be reactivated.
  const members = Object.fromEntries(roles.map((r) => [r.key, counts.get(r.id) ?? 0]));
  return [...lintPolicy({ schema: schema.schema, ruleSet, members }), ...lintPages(pages, schema, ruleSet)];
}

/** One line per warning, for the CLI and logs: `warning NEVER_MATCHES positions: …`. */
export function formatWarning(w: LintWarning): string {
  const where =
    (w.page ? `page ${w.page}` : '') ||
    [w.collection, w.field].filter(Boolean).join('.') ||
    (w.role ? `role ${w.role}` : '');
  return `${w.severity.padEnd(7)} ${w.code}${where ? ` ${where}` : ''}: ${w.message}`;
}
