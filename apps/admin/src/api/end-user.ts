import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { RecordItem } from './records.js';
import type { Ok } from './types.js';

/** What anyone may know of an app from its address: its sign-in screen. */
export type PublicApp = Ok<'getPublicApp'>;
/** The pages and sections the signed-in person may see. */
export type Ui = Ok<'getUi'>;
export type UiPage = Ui['pages'][number];
export type UiSection = UiPage['sections'][number];

export const publicAppQuery = (slug: string) =>
  queryOptions({
    queryKey: ['public-app', slug],
    queryFn: () => unwrap(api.GET('/api/public/apps/{slug}', { params: { path: { slug } } })),
    staleTime: 60_000,
  });

export const uiQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'ui'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/ui', { params: { path: { app } } })),
  });

export const SECTION_PAGE_SIZE = 25;

/** A page of the records under a collection view, as the person may read them. */
export const sectionRecordsQuery = (
  app: string,
  section: string,
  state: { search?: string; after?: string },
) =>
  queryOptions({
    queryKey: ['apps', app, 'ui', 'sections', section, state],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/ui/sections/{section}/records', {
          params: {
            path: { app, section },
            query: {
              limit: SECTION_PAGE_SIZE,
              count: 'true',
              meta: 'can',
              ...(state.search ? { search: state.search } : {}),
              ...(state.after ? { after: state.after } : {}),
            },
          },
        }),
      ) as Promise<{ items: RecordItem[]; next: string | null; count?: number }>,
    placeholderData: keepPreviousData,
  });

export type RecordViewSection = Extract<UiSection, { kind: 'recordView' }>;

/**
 * A page that only shows one record (detail or edit views): it needs a record chosen in a list,
 * so the navigation leaves it out and a list's rows lead to it.
 */
export function isRecordPage(page: UiPage): boolean {
  return (
    page.sections.length > 0 && page.sections.every((s) => s.kind === 'recordView' && s.mode !== 'create')
  );
}

/** The visible page that shows a record of a collection in this mode, if any. */
export function pageWithRecordView(
  pages: UiPage[],
  collection: string,
  mode: RecordViewSection['mode'],
): UiPage | undefined {
  return pages.find((p) =>
    p.sections.some((s) => s.kind === 'recordView' && s.collection === collection && s.mode === mode),
  );
}

/** Where a list's row leads: the page showing the record, else the page editing it. */
export function recordTargetPage(pages: UiPage[], collection: string): UiPage | undefined {
  return pageWithRecordView(pages, collection, 'detail') ?? pageWithRecordView(pages, collection, 'edit');
}

/** Changes one record through the records API: only the values given. */
export const updateRecord = (
  app: string,
  collection: string,
  record: string,
  values: Record<string, unknown>,
) =>
  unwrap(
    api.PATCH('/api/apps/{app}/collections/{collection}/records/{record}', {
      params: { path: { app, collection, record } },
      body: { values },
    }),
  ) as Promise<RecordItem>;

/** Creates a record through the records API; the answer holds what the person may read of it. */
export const createRecord = (app: string, collection: string, values: Record<string, unknown>) =>
  unwrap(
    api.POST('/api/apps/{app}/collections/{collection}/records', {
      params: { path: { app, collection } },
      body: { values },
    }),
  ) as Promise<RecordItem>;

/** Deletes a record through the records API. */
export const deleteRecord = (app: string, collection: string, record: string) =>
  unwrap(
    api.DELETE('/api/apps/{app}/collections/{collection}/records/{record}', {
      params: { path: { app, collection, record } },
    }),
  );

/** What a write may have changed: the records, and every list under a view. */
export const recordWriteKeys = (app: string, collection: string) => [
  ['apps', app, 'records', collection],
  ['apps', app, 'ui', 'sections'],
];
