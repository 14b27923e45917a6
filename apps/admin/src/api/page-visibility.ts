import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import { pagesKey } from './pages.js';
import type { Ok } from './types.js';

/** Whether an app user sees a page and each of its sections, and why (docs/pages.md). */
export type PageVisibility = Ok<'explainPageVisibility'>;
/** One visibility rule weighed for the person: the audience, then the condition. */
export type VisibilityCheck = PageVisibility['own'];
export type SectionVisibility = PageVisibility['sections'][number];

/** "Why can't they see this page?": under the app's pages, so a saved page asks again. */
export const pageVisibilityQuery = (app: string, page: string, user: string) =>
  queryOptions({
    queryKey: [...pagesKey(app), page, 'visibility', user],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/pages/{page}/visibility', {
          params: { path: { app, page }, query: { user } },
        }),
      ),
    // An explanation is of the pages and roles as they are now: ask again when the builder comes back.
    staleTime: 0,
    retry: false,
  });
