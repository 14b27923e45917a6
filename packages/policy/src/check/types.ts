// The static types of our CEL subset; every field and attribute type maps onto one of these.
import type { FieldType } from '../model/schema.js';

/** Scalar types; `null` is the type of the null literal only. */
export type ScalarKind = 'string' | 'int' | 'double' | 'bool' | 'timestamp' | 'duration' | 'json' | 'null';

/** A scalar type. */
export interface ScalarType {
  readonly kind: ScalarKind;
}

/** The id of a row of `collection`: a many-to-one link, `record.id` or `user.id`. */
export interface RefType {
  readonly kind: 'ref';
  readonly collection: string;
}

/** A list value: multiSelect, user.roles, user.rights, list literals. */
export interface ListType {
  readonly kind: 'list';
  readonly element: ScalarType | RefType;
}

/** The rows at the other end of a many-to-many link; usable with in, exists, all, size and has. */
export interface RelationType {
  readonly kind: 'relation';
  readonly collection: string;
}

/** Any type an expression can have. */
export type ExprType = ScalarType | RefType | ListType | RelationType;

const scalars = new Map<ScalarKind, ScalarType>();

/** Interned scalar types, so equal types are the same object. */
export function scalar(kind: ScalarKind): ScalarType {
  let t = scalars.get(kind);
  if (!t) {
    t = Object.freeze({ kind });
    scalars.set(kind, t);
  }
  return t;
}

/** The static type of a field or attribute of the given type (links need their target). */
export function typeOfField(type: FieldType, target?: string): ExprType {
  switch (type) {
    case 'text':
    case 'longText':
    case 'email':
    case 'url':
    case 'singleSelect':
      return scalar('string');
    case 'integer':
      return scalar('int');
    case 'decimal':
      return scalar('double');
    case 'boolean':
      return scalar('bool');
    case 'date':
    case 'datetime':
      return scalar('timestamp');
    case 'json':
      return scalar('json');
    case 'multiSelect':
      return { kind: 'list', element: scalar('string') };
    case 'linkOne':
    case 'linkUser':
      return { kind: 'ref', collection: target ?? '' };
    case 'linkMany':
    case 'linkUsers':
      return { kind: 'relation', collection: target ?? '' };
  }
}

/** A human name for a type, used in error messages. */
export function typeName(t: ExprType): string {
  switch (t.kind) {
    case 'ref':
      return `id of ${t.collection}`;
    case 'list':
      return `list of ${typeName(t.element)}`;
    case 'relation':
      return `relation to ${t.collection}`;
    default:
      return t.kind;
  }
}

/** The class two operands must share to be compared with == and !=. */
export function equalityClass(t: ExprType): string {
  switch (t.kind) {
    case 'ref':
    case 'string':
      return 'text';
    case 'int':
    case 'double':
      return 'number';
    default:
      return t.kind;
  }
}

/** True for int and double. */
export function isNumeric(t: ExprType): boolean {
  return t.kind === 'int' || t.kind === 'double';
}

/** True for the types that compare as text (strings and ids). */
export function isTextual(t: ExprType): boolean {
  return t.kind === 'string' || t.kind === 'ref';
}
