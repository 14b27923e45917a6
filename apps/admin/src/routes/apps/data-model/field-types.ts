import type { Field, FieldType } from '../../../api/data-model.js';

/** The field types in words, for the type picker and the list. */
export const FIELD_TYPES: readonly { value: FieldType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'longText', label: 'Long text' },
  { value: 'integer', label: 'Whole number' },
  { value: 'decimal', label: 'Decimal number' },
  { value: 'boolean', label: 'Yes / no' },
  { value: 'date', label: 'Date' },
  { value: 'datetime', label: 'Date and time' },
  { value: 'email', label: 'Email address' },
  { value: 'url', label: 'Web address' },
  { value: 'singleSelect', label: 'One choice from a list' },
  { value: 'multiSelect', label: 'Several choices from a list' },
  { value: 'json', label: 'Structured data (JSON)' },
  { value: 'linkOne', label: 'Link to one record' },
  { value: 'linkMany', label: 'Link to many records' },
  { value: 'linkUser', label: 'Link to one user' },
  { value: 'linkUsers', label: 'Link to many users' },
];

export function fieldTypeLabel(type: FieldType): string {
  return FIELD_TYPES.find((t) => t.value === type)?.label ?? type;
}

export const isSelectType = (type: FieldType) => type === 'singleSelect' || type === 'multiSelect';
export const isCollectionLink = (type: FieldType) => type === 'linkOne' || type === 'linkMany';
const isNumber = (type: FieldType) => type === 'integer' || type === 'decimal';

/** What a field's type means in one phrase: its type, and where a link points. */
export function fieldKind(field: Field): string {
  if (isCollectionLink(field.type) && field.target)
    return `${fieldTypeLabel(field.type)} in ${field.target.name}`;
  return fieldTypeLabel(field.type);
}

/** A default value as a person reads it; null when there is none. */
export function defaultText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The default typed in a form, as the API wants it for the type; undefined when empty. */
export function defaultValue(type: FieldType, text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  if (isNumber(type)) return Number.isNaN(Number(t)) ? t : Number(t);
  if (type === 'boolean') return t === 'yes' ? true : t === 'no' ? false : t;
  if (type === 'multiSelect')
    return t
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (type === 'json') {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  }
  return t;
}

/** Links have no default: a new record links to nothing until someone sets it. */
export const takesDefault = (type: FieldType) =>
  !isCollectionLink(type) && type !== 'linkUser' && type !== 'linkUsers';
