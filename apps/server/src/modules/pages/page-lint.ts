// What lint finds in an app's pages: a collection filter that can never match, and a page shown to
// a role whose holders may read none of the collections its views show, so it is always empty.
import {
  buildPrincipal,
  checkCondition,
  constantTruth,
  createPolicyEngine,
  type LintWarning,
  PolicyError,
  type RuleSet,
} from '@charter/policy';
import type { StoredSection } from '../../db/schema.js';
import type { AppSchema } from '../data-model/app-schema.js';
import type { PageRow } from './pages.repository.js';

type View = Extract<StoredSection, { kind: 'collectionView' | 'recordView' }>;

/** The warnings about the app's pages. */
export function lintPages(pages: readonly PageRow[], appSchema: AppSchema, ruleSet: RuleSet): LintWarning[] {
  const engine = createPolicyEngine({ schema: appSchema.schema, ruleSet });
  const keyOf = (view: View) => appSchema.keyById.get(view.collection);
  const warnings: LintWarning[] = [];
  for (const page of pages) {
    const views = page.sections.filter(
      (s): s is View => s.kind === 'collectionView' || s.kind === 'recordView',
    );
    for (const view of views) {
      const collection = keyOf(view);
      if (view.kind !== 'collectionView' || view.filter === null || !collection) continue;
      if (filterTruth(view.filter, appSchema, collection) !== 'false') continue;
      warnings.push({
        code: 'NEVER_MATCHES',
        severity: 'warning',
        message: `The view "${view.title || view.id}" on page "${page.title}" has a collection filter that is never true, so it always shows nothing`,
        page: page.slug,
        section: view.title || view.id,
        collection,
      });
    }
    const collections = [...new Set(views.map(keyOf).filter((k): k is string => k !== undefined))];
    if (page.visibility.audience !== 'roles' || collections.length === 0) continue;
    for (const role of page.visibility.roles) {
      if (!ruleSet.roles.some((r) => r.key === role)) continue;
      const holder = buildPrincipal({ id: '00000000-0000-0000-0000-000000000000', roles: [role] }, ruleSet);
      const readsAny = collections.some((c) => engine.planAccess(holder, 'read', c).kind !== 'deny');
      if (readsAny) continue;
      warnings.push({
        code: 'PAGE_SHOWS_NOTHING',
        severity: 'warning',
        message: `The page "${page.title}" is shown to ${role}, whose holders may read none of ${collections.join(', ')}, so its views are always empty for them`,
        page: page.slug,
        role,
      });
    }
  }
  return warnings;
}

function filterTruth(filter: string, appSchema: AppSchema, collection: string) {
  try {
    return constantTruth(checkCondition(filter, { schema: appSchema.schema, collection }).expr);
  } catch (error) {
    if (error instanceof PolicyError) return 'unknown';
    throw error;
  }
}
