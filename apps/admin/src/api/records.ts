import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type ReadableCollection = Ok<'listReadableCollections'>['items'][number];
export type ReadableField = ReadableCollection['fields'][number];
/** A record as the API returns it: hidden fields are absent, `_can`/`_fields` with `meta=can`. */
export type RecordItem = Record<string, unknown> & {
  id: string;
  _can?: { update: boolean; delete: boolean };
  _fields?: { readable: string[]; updatable: string[] };
};

/** Who sees the records browser, and who may write through it (the rules then decide per record). */
export const DATA_READ = 'app.data.read';
export const DATA_EDIT = 'app.data.edit';

/** The collections the person may read records of, with the fields their rules open. */
export const readableCollectionsQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'data', 'collections'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/data/collections', { params: { path: { app } } })),
  });

/** The list state a records table is in; every part is in the address, so a view is linkable. */
export interface ListState {
  filter?: string | undefined;
  sort?: string | undefined;
  search?: string | undefined;
  fields?: string[] | undefined;
  expand?: string[] | undefined;
  after?: string | undefined;
}

export const PAGE_SIZE = 25;

/** One page of records, with what the person may do with each (`meta=can`) and the count. */
export const recordsQuery = (app: string, collection: string, state: ListState) =>
  queryOptions({
    queryKey: ['apps', app, 'records', collection, state],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/collections/{collection}/records', {
          params: {
            path: { app, collection },
            query: {
              limit: PAGE_SIZE,
              meta: 'can',
              count: 'true',
              ...(state.filter ? { filter: state.filter } : {}),
              ...(state.sort ? { sort: state.sort } : {}),
              ...(state.search ? { search: state.search } : {}),
              ...(state.fields?.length ? { fields: state.fields.join(',') } : {}),
              ...(state.expand?.length ? { expand: state.expand.join(',') } : {}),
              ...(state.after ? { after: state.after } : {}),
            },
          },
        }),
      ) as Promise<{ items: RecordItem[]; next: string | null; count?: number }>,
    placeholderData: keepPreviousData,
    retry: false,
  });

/** How many records of a collection the person may read: a one-record page with the count. */
export const recordCountQuery = (app: string, collection: string) =>
  queryOptions({
    queryKey: ['apps', app, 'records', collection, 'count'],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/apps/{app}/collections/{collection}/records', {
          params: { path: { app, collection }, query: { limit: 1, count: 'true' } },
        }),
      );
      return page.count ?? 0;
    },
  });

/** Records of a link's target that match a search, for a picker. */
export const linkOptionsQuery = (app: string, collection: string, search: string) =>
  queryOptions({
    queryKey: ['apps', app, 'records', collection, 'options', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/collections/{collection}/records', {
          params: { path: { app, collection }, query: { limit: 20, ...(search ? { search } : {}) } },
        }),
      ) as Promise<{ items: RecordItem[]; next: string | null }>,
    placeholderData: keepPreviousData,
  });

/** One record with what the person may do with it. */
export const recordQuery = (app: string, collection: string, id: string, expand: string[] = []) =>
  queryOptions({
    queryKey: ['apps', app, 'records', collection, 'one', id, expand],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/collections/{collection}/records/{record}', {
          params: {
            path: { app, collection, record: id },
            query: { meta: 'can', ...(expand.length ? { expand: expand.join(',') } : {}) },
          },
        }),
      ) as Promise<RecordItem>,
  });

/**
 * The fields a person may read on some record: a table's columns, a detail's values, a filter's
 * names. The others in `fields` they may only write, as on an application form.
 */
export const readableFields = (collection: ReadableCollection | undefined): ReadableField[] =>
  (collection?.fields ?? []).filter((f) => f.read !== 'never');

const LABEL_TYPES = new Set(['text', 'email', 'url']);

/** What names a record to a person: its first readable text field, else its id. */
export function recordLabel(
  record: Record<string, unknown>,
  collection: ReadableCollection | undefined,
): string {
  const preferred = collection?.users ? ['name', 'email'] : [];
  for (const name of preferred) {
    const v = record[name];
    if (typeof v === 'string' && v) return v;
  }
  for (const f of readableFields(collection)) {
    const v = record[f.name];
    if (LABEL_TYPES.has(f.type) && typeof v === 'string' && v) return v;
  }
  return String(record.id ?? '');
}

export const LINK_TYPES = new Set(['linkOne', 'linkMany', 'linkUser', 'linkUsers']);
export const isLink = (f: ReadableField) => LINK_TYPES.has(f.type);
export const isToMany = (f: ReadableField) => f.type === 'linkMany' || f.type === 'linkUsers';
