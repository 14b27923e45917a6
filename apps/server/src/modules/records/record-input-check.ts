// Which keys a write may carry and what their values must look like, checked before any SQL runs.
import type { AccessPlan } from '@charter/policy';
import { type FieldIssue, validationError } from '../../http/app-error.js';
import { missingRequiredIssues, recordInputIssues, type WritableField } from '../collections/record-input.js';
import type { FieldRow } from '../data-model/data-model.repository.js';

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
 * The input checks of a write, before any SQL: 400 listing every key that is no field of the
 * collection (system fields, `id`, `__proto__`, unknown keys alike: mass assignment), then 400 for
 * every ill-typed value, then (create) 400 for each required field the caller may write but left
 * out. Whether the caller may write a known field is not an input problem: see `unwritableFields`.
 */
export function assertValidValues(
  plan: AccessPlan,
  fieldRows: readonly FieldRow[],
  values: RecordValues,
  mode: 'create' | 'update',
): void {
  const known = new Set(fieldRows.map((f) => f.name));
  const expected = fieldRows
    .filter((f) => plan.fields.has(f.name))
    .map((f) => f.name)
    .join(', ');
  const unknown: FieldIssue[] = Object.keys(values)
    .filter((key) => !known.has(key))
    .map((key) => ({
      location: 'body',
      field: `values.${key}`,
      message: `is not a field you may write; expected one of ${expected || '(none)'}`,
    }));
  if (unknown.length > 0) throw validationError(unknown);
  // Every given value is checked against its type, writable or not: a value the caller may not
  // write is still compared with the stored one (an unchanged field need not be writable).
  const issues = recordInputIssues(fieldRows.map(toWritableField), values, 'update');
  if (mode === 'create') {
    const writable = fieldRows.filter((f) => plan.fields.has(f.name)).map(toWritableField);
    issues.push(...missingRequiredIssues(writable, values));
  }
  if (issues.length > 0) throw validationError(issues);
}

/** The given fields of the collection that the plan does not let the caller write on any row. */
export function unwritableFields(plan: AccessPlan, values: RecordValues): string[] {
  return Object.keys(values).filter((key) => !plan.fields.has(key));
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
