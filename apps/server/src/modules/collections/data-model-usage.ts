// What depends on a field or a collection: the rules that use it and the links that point to it.
// Deleting is refused while either list is not empty (DESIGN.md §8).
import { indexSchema, type RuleSet, rulesUsingField, type Schema } from '@charter/policy';
import { isUuid } from '../../lib/uuid.js';

/** A rule that would break, as a 409 lists it. */
export interface RuleUse {
  id: string;
  name: string;
  collection: string;
  usedIn: 'condition' | 'fields' | 'collection';
}

/** A link field that points to a collection. */
export interface LinkUse {
  collection: string;
  field: string;
  fieldId: string;
}

/**
 * Rules that use a field: conditions in stored (id) and display (name) form, through relations
 * from other collections, and field lists.
 */
export function rulesUsingFieldId(
  ruleSet: RuleSet,
  schema: Schema,
  collection: string,
  fieldId: string,
): RuleUse[] {
  // Scanning stored conditions for the id also catches rules that no longer compile. Only a uuid is
  // unique to its field: system field ids (createdBy…) are the same in every collection.
  const scanned = isUuid(fieldId) ? rulesUsingField(ruleSet, collection, fieldId) : [];
  const uses = [...rulesUsingField(ruleSet, collection, fieldId, schema), ...scanned].map((u) => ({
    id: u.ruleId,
    name: u.ruleName,
    collection: u.collection,
    usedIn: u.usedIn,
  }));
  return distinct(uses);
}

/** Rules on a collection, rules that read its fields through links, and rules that use links to it. */
export function rulesUsingCollection(ruleSet: RuleSet, schema: Schema, collection: string): RuleUse[] {
  const uses: RuleUse[] = ruleSet.rules
    .filter((r) => r.collection === collection)
    .map((r) => ({ id: r.id, name: r.name, collection: r.collection, usedIn: 'collection' }));
  const index = indexSchema(schema);
  for (const field of index.collections.get(collection)?.fields ?? []) {
    uses.push(...rulesUsingFieldId(ruleSet, schema, collection, field.id));
  }
  for (const link of linksTo(schema, collection)) {
    uses.push(...rulesUsingFieldId(ruleSet, schema, link.collection, link.fieldId));
  }
  return distinct(uses);
}

/** Link fields of other collections that point to a collection (its own self-links do not count). */
export function linksTo(schema: Schema, collection: string): LinkUse[] {
  const links: LinkUse[] = [];
  for (const c of indexSchema(schema).collections.values()) {
    if (c.key === collection) continue;
    for (const f of c.def.fields) {
      if ((f.type === 'linkOne' || f.type === 'linkMany') && f.target === collection) {
        links.push({ collection: c.key, field: f.name, fieldId: f.id });
      }
    }
  }
  return links;
}

function distinct(uses: RuleUse[]): RuleUse[] {
  const seen = new Map<string, RuleUse>();
  for (const use of uses) if (!seen.has(use.id)) seen.set(use.id, use);
  return [...seen.values()];
}
