// Lookup tables over a schema, built and validated once, so resolving a name is one map read.
import { listChoices, policyError } from '../errors.js';
import {
  type CollectionDef,
  type FieldDef,
  isManyLink,
  isSingleLink,
  type Schema,
  SYSTEM_FIELDS,
  type UserAttributeDef,
} from './schema.js';

/** A collection with its system fields added and link targets filled in. */
export interface CollectionIndex {
  readonly key: string;
  readonly def: CollectionDef;
  readonly fields: readonly FieldDef[];
  readonly byName: ReadonlyMap<string, FieldDef>;
  readonly byId: ReadonlyMap<string, FieldDef>;
}

/** A validated schema with lookup maps; every FieldDef in it has `target` set for links. */
export interface SchemaIndex {
  readonly schema: Schema;
  readonly collections: ReadonlyMap<string, CollectionIndex>;
  readonly usersCollection: string;
  readonly attributes: readonly UserAttributeDef[];
  readonly attributesByName: ReadonlyMap<string, UserAttributeDef>;
  readonly attributesById: ReadonlyMap<string, UserAttributeDef>;
}

/** Names of `user.*` members that are built in; attributes may not reuse them. */
export const BUILTIN_USER_MEMBERS = [
  'id',
  'email',
  'roles',
  'rights',
  'internal',
  'builder',
  'allData',
  'anonymous',
] as const;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = new Set(
  'in as break const continue else for function if import let loop package namespace return var void while true false null'.split(
    ' ',
  ),
);
const cache = new WeakMap<Schema, SchemaIndex>();

/** Returns the (cached) index of a schema; throws POLICY_INVALID_SCHEMA when it is inconsistent. */
export function indexSchema(schema: Schema): SchemaIndex {
  const hit = cache.get(schema);
  if (hit) return hit;
  const collections = new Map<string, CollectionIndex>();
  for (const [key, def] of Object.entries(schema.collections)) {
    collections.set(key, indexCollection(schema, key, def));
  }
  if (!collections.has(schema.usersCollection)) {
    throw invalid(`the users collection '${schema.usersCollection}' is not in the schema`);
  }
  const attributes = (schema.userAttributes ?? []).map((a) => normaliseAttribute(schema, a));
  const index: SchemaIndex = {
    schema,
    collections,
    usersCollection: schema.usersCollection,
    attributes,
    attributesByName: uniqueMap(attributes, (a) => a.name, 'user attribute name'),
    attributesById: uniqueMap(attributes, (a) => a.id, 'user attribute id'),
  };
  cache.set(schema, index);
  return index;
}

/** Finds a collection or throws POLICY_UNKNOWN_COLLECTION naming the valid keys. */
export function collectionOf(index: SchemaIndex, key: string): CollectionIndex {
  const found = index.collections.get(key);
  if (found) return found;
  const keys = [...index.collections.keys()];
  throw policyError(
    'POLICY_UNKNOWN_COLLECTION',
    `unknown collection '${key}'; expected ${listChoices(keys)}`,
    undefined,
    keys,
  );
}

function indexCollection(schema: Schema, key: string, def: CollectionDef): CollectionIndex {
  if (def.key !== key) throw invalid(`collection '${key}' declares key '${def.key}'`);
  const system = SYSTEM_FIELDS.map((f) => withTarget(schema, key, f));
  const custom = def.fields.map((f) => {
    validateField(schema, key, f);
    return withTarget(schema, key, f);
  });
  const fields = [...system, ...custom];
  uniqueMap(
    fields.filter((f) => f.column !== undefined),
    (f) => f.column ?? '',
    `column in '${key}'`,
  );
  return {
    key,
    def,
    fields,
    byName: uniqueMap(fields, (f) => f.name, `field name in '${key}'`),
    byId: uniqueMap(fields, (f) => f.id, `field id in '${key}'`),
  };
}

function validateField(schema: Schema, key: string, f: FieldDef): void {
  const where = `field '${f.name}' of '${key}'`;
  if (!f.id) throw invalid(`${where} has no id`);
  validateName(f.name, where);
  if (isManyLink(f)) {
    if (!f.junction) throw invalid(`${where} is a many-to-many link without a junction table`);
  } else if (!f.column) {
    throw invalid(`${where} has no column`);
  }
  if ((f.type === 'linkOne' || f.type === 'linkMany') && !(f.target && schema.collections[f.target])) {
    throw invalid(`${where} links to an unknown collection '${f.target ?? ''}'`);
  }
}

function validateName(name: string, where: string): void {
  if (!IDENTIFIER.test(name) || RESERVED.has(name)) {
    throw invalid(`${where}: '${name}' is not a valid name (letters, digits and _, not a CEL keyword)`);
  }
}

function withTarget(schema: Schema, key: string, f: FieldDef): FieldDef {
  if (f.id === 'id' && f.system) return Object.freeze({ ...f, target: key });
  if (f.type === 'linkUser' || f.type === 'linkUsers') {
    return Object.freeze({ ...f, target: schema.usersCollection });
  }
  return Object.freeze({ ...f });
}

function normaliseAttribute(schema: Schema, a: UserAttributeDef): UserAttributeDef {
  const where = `user attribute '${a.name}'`;
  validateName(a.name, where);
  if ((BUILTIN_USER_MEMBERS as readonly string[]).includes(a.name)) {
    throw invalid(`${where} clashes with the built-in user.${a.name}`);
  }
  if (a.type === 'json') throw invalid(`${where}: json attributes cannot be used in conditions`);
  if (a.type === 'linkUser' || a.type === 'linkUsers') {
    return Object.freeze({ ...a, target: schema.usersCollection });
  }
  if ((isSingleLink(a) || isManyLink(a)) && !(a.target && schema.collections[a.target])) {
    throw invalid(`${where} links to an unknown collection '${a.target ?? ''}'`);
  }
  return Object.freeze({ ...a });
}

function uniqueMap<T>(items: readonly T[], keyOf: (t: T) => string, what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = keyOf(item);
    if (map.has(k)) throw invalid(`duplicate ${what}: '${k}'`);
    map.set(k, item);
  }
  return map;
}

function invalid(message: string) {
  return policyError('POLICY_INVALID_SCHEMA', message);
}

/** Accepts a schema or its index, so callers may pass either. */
export function toSchemaIndex(schema: Schema | SchemaIndex): SchemaIndex {
  return schema.collections instanceof Map ? (schema as SchemaIndex) : indexSchema(schema as Schema);
}
