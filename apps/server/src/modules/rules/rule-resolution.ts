// From a builder's draft to the stored rule: names resolved to ids, the condition checked and stored
// by id, and the whole rule set validated with it. Every problem is reported at once, positioned.
import {
  type Action,
  type CollectionIndex,
  indexSchema,
  type Rule,
  type RuleSet,
  type SchemaIndex,
  toStoredCondition,
  tryCheckCondition,
  validateRuleSet,
} from '@charter/policy';
import type { AppSchema } from '../data-model/app-schema.js';
import { type RuleDraft, shapeProblems, targetProblems } from './rule-shape.js';
import { type RuleProblem, ruleInvalid, ruleProblem } from './rules.errors.js';
import type { RuleWarning } from './rules.schema.js';

/** A draft ready to store: the engine's rule (ids), its collection's id, and warnings about it. */
export interface ResolvedRule {
  rule: Rule;
  collectionId: string;
  warnings: RuleWarning[];
}

type StoredFields = string[] | Partial<Record<Action, string[]>>;

/** Resolves and checks a draft against the app's model; throws RULE_INVALID listing every problem. */
export function resolveRule(
  id: string,
  draft: RuleDraft,
  appSchema: AppSchema,
  ruleSet: RuleSet,
): ResolvedRule {
  const schema = indexSchema(appSchema.schema);
  const collection = schema.collections.get(draft.collection);
  const collectionId = [...appSchema.keyById].find(([, key]) => key === draft.collection)?.[0];
  if (!collection || !collectionId) {
    const keys = [...schema.collections.keys()];
    throw ruleInvalid([
      ruleProblem('collection', `unknown collection '${draft.collection}'`, {
        code: 'POLICY_UNKNOWN_COLLECTION',
        expected: keys,
      }),
    ]);
  }
  const problems = [...shapeProblems(draft), ...targetProblems(draft.to, ruleSet.roles)];
  const fields = draft.fields === undefined ? undefined : resolveFields(draft.fields, collection, problems);
  const condition =
    draft.condition === undefined
      ? undefined
      : storeCondition(draft.condition, schema, draft.collection, problems);
  if (problems.length > 0) throw ruleInvalid(problems);
  const rule = buildRule(id, draft, condition, fields);
  return { rule, collectionId, warnings: validateWith(rule, ruleSet, schema) };
}

function storeCondition(text: string, schema: SchemaIndex, collection: string, problems: RuleProblem[]) {
  const ctx = { schema, collection };
  const checked = tryCheckCondition(text, ctx);
  if (checked.ok) return toStoredCondition(text, ctx);
  problems.push({ location: 'body', field: 'condition', ...checked.error.toJSON() });
  return undefined;
}

function resolveFields(
  fields: StoredFields,
  collection: CollectionIndex,
  problems: RuleProblem[],
): StoredFields {
  const known = collection.fields.map((f) => f.name);
  const resolve = (names: readonly string[], path: string) =>
    names.flatMap((name, i) => {
      const field = collection.byName.get(name) ?? collection.byId.get(name);
      if (field) return [field.id];
      problems.push(
        ruleProblem(`${path}.${i}`, `unknown field '${name}' on ${collection.key}`, {
          code: 'POLICY_UNKNOWN_IDENTIFIER',
          expected: known,
        }),
      );
      return [];
    });
  if (Array.isArray(fields)) return resolve(fields, 'fields');
  return Object.fromEntries(
    Object.entries(fields).map(([action, names]) => [action, resolve(names ?? [], `fields.${action}`)]),
  );
}

function buildRule(id: string, draft: RuleDraft, condition?: string, fields?: StoredFields): Rule {
  const base = {
    id,
    name: draft.name,
    description: draft.description,
    collection: draft.collection,
    to: draft.to,
  };
  if (draft.kind === 'fieldCondition') {
    const list = Array.isArray(fields) ? fields : [];
    return {
      ...base,
      kind: 'fieldCondition',
      fields: list,
      access: draft.access ?? 'read',
      condition: condition ?? 'false',
    };
  }
  if (draft.kind === 'guard')
    return { ...base, kind: 'guard', actions: draft.actions, condition: condition ?? 'false' };
  const perAction = fields && !Array.isArray(fields) ? { fields } : {};
  return {
    ...base,
    kind: 'grant',
    actions: draft.actions,
    ...(condition ? { condition } : {}),
    ...perAction,
  };
}

// The rule set with the new rule must validate; other rules' problems (schema drift) do not block it.
function validateWith(rule: Rule, ruleSet: RuleSet, schema: SchemaIndex): RuleWarning[] {
  const rules = [...ruleSet.rules.filter((r) => r.id !== rule.id), rule];
  const result = validateRuleSet({ ...ruleSet, rules }, schema);
  const mine = (issue: { ruleId?: string }) => issue.ruleId === rule.id;
  const errors = result.errors.filter(mine);
  if (errors.length > 0) {
    throw ruleInvalid(
      errors.map((e) => ({
        location: 'body',
        field: e.position ? 'condition' : '(rule)',
        code: e.code,
        message: e.message,
        ...(e.position ? { position: e.position } : {}),
        ...(e.expected ? { expected: e.expected } : {}),
      })),
    );
  }
  return result.warnings.filter(mine).map((w) => ({ code: w.code, message: w.message }));
}
