// What a value of each field type must look like. Used for defaults now and by record writes, so
// a default can never be a value that a write would refuse.
import type { FieldType } from '@charter/policy';

/** What a value check needs to know about a field. */
export interface ValueRule {
  type: FieldType;
  /** The choices of a select; empty for other types. */
  choices: readonly string[];
}

const MAX_TEXT: Partial<Record<FieldType, number>> = {
  text: 10_000,
  longText: 1_000_000,
  email: 320,
  url: 2_048,
};
const MAX_JSON = 1_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with a value for a field, or null when it fits. Null fits every field. */
export function fieldValueProblem(rule: ValueRule, value: unknown): string | null {
  if (value === null) return null;
  switch (rule.type) {
    case 'text':
    case 'longText':
      return isText(value, rule.type) ? null : `expected text of at most ${MAX_TEXT[rule.type]} characters`;
    case 'email':
      return isText(value, 'email') && EMAIL.test(value) ? null : 'expected an email address';
    case 'url':
      return isText(value, 'url') && isWebUrl(value) ? null : 'expected an http(s) URL';
    case 'integer':
      return Number.isSafeInteger(value) ? null : 'expected a whole number';
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'expected true or false';
    case 'date':
      return isCalendarDate(value) ? null : 'expected a date as YYYY-MM-DD';
    case 'datetime':
      return isDateTime(value) ? null : 'expected a date and time in RFC 3339, with a time zone';
    default:
      return structuredValueProblem(rule, value);
  }
}

function structuredValueProblem(rule: ValueRule, value: unknown): string | null {
  switch (rule.type) {
    case 'singleSelect':
      return typeof value === 'string' && rule.choices.includes(value) ? null : choicesMessage(rule);
    case 'multiSelect':
      return isDistinctList(value, (v) => typeof v === 'string' && rule.choices.includes(v))
        ? null
        : `expected a list of distinct choices; ${choicesMessage(rule)}`;
    case 'json':
      return value !== undefined && jsonSize(value) <= MAX_JSON
        ? null
        : `expected a JSON value of at most ${MAX_JSON} characters`;
    case 'linkOne':
    case 'linkUser':
      return isId(value) ? null : 'expected the id of a record (a lower-case uuid)';
    case 'linkMany':
    case 'linkUsers':
      return isDistinctList(value, isId) ? null : 'expected a list of distinct record ids';
    default:
      return 'is not a value this field can hold';
  }
}

/** Whether a value counts as empty for `required`: null, '' and [] do. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function isText(value: unknown, type: FieldType): value is string {
  return typeof value === 'string' && value.length <= (MAX_TEXT[type] ?? 0);
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isCalendarDate(value: unknown): boolean {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(value as string);
}

function isDateTime(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    DATETIME.test(value) &&
    isCalendarDate(value.slice(0, 10)) &&
    Number.isFinite(Date.parse(value))
  );
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}

function isDistinctList(value: unknown, item: (v: unknown) => boolean): boolean {
  return Array.isArray(value) && new Set(value).size === value.length && value.every(item);
}

function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function choicesMessage(rule: ValueRule): string {
  return `expected one of ${rule.choices.map((c) => JSON.stringify(c)).join(', ') || '(no choices defined)'}`;
}
