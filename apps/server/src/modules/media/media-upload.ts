// Reading uploaded files: each is counted against the size limit as it streams, typed from its
// first bytes, refused before anything is kept when its type is not accepted, and written aside
// in the store. Nothing is readable until the caller commits.
import path from 'node:path';
import sharp from 'sharp';
import type { AppContext } from '../../context.js';
import type { AppError } from '../../http/app-error.js';
import { mediaErrors } from './media.errors.js';
import type { MediaContent } from './media.repository.js';
import { hasControlCharacters } from './media.schema.js';
import type { MediaStore, StagedBlob } from './media-store.js';
import { RESIZABLE_TYPES, SNIFF_BYTES, sniffMediaType } from './media-type.js';

/** One uploaded file as the multipart body delivers it. */
export interface UploadPart {
  filename: string;
  stream: AsyncIterable<Buffer>;
}

/** A file written aside, with what is known of it. */
export interface StagedUpload {
  blob: StagedBlob;
  content: MediaContent;
}

/** Reads one file into the store, aside; refuses it (keeping nothing) when too large or of a type not accepted. */
export async function stageUpload(
  ctx: AppContext,
  store: MediaStore,
  part: UploadPart,
): Promise<StagedUpload> {
  const name = cleanFileName(part.filename);
  const { maxBytes, allowedTypes } = ctx.config.media;
  const source = limited(part.stream, maxBytes, () =>
    mediaErrors.MEDIA_TOO_LARGE(name, maxBytes, { file: name, limit: maxBytes }),
  )[Symbol.asyncIterator]();
  const { head, done } = await readHead(source);
  const type = await sniffMediaType(head.subarray(0, SNIFF_BYTES), name);
  if (!allowedTypes.includes(type)) {
    throw mediaErrors.MEDIA_TYPE_NOT_ALLOWED(name, type, {
      file: name,
      detected: type,
      allowed: allowedTypes,
    });
  }
  const blob = await store.stage(
    (async function* () {
      if (head.length > 0) yield head;
      if (done) return;
      for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
    })(),
  );
  const { width, height } = RESIZABLE_TYPES.has(type)
    ? await dimensions(head)
    : { width: null, height: null };
  return { blob, content: { name, contentType: type, size: blob.size, sha256: blob.key, width, height } };
}

/** A file name as the library keeps it: the last path segment, without control characters. */
export function cleanFileName(filename: string): string {
  const base = path.posix.basename(filename.replaceAll('\\', '/'));
  const clean = [...base]
    .filter((c) => !hasControlCharacters(c))
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'file';
}

async function* limited(source: AsyncIterable<Buffer>, max: number, tooLarge: () => AppError) {
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > max) throw tooLarge();
    yield chunk;
  }
}

// The first SNIFF_BYTES (or more: whole chunks) of a stream, and whether that was all of it.
async function readHead(source: AsyncIterator<Buffer>): Promise<{ head: Buffer; done: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < SNIFF_BYTES) {
    const next = await source.next();
    if (next.done) return { head: Buffer.concat(chunks, length), done: true };
    chunks.push(next.value);
    length += next.value.length;
  }
  return { head: Buffer.concat(chunks, length), done: false };
}

// An image's size from its header, when the first bytes hold it; unknown otherwise.
async function dimensions(head: Buffer): Promise<{ width: number | null; height: number | null }> {
  try {
    const meta = await sharp(head, { failOn: 'none' }).metadata();
    return { width: meta.width ?? null, height: meta.height ?? null };
  } catch {
    return { width: null, height: null };
  }
}
