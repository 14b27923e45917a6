// Which keys a write may carry: only fields the caller may write, checked before any SQL runs.
import type { AccessPlan } from '@charter/policy';
import { type FieldIssue, validationError } from '../../http/app-error.js';
import type { FieldRow } from '../collections/collections.repository.js';
import { recordInputIssues, type WritableField } from '../collections/record-input.js';

/** The body's values as a prototype-less map: no key, not even `__proto__`, reaches a prototype. */
export type RecordValues = Record<string, unknown>;

/** Copies parsed JSON values into a null-prototype object (own keys only). */
export function toRecordValues(values: object): RecordValues {
  const out: RecordValues = Object.create(null);
  for (const key of Object.keys(values)) {
    Object.defineProperty(out, key, {
      value: (values as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
    });
  }
  return out;
}

/**
 * 400 listing every key that is not a field the plan lets the caller write (system fields, `id`,
 * `__proto__`, unknown and unwritable fields alike: mass assignment), then per-field value problems.
 */
export function assertWritableValues(
  plan: AccessPlan,
  fieldRows: readonly FieldRow[],
  values: RecordValues,
  mode: 'create' | 'update',
): void {
  const writable = fieldRows.filter((f) => plan.fields.has(f.name));
  const names = writable.map((f) => f.name);
  const expected = names.join(', ') || '(none)';
  const issues: FieldIssue[] = Object.keys(values)
    .filter((key) => !names.includes(key))
    .map((key) => ({
      location: 'body',
      field: `values.${key}`,
      message: `is not a field you may write; expected one of ${expected}`,
    }));
  if (issues.length > 0) throw validationError(issues);
  const found = recordInputIssues(writable.map(toWritableField), values, mode);
  if (found.length > 0) throw validationError(found);
}

/** A stored field as the record input check sees it. */
export function toWritableField(row: FieldRow): WritableField {
  return {
    name: row.name,
    type: row.type,
    choices: row.options.choices ?? [],
    required: row.required,
    hasDefault: row.default_value !== null && row.default_value !== undefined,
  };
}
