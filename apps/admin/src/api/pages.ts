import { queryOptions } from '@tanstack/react-query';
import { api, type BodyIssue, bodyIssues, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type Page = Ok<'getPage'>;
export type PageBody = BodyOf<'createPage'>;
export type PageSection = Page['sections'][number];
export type SectionKind = PageSection['kind'];
export type Visibility = Page['visibility'];
export type PageVersion = Ok<'listPageVersions'>['items'][number];
export type PageDiff = Ok<'diffPageVersions'>;

/** Who may see pages in the backoffice, and who may change them. */
export const TEMPLATES_READ = 'app.templates.read';
export const TEMPLATES_EDIT = 'app.templates.edit';

export const pagesKey = (app: string) => ['apps', app, 'pages'] as const;

export const pagesQuery = (app: string) =>
  queryOptions({
    queryKey: pagesKey(app),
    queryFn: () => unwrap(api.GET('/api/apps/{app}/pages', { params: { path: { app } } })),
  });

export const pageQuery = (app: string, page: string) =>
  queryOptions({
    queryKey: [...pagesKey(app), page],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/pages/{page}', { params: { path: { app, page } } })),
  });

export function fetchPageVersions(app: string, page: string) {
  return unwrap(api.GET('/api/apps/{app}/pages/{page}/versions', { params: { path: { app, page } } }));
}

/** What changed from `version` to `against` (the current version when left out). */
export function fetchPageDiff(app: string, page: string, version: number, against?: number) {
  return unwrap(
    api.GET('/api/apps/{app}/pages/{page}/versions/{version}/diff', {
      params: {
        path: { app, page, version: String(version) },
        query: against === undefined ? {} : { against },
      },
    }),
  );
}

/** Saves a new page, or a new version of one edited from `baseVersion`. */
export function savePage(app: string, page: string | null, body: PageBody, baseVersion?: number) {
  if (page === null) return unwrap(api.POST('/api/apps/{app}/pages', { params: { path: { app } }, body }));
  return unwrap(
    api.PUT('/api/apps/{app}/pages/{page}', {
      params: { path: { app, page } },
      body: { ...body, ...(baseVersion ? { baseVersion } : {}) },
    }),
  );
}

export function deletePage(app: string, page: string) {
  return unwrap(api.DELETE('/api/apps/{app}/pages/{page}', { params: { path: { app, page } } }));
}

export function restorePageVersion(app: string, page: string, version: number) {
  return unwrap(
    api.POST('/api/apps/{app}/pages/{page}/versions/{version}/restore', {
      params: { path: { app, page, version: String(version) } },
    }),
  );
}

/** One problem PAGE_INVALID lists: the body field (`sections.0.filter`), and where in a condition. */
export type PageIssue = BodyIssue;

export const pageIssues = (error: unknown): PageIssue[] => bodyIssues(error, 'PAGE_INVALID');

/** Before saving: who would start or stop seeing the page, each section and the pages under it. */
export type PagePreview = Ok<'previewPage'>;

/** Checks a page as it would be saved, without saving it: 400 PAGE_INVALID lists its problems. */
export function previewPage(app: string, page: string | null, proposed: PageBody): Promise<PagePreview> {
  return unwrap(
    api.POST('/api/apps/{app}/pages/preview', {
      params: { path: { app } },
      body: { ...(page ? { page } : {}), proposed },
    }),
  );
}
