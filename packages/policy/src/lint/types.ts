// What the lint checks share: the warning they return and the facts they read about each rule.
// Its own file so the checks and lint-policy.ts, which runs them, import it without a cycle.
import type { RoleDef, Rule } from '../model/rule-set.js';
import type { ConstantTruth } from './constant-condition.js';

/** The warning codes; stable, so tools may filter on them. */
export const LINT_CODES = [
  'OPEN_TO_EVERYONE',
  'NEVER_MATCHES',
  'ROLE_WITHOUT_MEMBERS',
  'FIELD_UNREADABLE',
  'SHADOWED_BY_ALL_DATA',
  'ROLE_LACKS_DATA_RIGHT',
  'PAGE_SHOWS_NOTHING',
] as const;

/** One of LINT_CODES. */
export type LintCode = (typeof LINT_CODES)[number];

/** One finding; `warning` is probably a mistake, `info` is worth a look. */
export interface LintWarning {
  readonly code: LintCode;
  readonly severity: 'warning' | 'info';
  readonly message: string;
  readonly ruleId?: string;
  readonly role?: string;
  readonly collection?: string;
  readonly field?: string;
  /** A page of the UI plane, by slug, and one of its sections, by title (or id when untitled). */
  readonly page?: string;
  readonly section?: string;
}

/** A compiled rule with what folding can tell about its condition. */
export interface RuleFacts {
  readonly rule: Rule;
  readonly truth: ConstantTruth;
  readonly error: string | null;
  /** The named roles that exist and bypass no rules. */
  readonly liveRoles: readonly RoleDef[];
}
