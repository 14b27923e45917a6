// Turns runtime values into parameter text that PostgreSQL parses back to exactly the same value.
import type { Value } from '../check/ir.js';
import type { ExprType } from '../check/types.js';
import { param, raw, type Sql } from './sql-fragment.js';

/** The SQL types our expressions produce. */
export type SqlType =
  | 'text'
  | 'uuid'
  | 'bigint'
  | 'float8'
  | 'boolean'
  | 'timestamptz'
  | 'numeric'
  | 'jsonb'
  | 'text[]'
  | 'uuid[]'
  | 'bigint[]'
  | 'float8[]';

/** The SQL type of an expression type (durations are numeric milliseconds). */
export function sqlTypeOf(t: ExprType): SqlType {
  switch (t.kind) {
    case 'string':
    case 'null':
      return 'text';
    case 'ref':
      return 'uuid';
    case 'int':
      return 'bigint';
    case 'double':
      return 'float8';
    case 'bool':
      return 'boolean';
    case 'timestamp':
      return 'timestamptz';
    case 'duration':
      return 'numeric';
    case 'json':
      return 'jsonb';
    case 'list':
      // Lists of ids are compared as text: their elements come from user data and need not be uuids.
      return t.element.kind === 'ref' ? 'text[]' : (`${sqlTypeOf(t.element)}[]` as SqlType);
    case 'relation':
      return 'uuid[]';
  }
}

/** Scalar parameter text: numbers print exactly (shortest round-trip), timestamps as ISO 8601. */
function scalarText(value: Value, type: SqlType): string {
  if (type === 'timestamptz') return new Date(Number(value)).toISOString();
  return String(value);
}

/** An array literal: {"a","b"}, each element quoted and escaped. */
export function arrayLiteral(items: readonly Value[], element: SqlType): string {
  const parts = items
    .filter((v) => v !== null && v !== undefined)
    .map((v) => `"${scalarText(v, element).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
  return `{${parts.join(',')}}`;
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The SQL type a constant binds as. An id constant binds as uuid only in canonical (lower-case)
 * form, which compares exactly like the JS string; anything else binds as text and is compared
 * as text, so it never raises a cast error and never matches where JS would not.
 */
export function constantType(value: Value, type: SqlType): SqlType {
  if (type === 'uuid' && value !== null && !(typeof value === 'string' && CANONICAL_UUID.test(value)))
    return 'text';
  return type;
}

/** A constant as a typed bound parameter (TRUE / FALSE / NULL stay keywords: they carry no data). */
export function constantSql(value: Value, type: SqlType): Sql {
  if (value === null) return raw(`NULL::${type}`);
  if (type === 'boolean') return raw(value ? 'TRUE' : 'FALSE');
  if (Array.isArray(value)) return param(arrayLiteral(value, type.slice(0, -2) as SqlType), type);
  return param(scalarText(value, type), type);
}
