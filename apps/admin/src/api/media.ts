import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, type ErrorBody, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type MediaFile = Ok<'getMedia'>;
export type MediaChanges = BodyOf<'updateMedia'>;
export type MediaVersion = Ok<'listMediaVersions'>['items'][number];

/** Who may see the library, and who may change it; the second does not imply the first. */
export const MEDIA_READ = 'app.media.read';
export const MEDIA_EDIT = 'app.media.edit';

/** What narrows the list: a name fragment, a folder, a tag; absent means no narrowing. */
export interface MediaFilters {
  search?: string;
  folder?: string;
  tag?: string;
}

/** The thumbnail widths the server makes; any other width is refused. */
export type MediaWidth = 64 | 160 | 320 | 640 | 1280;

export const mediaKey = (app: string) => ['apps', app, 'media'] as const;

const PAGE_SIZE = 48;

/** One page of the library, newest first; `after` is the previous page's `next`. */
export function fetchMediaPage(app: string, filters: MediaFilters, after: string | undefined) {
  return unwrap(
    api.GET('/api/apps/{app}/media', {
      params: { path: { app }, query: { ...filters, limit: PAGE_SIZE, ...(after ? { after } : {}) } },
    }),
  );
}

export const mediaQuery = (app: string, media: string) =>
  queryOptions({
    queryKey: [...mediaKey(app), 'file', media],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/media/{media}', { params: { path: { app, media } } })),
  });

export const mediaVersionsQuery = (app: string, media: string) =>
  queryOptions({
    queryKey: [...mediaKey(app), 'file', media, 'versions'],
    queryFn: () =>
      unwrap(api.GET('/api/apps/{app}/media/{media}/versions', { params: { path: { app, media } } })),
  });

/** The address of a file's bytes, or of a resized copy for images. */
export function contentUrl(file: Pick<MediaFile, 'url'>, width?: MediaWidth): string {
  return width ? `${file.url}?width=${width}` : file.url;
}

/** Whether the server makes resized copies of this type (raster images only). */
export function isResizable(type: string): boolean {
  return ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'].includes(type);
}

export function updateMedia(app: string, media: string, body: MediaChanges) {
  return unwrap(api.PATCH('/api/apps/{app}/media/{media}', { params: { path: { app, media } }, body }));
}

export function deleteMedia(app: string, media: string) {
  return unwrap(api.DELETE('/api/apps/{app}/media/{media}', { params: { path: { app, media } } }));
}

export function restoreMediaVersion(app: string, media: string, version: number) {
  return unwrap(
    api.POST('/api/apps/{app}/media/{media}/versions/{version}/restore', {
      params: { path: { app, media, version } },
    }),
  );
}

/**
 * Sends files as multipart/form-data. The typed client only speaks JSON bodies, so this is a plain
 * fetch on the same path, with the session cookie and the same errors as every other call.
 */
async function postFiles<T>(path: string, files: File[]): Promise<T> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {
      code: 'NETWORK',
      message: 'Charter could not be reached. Check your connection.',
    });
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) throw new ApiError(response.status, (body as { error?: ErrorBody } | undefined)?.error);
  return body as T;
}

/** Uploads files into the library, all or none; folder and tags apply to each. */
export function uploadMedia(app: string, files: File[], options: { folder?: string; tags?: string[] } = {}) {
  const query = new URLSearchParams();
  if (options.folder) query.set('folder', options.folder);
  if (options.tags?.length) query.set('tags', options.tags.join(','));
  const suffix = query.size > 0 ? `?${query}` : '';
  return postFiles<Ok<'uploadMedia'>>(`/api/apps/${encodeURIComponent(app)}/media${suffix}`, files);
}

/** Stores a file's new bytes as its next version; name, folder and tags stay. */
export function replaceMedia(app: string, media: string, file: File) {
  return postFiles<Ok<'replaceMedia'>>(
    `/api/apps/${encodeURIComponent(app)}/media/${encodeURIComponent(media)}/versions`,
    [file],
  );
}

/** A page that keeps a file from being deleted, as 409 MEDIA_IN_USE lists it. */
export interface MediaUse {
  id: string;
  title: string;
  slug: string;
}

/** The pages a refused delete names; none for any other error. */
export function pagesUsing(error: unknown): MediaUse[] {
  if (!(error instanceof ApiError) || error.code !== 'MEDIA_IN_USE') return [];
  return Array.isArray(error.details.pages) ? (error.details.pages as MediaUse[]) : [];
}
