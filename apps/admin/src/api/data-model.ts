import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type Collection = Ok<'listCollections'>['items'][number];
export type Field = Collection['fields'][number];
export type FieldType = Field['type'];
export type FieldBody = BodyOf<'createField'>;

/**
 * Who sees the data model, and who changes it. The API asks the same rights for the rules and
 * everything built on them: the permissions matrix, explain, view-as, permission tests and policy.
 */
export const DATA_MODEL_READ = 'app.dataformats.read';
export const DATA_MODEL_EDIT = 'app.dataformats.edit';

/** An app's collections with their fields, the users collection first. The API returns them whole. */
export const collectionsQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'collections'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/collections', { params: { path: { app } } })),
  });

/** One collection, by key or id, with its fields. */
export const collectionQuery = (app: string, collection: string) =>
  queryOptions({
    queryKey: ['apps', app, 'collections', collection],
    queryFn: () =>
      unwrap(api.GET('/api/apps/{app}/collections/{collection}', { params: { path: { app, collection } } })),
  });

/** A rule that uses a collection or field, as a refusal to delete it lists them. */
export interface RuleUse {
  id: string;
  name: string;
  collection: string;
  usedIn: 'condition' | 'fields' | 'collection';
}

/** A link field of another collection that points to the collection. */
export interface LinkUse {
  collection: string;
  field: string;
}

/** The rules (and links) named by a COLLECTION_IN_USE or FIELD_IN_USE refusal. */
export function usesOf(details: unknown): { rules: RuleUse[]; links: LinkUse[] } {
  const d = (details ?? {}) as { rules?: unknown; links?: unknown };
  return {
    rules: Array.isArray(d.rules) ? (d.rules as RuleUse[]) : [],
    links: Array.isArray(d.links) ? (d.links as LinkUse[]) : [],
  };
}
