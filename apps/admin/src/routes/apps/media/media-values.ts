import { ApiError } from '../../../api/client.js';
import type { MediaFile } from '../../../api/media.js';

/** A size in the unit a person reads at a glance. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

const TYPE_LABELS: Record<string, string> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'image/avif': 'AVIF image',
  'image/svg+xml': 'SVG image',
  'application/pdf': 'PDF',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
};

/** The type in words where it has a common name, else the media type itself. */
export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

export const when = (iso: string) => new Date(iso).toLocaleString();

/**
 * The Markdown that shows the file in a page's text section. The address has no version, so the
 * page always shows the file's current one.
 */
export function markdownFor(file: Pick<MediaFile, 'name' | 'url' | 'type'>): string {
  const label = file.name.replace(/\.[^.]+$/, '').replace(/[[\]]/g, '');
  return file.type.startsWith('image/') ? `![${label}](${file.url})` : `[${label}](${file.url})`;
}

/** The headline of a refused upload, per the API's code; its message carries the detail. */
export function uploadRefusal(error: unknown): string {
  const code = error instanceof ApiError ? error.code : '';
  if (code === 'MEDIA_TOO_LARGE') return 'Too large: nothing was uploaded';
  if (code === 'MEDIA_TYPE_NOT_ALLOWED') return 'Type not allowed: nothing was uploaded';
  if (code === 'MEDIA_TOO_MANY_FILES') return 'Too many files at once: nothing was uploaded';
  return 'Nothing was uploaded';
}

/** The file types the library accepts, as a refusal of a type lists them, in words. */
export function allowedTypes(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'MEDIA_TYPE_NOT_ALLOWED') return [];
  const allowed = Array.isArray(error.details.allowed) ? (error.details.allowed as string[]) : [];
  return [...new Set(allowed.map(typeLabel))];
}
