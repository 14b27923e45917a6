// Which rules depend on a field: the server refuses to delete a field while this list is not empty.
import { type AstNode, childrenOf } from '../cel/ast.js';
import { parseCondition } from '../cel/parse-condition.js';
import { PolicyError } from '../errors.js';
import type { Rule, RuleSet } from '../model/rule-set.js';
import type { Schema } from '../model/schema.js';
import { type SchemaIndex, toSchemaIndex } from '../model/schema-index.js';
import { fieldsReadBy } from './stored-condition.js';

/** A rule that uses a field, and how. */
export interface FieldUse {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly collection: string;
  readonly usedIn: 'condition' | 'fields';
}

function listsField(rule: Rule, collection: string, fieldId: string, fieldName: string | undefined): boolean {
  if (rule.collection !== collection) return false;
  const names = (list: readonly string[] | undefined) =>
    list?.some((k) => k === fieldId || k === fieldName) ?? false;
  if (rule.kind === 'fieldCondition') return names(rule.fields);
  if (rule.kind === 'grant') return Object.values(rule.fields ?? {}).some((list) => names(list));
  return false;
}

function mentionsId(node: AstNode, fieldId: string): boolean {
  if (node.kind === 'index' && node.index.kind === 'literal' && node.index.value === fieldId) return true;
  return childrenOf(node).some((c) => mentionsId(c, fieldId));
}

function conditionUses(
  rule: Rule,
  collection: string,
  fieldId: string,
  schema: Schema | SchemaIndex | undefined,
): boolean {
  const text = rule.condition;
  if (!text) return false;
  try {
    if (schema) {
      return fieldsReadBy(text, { schema, collection: rule.collection }).some(
        (f) => f.collection === collection && f.fieldId === fieldId,
      );
    }
    return mentionsId(parseCondition(text), fieldId);
  } catch (error) {
    if (error instanceof PolicyError) return false;
    throw error;
  }
}

/**
 * Rules that reference a field, in a field list or in a condition (also through relations from
 * other collections). With the schema, name-form conditions are resolved too; without it, stored
 * (id-form) conditions are scanned for the id.
 */
export function rulesUsingField(
  ruleSet: RuleSet,
  collection: string,
  fieldId: string,
  schema?: Schema | SchemaIndex,
): FieldUse[] {
  const name = schema ? fieldName(schema, collection, fieldId) : undefined;
  const uses: FieldUse[] = [];
  for (const rule of ruleSet.rules) {
    const base = { ruleId: rule.id, ruleName: rule.name, collection: rule.collection };
    if (listsField(rule, collection, fieldId, name)) uses.push({ ...base, usedIn: 'fields' });
    else if (conditionUses(rule, collection, fieldId, schema)) uses.push({ ...base, usedIn: 'condition' });
  }
  return uses;
}

function fieldName(schema: Schema | SchemaIndex, collection: string, fieldId: string): string | undefined {
  return toSchemaIndex(schema).collections.get(collection)?.byId.get(fieldId)?.name;
}

/**
 * Rules whose stored (id-form) condition reads a user attribute (`user["<attribute id>"]`): the
 * server refuses to delete an attribute while this list is not empty.
 */
export function rulesUsingAttribute(ruleSet: RuleSet, attributeId: string): FieldUse[] {
  const uses: FieldUse[] = [];
  for (const rule of ruleSet.rules) {
    if (!rule.condition) continue;
    let mentioned = false;
    try {
      mentioned = mentionsId(parseCondition(rule.condition), attributeId);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
    }
    if (mentioned) {
      uses.push({ ruleId: rule.id, ruleName: rule.name, collection: rule.collection, usedIn: 'condition' });
    }
  }
  return uses;
}
