// A field default as a SQL literal. DDL takes no bound parameters, so the value (already checked
// by fieldValueProblem) is escaped and cast to the column's type here, and nowhere else.
import { type FieldType, sqlColumnType } from '@charter/policy';
import pg from 'pg';

/** The literal for `ALTER TABLE … SET DEFAULT`; throws for a value its type cannot hold. */
export function defaultLiteral(type: FieldType, value: unknown): string {
  const column = sqlColumnType({ type });
  if (column === null) throw new Error(`a ${type} field has no column default`);
  return `${literalText(type, value)}::${column}`;
}

function literalText(type: FieldType, value: unknown): string {
  switch (type) {
    case 'integer':
      if (!Number.isSafeInteger(value)) break;
      return String(value);
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) break;
      return pg.escapeLiteral(String(value));
    case 'boolean':
      if (typeof value !== 'boolean') break;
      return String(value);
    case 'multiSelect':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) break;
      return value.length === 0 ? "'{}'" : `ARRAY[${value.map((v) => pg.escapeLiteral(v)).join(', ')}]`;
    case 'json':
      return pg.escapeLiteral(JSON.stringify(value));
    case 'linkOne':
    case 'linkUser':
      break;
    default:
      if (typeof value !== 'string') break;
      return pg.escapeLiteral(value);
  }
  throw new Error(`not a default for a ${type} field: ${JSON.stringify(value)}`);
}
