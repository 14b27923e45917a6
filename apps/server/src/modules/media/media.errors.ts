// The refusals of the media library. Every refusal of an upload stores nothing.
import { defineErrorCodes } from '../../http/error-codes.js';

/** The codes of the media library. */
export const mediaErrors = defineErrorCodes({
  MEDIA_NOT_MULTIPART: {
    status: 415,
    message: 'Files are uploaded as multipart/form-data, one part per file.',
  },
  MEDIA_NO_FILE: { status: 400, message: 'The upload holds no file: send at least one file part.' },
  MEDIA_UPLOAD_MALFORMED: {
    status: 400,
    message: (reason: string) => `The multipart body cannot be read: ${reason}`,
  },
  MEDIA_TOO_MANY_FILES: {
    status: 413,
    message: (limit: number) => `At most ${limit} files can be uploaded at once.`,
  },
  MEDIA_TOO_LARGE: {
    status: 413,
    message: (name: string, limit: number) =>
      `The file "${name}" is larger than the limit of ${limit} bytes. Nothing was stored.`,
  },
  MEDIA_TYPE_NOT_ALLOWED: {
    status: 415,
    message: (name: string, detected: string) =>
      `The file "${name}" is ${detected}, which this library does not accept (the type is read from the file's bytes). Nothing was stored.`,
  },
  MEDIA_IN_USE: {
    status: 409,
    message: (uses: string) => `The file cannot be deleted: it is used by ${uses}. Remove those uses first.`,
  },
  MEDIA_NOT_RESIZABLE: {
    status: 400,
    message: (type: string) => `Only raster images have resized variants; this file is ${type}.`,
  },
  MEDIA_RANGE_NOT_SATISFIABLE: {
    status: 416,
    message: (size: number) => `The requested range is outside the file's ${size} bytes.`,
  },
});
