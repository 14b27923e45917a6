import type { Kysely } from 'kysely';
import type { AttributeType, DatabaseSchema } from '../../db/schema.js';
import { type FieldIssue, validationError } from '../../http/app-error.js';
import { sharedErrors } from '../../http/error-codes.js';
import { fieldValueProblem } from '../collections/field-values.js';

/** What a value of a custom user attribute must look like. */
export interface AttributeDefinition {
  key: string;
  type: AttributeType;
  options: string[];
}

/** Names a principal already uses in conditions (`user.id`, `user.roles`…); no attribute may shadow them. */
export const RESERVED_ATTRIBUTE_KEYS = [
  'id',
  'email',
  'name',
  'roles',
  'rights',
  'internal',
  'builder',
  'allData',
  'status',
  'attributes',
];

const MAX_TEXT = 2000;

/** The app's attribute definitions. */
export async function loadAttributeDefinitions(
  db: Kysely<DatabaseSchema>,
  appId: string,
): Promise<AttributeDefinition[]> {
  return db
    .selectFrom('app_user_attribute')
    .select(['key', 'type', 'options'])
    .where('app_id', '=', appId)
    .execute();
}

/** What is wrong with one value for its attribute, or null when it fits. Null clears any attribute. */
export function attributeValueProblem(definition: AttributeDefinition, value: unknown): string | null {
  // Shorter than a text field's limit: attribute values ride along in every principal.
  if (definition.type === 'text' && value !== null) {
    return typeof value === 'string' && value.length <= MAX_TEXT
      ? null
      : `expected text of at most ${MAX_TEXT} characters`;
  }
  return fieldValueProblem({ type: definition.type, choices: definition.options }, value);
}

/**
 * Checks attribute values against their definitions. Every problem is listed, each under
 * `<field>.<key>`; keys that name no attribute are problems too.
 */
export function assertAttributeValues(
  definitions: readonly AttributeDefinition[],
  values: Record<string, unknown>,
  field: string,
): void {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const definition = definitions.find((d) => d.key === key);
    const problem = definition
      ? attributeValueProblem(definition, value)
      : 'is not an attribute of this application';
    if (problem) issues.push({ location: 'body', field: `${field}.${key}`, message: problem });
  }
  if (issues.length > 0) throw validationError(issues);
}

/** Options are required (and distinct) for selects, and meaningless for every other type. */
export function assertOptionsFit(type: AttributeType, options: readonly string[]): void {
  const select = type === 'singleSelect' || type === 'multiSelect';
  const message = select
    ? options.length === 0
      ? 'a select needs at least one option'
      : new Set(options).size !== options.length
        ? 'options must be distinct'
        : null
    : options.length > 0
      ? `a ${type} attribute has no options`
      : null;
  if (message) throw validationError([{ location: 'body', field: 'options', message }]);
}

/** Refuses an attribute key that a principal's own variables already use. */
export function assertKeyNotReserved(key: string): void {
  if (!RESERVED_ATTRIBUTE_KEYS.includes(key)) return;
  throw sharedErrors.VALIDATION_FAILED(`user.${key} is already a principal variable.`, {
    issues: [
      { location: 'body', field: 'key', message: `is reserved: ${RESERVED_ATTRIBUTE_KEYS.join(', ')}` },
    ],
  });
}

/** Applies a patch to stored values: null removes an attribute, anything else sets it. */
export function mergeAttributeValues(
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
