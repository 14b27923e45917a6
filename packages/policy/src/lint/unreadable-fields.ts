// FIELD_UNREADABLE: fields of a collection that some rule opens, which no rule lets anyone read.
import type { Audience, RoleDef, RuleSet } from '../model/rule-set.js';
import { isRestricted } from '../model/rule-set.js';
import type { FieldDef } from '../model/schema.js';
import type { SchemaIndex } from '../model/schema-index.js';
import { restricts, type Unit } from '../plan/units.js';
import type { LintWarning, RuleFacts } from './types.js';

/**
 * The units of the least privileged principal a grant's target reaches: a role with nothing else
 * (internal or external by its flag), or an audience with no role at all.
 */
function principalsOf(facts: RuleFacts): Unit[][] {
  const everyone: Unit = { kind: 'audience', audience: 'everyone' };
  const audience = (a: Audience): Unit => ({ kind: 'audience', audience: a });
  const out: Unit[][] = facts.liveRoles.map((r: RoleDef) => [
    { kind: 'role', key: r.key },
    everyone,
    audience(r.internal ? 'internal' : 'external'),
  ]);
  const a = facts.rule.to.audience;
  if (a === 'anonymous') out.push([audience('anonymous')]);
  else if (a === 'everyone') out.push([everyone, audience('external')]);
  else if (a) out.push([everyone, audience(a)]);
  return out;
}

function lists(facts: RuleFacts, field: FieldDef): boolean {
  const rule = facts.rule;
  if (rule.kind !== 'grant') return false;
  const names = rule.fields?.read;
  return !names || names.includes(field.id) || names.includes(field.name);
}

/**
 * Only collections that some live read grant opens are checked: a collection no rule opens is
 * the builder's choice (admins only), while a field left out of every field list there is
 * often an oversight. System fields are left out.
 */
export function unreadableFields(
  index: SchemaIndex,
  ruleSet: RuleSet,
  facts: readonly RuleFacts[],
): LintWarning[] {
  const warnings: LintWarning[] = [];
  for (const [key, collection] of index.collections) {
    if (!isRestricted(ruleSet, key)) continue;
    const mine = facts.filter((f) => f.rule.collection === key);
    const grants = mine.filter(
      (f) =>
        f.rule.kind === 'grant' &&
        f.rule.actions.includes('read') &&
        f.truth !== 'false' &&
        principalsOf(f).length > 0,
    );
    if (grants.length === 0) continue;
    const closing = (field: FieldDef | null) =>
      mine.filter(
        (f) =>
          f.truth === 'false' &&
          ((f.rule.kind === 'guard' && f.rule.actions.includes('read') && field === null) ||
            (f.rule.kind === 'fieldCondition' &&
              f.rule.access === 'read' &&
              field !== null &&
              (f.rule.fields.includes(field.id) || f.rule.fields.includes(field.name)))),
      );
    const closedFor = (units: Unit[], field: FieldDef) =>
      [...closing(null), ...closing(field)].some((c) => restricts(c.rule.to, units));
    for (const field of collection.fields) {
      if (field.system) continue;
      const readable = grants.some(
        (g) => lists(g, field) && principalsOf(g).some((units) => !closedFor(units, field)),
      );
      if (readable) continue;
      warnings.push({
        code: 'FIELD_UNREADABLE',
        severity: 'info',
        collection: key,
        field: field.name,
        message: `no rule lets anyone read '${key}.${field.name}' (it is in no read grant's field list, or always closed): only Access All Data roles see it`,
      });
    }
  }
  return warnings;
}
