// Serving a file's bytes safely: the stored (sniffed) type, never sniffed again by the browser;
// active types as downloads; ranges and ETags so large files and caches behave.
import type { Readable } from 'node:stream';
import type { AppContext } from '../../context.js';
import { sharedErrors } from '../../http/error-codes.js';
import { mediaErrors } from './media.errors.js';
import { findMediaRow, findMediaVersion, mediaContent } from './media.repository.js';
import type { ByteRange, MediaStore } from './media-store.js';
import { contentTypeHeader, RESIZABLE_TYPES, servesInline } from './media-type.js';
import { variantOf } from './media-variants.js';

/** What to send: a status, its headers, and the bytes (none for 304). */
export interface MediaAnswer {
  status: 200 | 206 | 304;
  headers: Record<string, string>;
  body: Readable | null;
}

/** How a download was asked for. */
export interface ContentRequest {
  version?: number | undefined;
  width?: number | undefined;
  download?: boolean;
  range?: string | undefined;
  ifNoneMatch?: string | undefined;
}

/** The bytes of a media file of the app (a version, a resized variant, a range) with safe headers. */
export async function openMediaContent(
  ctx: AppContext,
  store: MediaStore,
  appId: string,
  id: string,
  request: ContentRequest,
): Promise<MediaAnswer> {
  const db = ctx.database.db;
  const row = await findMediaRow(db, appId, id);
  const content =
    request.version === undefined
      ? mediaContent(row)
      : mediaContent(await findMediaVersion(db, row.id, request.version));
  let blob = { key: content.sha256, type: content.contentType, size: content.size, name: row.name };
  if (request.width !== undefined) {
    if (!RESIZABLE_TYPES.has(content.contentType)) {
      throw mediaErrors.MEDIA_NOT_RESIZABLE(content.contentType, { type: content.contentType });
    }
    const variant = await variantOf(ctx, store, content, request.width);
    blob = {
      key: variant.variant_sha256,
      type: variant.content_type,
      size: Number(variant.size),
      name: row.name,
    };
  }
  return answer(store, blob, request);
}

/** Serves one stored blob under a name: used for library downloads and record file fields. */
export async function answer(
  store: MediaStore,
  blob: { key: string; type: string; size: number; name: string },
  request: Pick<ContentRequest, 'download' | 'range' | 'ifNoneMatch'>,
): Promise<MediaAnswer> {
  const etag = `"${blob.key}"`;
  const inline = servesInline(blob.type) && !request.download;
  const headers: Record<string, string> = {
    'content-type': contentTypeHeader(blob.type),
    'x-content-type-options': 'nosniff',
    'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', blob.name),
    // Nothing in a served file runs as a page of this origin, even if a browser were to render it.
    'content-security-policy':
      blob.type === 'application/pdf'
        ? "default-src 'none'; style-src 'unsafe-inline'"
        : "default-src 'none'; sandbox",
    etag,
    'accept-ranges': 'bytes',
  };
  if (request.ifNoneMatch && matchesEtag(request.ifNoneMatch, etag))
    return { status: 304, headers, body: null };
  const range = request.range ? parseRange(request.range, blob.size) : undefined;
  if (range === null) {
    throw mediaErrors.MEDIA_RANGE_NOT_SATISFIABLE(blob.size, { size: blob.size });
  }
  const body = await store.open(blob.key, range);
  if (!body) throw sharedErrors.INTERNAL('The stored file is missing.');
  if (range) {
    headers['content-range'] = `bytes ${range.start}-${range.end}/${blob.size}`;
    headers['content-length'] = String(range.end - range.start + 1);
    return { status: 206, headers, body };
  }
  headers['content-length'] = String(blob.size);
  return { status: 200, headers, body };
}

/** `inline` or `attachment` with the file's name, in ASCII and in UTF-8 (RFC 6266). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function matchesEtag(header: string, etag: string): boolean {
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * One `bytes=` range: undefined to send the whole file (no range, several ranges, or a unit
 * other than bytes), null when it lies outside the file.
 */
export function parseRange(header: string, size: number): ByteRange | undefined | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from, to] = match as unknown as [string, string, string];
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return null;
  return { start, end };
}
