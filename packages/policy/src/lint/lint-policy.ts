// Policy lint: rules and roles that are probably mistakes. Pure: the caller passes member counts.
import { DEFAULT_LIMITS, type ExpressionLimits } from '../cel/limits.js';
import type { Audience, RoleDef, Rule, RuleSet } from '../model/rule-set.js';
import { isRestricted } from '../model/rule-set.js';
import type { Schema } from '../model/schema.js';
import { indexSchema } from '../model/schema-index.js';
import { type CompiledRuleSet, compileRuleSet } from '../plan/compile-rules.js';
import { constantTruth } from './constant-condition.js';
import { rolesLackingDataRights } from './gated-roles.js';
import type { LintWarning, RuleFacts } from './types.js';
import { unreadableFields } from './unreadable-fields.js';

/** What lint reads: the model, the rules and roles, and how many app users hold each role. */
export interface LintInput {
  readonly schema: Schema;
  readonly ruleSet: RuleSet;
  /** App users per role key; a role absent here has none. */
  readonly members: Readonly<Record<string, number>>;
  readonly limits?: Partial<ExpressionLimits>;
}

/** Every warning, roles first, then rules in rule-set order, then fields. */
export function lintPolicy(input: LintInput): LintWarning[] {
  const index = indexSchema(input.schema);
  const compiled = compileRuleSet(input.ruleSet, index, { ...DEFAULT_LIMITS, ...input.limits });
  const roles = new Map(input.ruleSet.roles.map((r) => [r.key, r]));
  const facts = factsOf(compiled, roles);
  return [
    ...rolesWithoutMembers(input),
    ...rolesLackingDataRights(input.ruleSet),
    ...facts.flatMap((f) => ruleWarnings(f, roles, input, facts)),
    ...unreadableFields(index, input.ruleSet, facts),
  ];
}

function factsOf(compiled: CompiledRuleSet, roles: ReadonlyMap<string, RoleDef>): RuleFacts[] {
  const byId = new Map<string, RuleFacts>();
  for (const bucket of compiled.collections.values()) {
    for (const c of [...bucket.grants, ...bucket.guards, ...bucket.fieldConditions]) {
      const liveRoles = (c.rule.to.roles ?? [])
        .map((k) => roles.get(k))
        .filter((r): r is RoleDef => r !== undefined && !r.allData);
      byId.set(c.rule.id, {
        rule: c.rule,
        truth: c.error ? 'false' : constantTruth(c.condition),
        error: c.error?.message ?? null,
        liveRoles,
      });
    }
  }
  return compiled.ruleSet.rules.map((r) => byId.get(r.id)).filter((f): f is RuleFacts => f !== undefined);
}

function rolesWithoutMembers(input: LintInput): LintWarning[] {
  return input.ruleSet.roles
    .filter((role) => (input.members[role.key] ?? 0) === 0)
    .map((role) => {
      const rules = input.ruleSet.rules.filter((r) => r.to.roles?.includes(role.key)).length;
      const effect =
        rules > 0 ? `; the ${rules} rule${rules === 1 ? '' : 's'} naming it affect nobody yet` : '';
      return {
        code: 'ROLE_WITHOUT_MEMBERS' as const,
        severity: 'info' as const,
        role: role.key,
        message: `role '${role.key}' (${role.name}) has no members${effect}`,
      };
    });
}

const label = (rule: Rule) =>
  `${rule.kind === 'fieldCondition' ? 'field condition' : rule.kind} '${rule.name}'`;

