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
