// How record values are written into CSV cells and read back from them, one rule per field type,
// so that an exported file imports to the same values.
import type { FieldDef } from '@charter/policy';

/** The text of one CSV cell: empty for no value, JSON for lists and JSON fields. */
export function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const LIST_TYPES = new Set(['multiSelect', 'linkMany', 'linkUsers']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell's value for its field. What does not fit the type stays text, so the write path's own
 * type check names the problem ("expected a number") exactly as it would for an API write.
 */
export function fromCell(field: Pick<FieldDef, 'type'> | undefined, cell: string): unknown {
  const type = field?.type;
  if (type === 'integer' || type === 'decimal') return NUMBER.test(cell.trim()) ? Number(cell) : cell;
  if (type === 'boolean') {
    const lower = cell.trim().toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : cell;
  }
  if (type === 'json') return parsedOr(cell, cell);
  if (type !== undefined && LIST_TYPES.has(type)) {
    // A list is JSON (`["a","b"]`); a cell with one bare value is a list of that value.
    return cell.trimStart().startsWith('[') ? parsedOr(cell, cell) : [cell.trim()];
  }
  // A type the import does not know yet: JSON when it looks like it, else the text.
  if (type !== undefined && !KNOWN_TEXT.has(type) && /^\s*[[{]/.test(cell)) return parsedOr(cell, cell);
  return cell;
}

const KNOWN_TEXT = new Set([
  'text',
  'longText',
  'email',
  'url',
  'singleSelect',
  'date',
  'datetime',
  'linkOne',
  'linkUser',
]);

function parsedOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
