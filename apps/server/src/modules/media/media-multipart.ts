// The multipart body of an upload, as the media service reads it: file parts only, and the
// parser's own failures turned into the library's stable codes.
import type { FastifyRequest } from 'fastify';
import { AppError, validationError } from '../../http/app-error.js';
import { mediaErrors } from './media.errors.js';
import type { UploadPart } from './media-upload.js';

/** The file parts of an upload; refuses a body that is not multipart before anything is read. */
export function uploadedParts(request: FastifyRequest, maxFiles: number): AsyncIterable<UploadPart> {
  if (!request.isMultipart()) throw mediaErrors.MEDIA_NOT_MULTIPART();
  return (async function* () {
    const parts = request.parts()[Symbol.asyncIterator]();
    for (;;) {
      const next = await readable(() => parts.next(), maxFiles);
      if (next.done) return;
      const part = next.value;
      if (part.type === 'field') {
        throw validationError([
          {
            location: 'body',
            field: part.fieldname,
            message: 'is not a known field: send only files; folder and tags go in the query string',
          },
        ]);
      }
      yield { filename: part.filename, stream: guarded(part.file, maxFiles) };
    }
  })();
}

async function* guarded(source: AsyncIterable<Buffer>, maxFiles: number): AsyncGenerator<Buffer> {
  const chunks = source[Symbol.asyncIterator]();
  for (;;) {
    const next = await readable(() => chunks.next(), maxFiles);
    if (next.done) return;
    yield next.value;
  }
}

// A broken or cut-off body is the client's problem (400), never a 500.
async function readable<T>(read: () => Promise<T>, maxFiles: number): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') throw mediaErrors.MEDIA_TOO_MANY_FILES(maxFiles, { limit: maxFiles });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw mediaErrors.MEDIA_NOT_MULTIPART();
    const reason = error instanceof Error ? error.message : String(error);
    throw mediaErrors.MEDIA_UPLOAD_MALFORMED(reason);
  }
}
