// An import request from body to answer: the format from the content type, the first row read
// before anything else (so a body that is no import is a 400 before any lookup), then the import,
// answered as one report or, on request, as NDJSON progress lines ending with the report.
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../http/app-error.js';
import { sharedErrors } from '../../http/error-codes.js';
import { type ImportMode, type ImportReport, importRecords } from './record-import.service.js';
import {
  type ImportFormat,
  type ImportLimits,
  type ImportRow,
  readImportRows,
} from './record-import-parse.js';
import type { RecordScope } from './record-scope.js';
import { recordErrors } from './records.errors.js';

/** What an import request brings besides its body. */
export interface ImportRequest {
  contentType: string | undefined;
  contentLength: string | undefined;
  limits: ImportLimits;
  scope: () => Promise<RecordScope>;
  mode: ImportMode;
  dryRun: boolean;
  progress: boolean;
  requestId: string;
  log: FastifyBaseLogger;
  /** Registers what to do when the client goes away before the answer is complete. */
  closed: (abort: () => void) => void;
}

/** The answer: the report, or a stream of NDJSON lines whose last line is the report or the error. */
export type StartedImport = { kind: 'report'; report: ImportReport } | { kind: 'stream'; stream: Readable };

/** Progress lines are written at most this often (and after the last row). */
const PROGRESS_EVERY_MS = 250;

/** Runs an import request; errors before the first progress line are thrown (a normal error answer). */
export async function startImport(body: Readable, request: ImportRequest): Promise<StartedImport> {
  const format = formatOf(request.contentType);
  const totalBytes = Number(request.contentLength ?? Number.NaN);
  const { maxBytes } = request.limits;
  if (totalBytes > maxBytes) throw recordErrors.IMPORT_TOO_LARGE(maxBytes, { limit: maxBytes });
  let bytes = 0;
  const rows = readImportRows(body, format, request.limits, (n) => {
    bytes = n;
  });
  const first = await rows.next();
  const scope = await request.scope();
  const all = withFirst(first, rows);
  const controller = new AbortController();
  request.closed(() => controller.abort(new Error('the client closed the connection')));
  const options = {
    mode: request.mode,
    dryRun: request.dryRun,
    maxRows: request.limits.maxRows,
    cells: format,
    signal: controller.signal,
  } as const;
  if (!request.progress) return { kind: 'report', report: await importRecords(scope, all, options) };

  const out = new PassThrough();
  const line = (value: object) => out.write(`${JSON.stringify(value)}\n`);
  const total = Number.isFinite(totalBytes) ? totalBytes : null;
  let firstLine: () => void = () => {};
  const lineWritten = new Promise<void>((resolve) => {
    firstLine = resolve;
  });
  let lastAt = 0;
  const job = importRecords(scope, all, {
    ...options,
    onProgress: (done) => {
      const now = Date.now();
      if (now - lastAt < PROGRESS_EVERY_MS) return;
      lastAt = now;
      line({ type: 'progress', rows: done, bytes, totalBytes: total });
      firstLine();
    },
  });
  await Promise.race([lineWritten, job]);
  job.then(
    (report) => {
      line({ type: 'result', report });
      out.end();
    },
    (error: unknown) => {
      line({ type: 'error', error: errorBody(error, request) });
      out.end();
    },
  );
  return { kind: 'stream', stream: out };
}

function formatOf(contentType: string | undefined): ImportFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/json') return 'json';
  throw recordErrors.IMPORT_UNSUPPORTED_TYPE({ expected: ['text/csv', 'application/json'] });
}

async function* withFirst(
  first: IteratorResult<ImportRow>,
  rest: AsyncGenerator<ImportRow>,
): AsyncGenerator<ImportRow> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

// The error as the last line says it, in the shape of every error answer; internals stay in the log.
function errorBody(error: unknown, request: ImportRequest) {
  const known =
    error instanceof AppError
      ? error
      : sharedErrors.INTERNAL('The import failed. Quote the request id when reporting it.');
  if (!(error instanceof AppError)) request.log.error({ err: error }, 'import failed');
  return {
    code: known.code,
    message: known.message,
    ...(known.details ? { details: known.details } : {}),
    requestId: request.requestId,
  };
}
