// Physical names in an app's storage. Every one is derived from an id, never from what a builder
// typed, so renaming changes no SQL object and no user input ever reaches an identifier.
import { quoteIdent } from '@charter/policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function hexOf(id: string): string {
  const lower = id.toLowerCase();
  if (!UUID.test(lower)) throw new Error(`not a uuid: ${id}`);
  return lower.replaceAll('-', '');
}

/** The PostgreSQL schema holding an app's records: `app_<32 hex of the app id>`. */
export function appSchemaName(appId: string): string {
  return `app_${hexOf(appId)}`;
}

/** The table of a collection. */
export function collectionTableName(collectionId: string): string {
  return `c_${hexOf(collectionId)}`;
}

/** The column of a field (links to many have a junction table instead). */
export function fieldColumnName(fieldId: string): string {
  return `f_${hexOf(fieldId)}`;
}

/** The junction table of a many-to-many link field. */
export function junctionTableName(fieldId: string): string {
  return `j_${hexOf(fieldId)}`;
}

/** The users view's column for a typed user attribute. */
export function attributeColumnName(attributeId: string): string {
  return `a_${hexOf(attributeId)}`;
}

/** The index on a link column or a junction's target column. */
export function linkIndexName(fieldId: string): string {
  return `i_${hexOf(fieldId)}`;
}

/** The unique index that enforces a unique field. */
export function uniqueIndexName(fieldId: string): string {
  return `u_${hexOf(fieldId)}`;
}

/** The field id a unique index enforces, so a write's 23505 can name its field; null for others. */
export function fieldIdOfUniqueIndex(indexName: string): string | null {
  const m = /^u_([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/.exec(indexName);
  return m ? m.slice(1).join('-') : null;
}

/** The view every app has over its app users. */
export const USERS_VIEW = 'users';

/** The columns of every junction table. */
export const JUNCTION_COLUMNS = { sourceColumn: 'source', targetColumn: 'target' } as const;

/** `"schema"."name"`, both parts quoted. */
export function qualifiedName(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
