// The rule editor's form values, and the API body they make.
import type { Collection } from '../../../api/data-model.js';
import {
  ACTIONS,
  type Action,
  type Audience,
  type Rule,
  type RuleBody,
  type RuleKind,
} from '../../../api/rules.js';
import type { CelVocabulary } from '../../../components/cel-editor/cel-editor.js';

export interface RuleValues {
  kind: RuleKind;
  name: string;
  description: string;
  collection: string;
  roles: string[];
  audience: Audience | null;
  actions: Action[];
  /** A grant's field lists: an action listed here opens only these fields; absent, every field. */
  fields: Partial<Record<Action, string[]>>;
  /** A field condition's fields. */
  closedFields: string[];
  access: 'read' | 'write';
  condition: string;
}

/** The actions a grant may limit to some fields (delete removes the whole record). */
export const FIELD_ACTIONS: Action[] = ['read', 'create', 'update'];

export function emptyValues(collection = ''): RuleValues {
  return {
    kind: 'grant',
    name: '',
    description: '',
    collection,
    roles: [],
    audience: null,
    actions: ['read'],
    fields: {},
    closedFields: [],
    access: 'read',
    condition: '',
  };
}

/** A saved rule as form values. */
export function valuesOf(rule: Rule): RuleValues {
  const lists = rule.fields;
  return {
    kind: rule.kind,
    name: rule.name,
    description: rule.description,
    collection: rule.collection,
    roles: rule.to.roles ?? [],
    audience: rule.to.audience ?? null,
    actions: rule.actions.filter((a): a is Action => (ACTIONS as readonly string[]).includes(a)),
    fields: lists && !Array.isArray(lists) ? (lists as Partial<Record<Action, string[]>>) : {},
    closedFields: Array.isArray(lists) ? lists : [],
    access: rule.access ?? 'read',
    condition: rule.condition ?? '',
  };
}

/** The body the API takes; the dry run gets a stand-in name so the rest is still checked. */
export function bodyOf(v: RuleValues, forPreview = false): RuleBody {
  const to = {
    ...(v.roles.length > 0 ? { roles: v.roles } : {}),
    ...(v.audience ? { audience: v.audience } : {}),
  };
  const condition = v.condition.trim();
  const base = {
    kind: v.kind,
    name: v.name.trim() || (forPreview ? 'Rule being written' : ''),
    description: v.description,
    collection: v.collection,
    to,
  };
  if (v.kind === 'fieldCondition') {
    return {
      ...base,
      actions: [],
      fields: v.closedFields,
      access: v.access,
      ...(condition ? { condition } : {}),
    };
  }
  // Without a condition, the API says a guard needs one, rather than reporting empty CEL.
  if (v.kind === 'guard') return { ...base, actions: v.actions, ...(condition ? { condition } : {}) };
  const fields = Object.fromEntries(
    Object.entries(v.fields).filter(([action]) => v.actions.includes(action as Action)),
  );
  return {
    ...base,
    actions: v.actions,
    ...(condition ? { condition } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
}

/** The collections API as the CEL editor's vocabulary: links to users lead to the users collection. */
export function vocabularyOf(
  collection: string,
  collections: Collection[],
  attributes: { name: string; type: string }[],
  roles: string[],
  rights: string[],
): CelVocabulary {
  const users = collections.find((c) => c.system === 'users')?.key ?? 'users';
  return {
    collection,
    collections: collections.map((c) => ({
      key: c.key,
      name: c.name,
      fields: [
        ...c.fields.map((f) => ({
          name: f.name,
          type: f.type,
          label: f.label,
          target: f.target?.key ?? (f.type === 'linkUser' || f.type === 'linkUsers' ? users : null),
        })),
        ...c.systemFields
          .filter((s) => !c.fields.some((f) => f.name === s.name))
          .map((s) => ({
            name: s.name,
            type: s.type,
            label: s.description,
            target: s.name === 'createdBy' || s.name === 'updatedBy' ? users : null,
          })),
      ],
    })),
    attributes,
    roles,
    rights,
  };
}
