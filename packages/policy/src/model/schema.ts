// The data model the engine reasons about: collections, typed fields, relations, user attributes.

/** Field types a builder can choose; each maps to one SQL column type (see sqlColumnType). */
export const FIELD_TYPES = [
  'text',
  'longText',
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'email',
  'url',
  'singleSelect',
  'multiSelect',
  'json',
  'linkOne',
  'linkMany',
  'linkUser',
  'linkUsers',
] as const;

/** One of FIELD_TYPES. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** A schema-qualified SQL table name; both parts are always quoted when rendered. */
export interface TableRef {
  readonly schema: string;
  readonly name: string;
}

/** The junction table of a many-to-many link: one row per (source id, target id) pair. */
export interface JunctionDef {
  readonly table: TableRef;
  readonly sourceColumn: string;
  readonly targetColumn: string;
}

/** A field: stable `id` for storage, `name` for builders, `column` for SQL. */
export interface FieldDef {
  readonly id: string;
  readonly name: string;
  /** The SQL column; absent only for linkMany / linkUsers, which live in a junction table. */
  readonly column?: string;
  readonly type: FieldType;
  /** The allowed values of a singleSelect / multiSelect. */
  readonly options?: readonly string[];
  /** The target collection key of linkOne / linkMany (linkUser / linkUsers target the users collection). */
  readonly target?: string;
  readonly junction?: JunctionDef;
  /** Set on the five system fields every collection has. */
  readonly system?: boolean;
}

/** A collection: a real table whose rows are records. */
export interface CollectionDef {
  readonly key: string;
  readonly name?: string;
  readonly table: TableRef;
  readonly fields: readonly FieldDef[];
}

/** A custom user field, usable in conditions as `user.<name>`. */
export interface UserAttributeDef {
  readonly id: string;
  readonly name: string;
  readonly type: FieldType;
  readonly options?: readonly string[];
  readonly target?: string;
}

/** The whole data model of one app. */
export interface Schema {
  readonly collections: Readonly<Record<string, CollectionDef>>;
  /** The key of the collection holding app users; linkUser fields and `user.id` point into it. */
  readonly usersCollection: string;
  readonly userAttributes?: readonly UserAttributeDef[];
}

/** The system fields every collection has, with fixed ids, names and columns. */
export const SYSTEM_FIELDS: readonly FieldDef[] = Object.freeze([
  { id: 'id', name: 'id', column: 'id', type: 'linkOne', system: true },
  { id: 'createdBy', name: 'createdBy', column: 'created_by', type: 'linkUser', system: true },
  { id: 'createdAt', name: 'createdAt', column: 'created_at', type: 'datetime', system: true },
  { id: 'updatedBy', name: 'updatedBy', column: 'updated_by', type: 'linkUser', system: true },
  { id: 'updatedAt', name: 'updatedAt', column: 'updated_at', type: 'datetime', system: true },
] satisfies FieldDef[]);

/** True for fields whose value is one target id (a many-to-one link, or the record's own id). */
export function isSingleLink(field: Pick<FieldDef, 'type'>): boolean {
  return field.type === 'linkOne' || field.type === 'linkUser';
}

/** True for many-to-many links, which have no column and live in a junction table. */
export function isManyLink(field: Pick<FieldDef, 'type'>): boolean {
  return field.type === 'linkMany' || field.type === 'linkUsers';
}

/**
 * The PostgreSQL column type the engine assumes for a field. The server creates tables with
 * exactly these types so that the JS and SQL back ends agree (decimal is float8 on purpose:
 * JS numbers are IEEE doubles, and `numeric` arithmetic would round differently).
 */
export function sqlColumnType(field: Pick<FieldDef, 'type'>): string | null {
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'email':
    case 'url':
    case 'singleSelect':
      return 'text';
    case 'integer':
      return 'bigint';
    case 'decimal':
      return 'double precision';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'timestamptz';
    case 'multiSelect':
      return 'text[]';
    case 'json':
      return 'jsonb';
    case 'linkOne':
    case 'linkUser':
      return 'uuid';
    case 'linkMany':
    case 'linkUsers':
      return null;
  }
}