function ruleWarnings(
  facts: RuleFacts,
  roles: ReadonlyMap<string, RoleDef>,
  input: LintInput,
  all: readonly RuleFacts[],
): LintWarning[] {
  const { rule } = facts;
  const at = { ruleId: rule.id, collection: rule.collection };
  const named = rule.to.roles ?? [];
  const known = named.filter((k) => roles.has(k));
  if (!rule.to.audience && named.length > 0 && facts.liveRoles.length === 0) {
    if (known.length === 0) {
      const message = `${label(rule)} names only roles that do not exist (${named.join(', ')}), so it applies to nobody`;
      return [{ code: 'NEVER_MATCHES', severity: 'warning', ...at, message }];
    }
    const message = `${label(rule)} names only roles with Access All Data (${known.join(', ')}), which bypass every rule, so it has no effect`;
    return [{ code: 'SHADOWED_BY_ALL_DATA', severity: 'warning', ...at, message }];
  }
  if (facts.error) {
    const message = `${label(rule)} does not compile (${facts.error}), so it counts as false`;
    return [{ code: 'NEVER_MATCHES', severity: 'warning', ...at, message }];
  }
  if (facts.truth === 'false') {
    return [{ code: 'NEVER_MATCHES', severity: 'warning', ...at, message: neverMessage(rule) }];
  }
  const open = openToEveryone(facts, input, all);
  return open ? [{ ...open, ...at }] : [];
}

function neverMessage(rule: Rule): string {
  if (rule.kind === 'grant') return `${label(rule)} has a condition that is never true, so it opens nothing`;
  if (rule.kind === 'guard')
    return `${label(rule)} has a condition that is never true, so it closes ${rule.actions.join(', ')} to everyone it applies to`;
  const access = rule.access === 'read' ? 'readable' : 'writable';
  return `${label(rule)} has a condition that is never true, so ${rule.fields.length} field(s) are never ${access} for those it applies to`;
}

const BROAD: readonly Audience[] = ['everyone', 'anonymous', 'external'];

/**
 * Sensitive: the users collection, or a collection with an email field (personal data). A
 * grant without a real condition to a broad audience on one is worth a warning; when guards that
 * apply to that whole audience narrow every action it opens, only a note.
 */
function openToEveryone(
  facts: RuleFacts,
  input: LintInput,
  all: readonly RuleFacts[],
): Omit<LintWarning, 'ruleId' | 'collection'> | null {
  const { rule } = facts;
  const audience = rule.to.audience;
  if (rule.kind !== 'grant' || facts.truth !== 'true' || !audience || !BROAD.includes(audience)) return null;
  const why = sensitivity(input.schema, rule.collection);
  if (!why || !isRestricted(input.ruleSet, rule.collection)) return null;
  const narrowed = rule.actions.every((action) =>
    all.some(
      (g) =>
        g.rule.kind === 'guard' &&
        g.rule.collection === rule.collection &&
        g.rule.actions.includes(action) &&
        g.truth !== 'true' &&
        guardCovers(g.rule.to, audience),
    ),
  );
  const who =
    audience === 'anonymous'
      ? 'visitors who are not signed in'
      : `every ${audience === 'everyone' ? 'signed-in' : 'external'} user`;
  const base = `${label(rule)} opens ${rule.actions.join(', ')} on every record of '${rule.collection}' (${why}) to ${who}`;
  return narrowed
    ? { code: 'OPEN_TO_EVERYONE', severity: 'info', message: `${base}; guards narrow it` }
    : { code: 'OPEN_TO_EVERYONE', severity: 'warning', message: base };
}

/** Why a collection is sensitive, or null. */
export function sensitivity(schema: Schema, collection: string): string | null {
  if (collection === schema.usersCollection) return 'the app users';
  const emails = schema.collections[collection]?.fields.filter((f) => f.type === 'email') ?? [];
  return emails.length > 0 ? `holds email addresses: ${emails.map((f) => f.name).join(', ')}` : null;
}

// Whether a guard applies to every principal of an audience.
function guardCovers(to: Rule['to'], audience: Audience): boolean {
  if (!to.audience && (to.roles?.length ?? 0) === 0) return true;
  if (to.audience === audience) return true;
  return to.audience === 'everyone' && audience !== 'anonymous';
}
