// Per-field validation of a record write (type, required, known fields), for the records API.
// Unique is enforced by the unique index; fieldIdOfUniqueIndex names the field of a 23505.
import { SYSTEM_FIELDS } from '@charter/policy';
import type { FieldIssue } from '../../http/app-error.js';
import { fieldValueProblem, isEmptyValue, type ValueRule } from './field-values.js';

/** What a write check needs to know about a field. */
export interface WritableField extends ValueRule {
  name: string;
  required: boolean;
  hasDefault: boolean;
}

const SYSTEM_NAMES = new Set(SYSTEM_FIELDS.map((f) => f.name));

/**
 * Every problem with a record's values, one issue per field (location `body`, path `values.<name>`).
 * On create a required field must be given unless it has a default; on update only given fields count.
 */
export function recordInputIssues(
  fields: readonly WritableField[],
  values: Record<string, unknown>,
  mode: 'create' | 'update',
): FieldIssue[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const issues: FieldIssue[] = [];
  const issue = (name: string, message: string) =>
    issues.push({ location: 'body', field: `values.${name}`, message });
  for (const [name, value] of Object.entries(values)) {
    const field = byName.get(name);
    if (SYSTEM_NAMES.has(name)) issue(name, 'is a system field, set by Charter');
    else if (!field)
      issue(name, `is not a field; expected one of ${[...byName.keys()].join(', ') || '(none)'}`);
    else {
      const problem = fieldValueProblem(field, value);
      if (problem) issue(name, problem);
      else if (field.required && isEmptyValue(value)) issue(name, 'is required');
    }
  }
  if (mode === 'create') issues.push(...missingRequiredIssues(fields, values));
  return issues;
}

/** A create's required fields that are neither given nor defaulted, one issue each. */
export function missingRequiredIssues(
  fields: readonly WritableField[],
  values: Record<string, unknown>,
): FieldIssue[] {
  return fields
    .filter((f) => f.required && !f.hasDefault && !(f.name in values))
    .map((f) => ({ location: 'body', field: `values.${f.name}`, message: 'is required' }));
}
