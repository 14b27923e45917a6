import { ApiError, api, unwrap } from './client.js';
import type { ListState } from './records.js';
import type { Ok } from './types.js';

/** What an import or a dry run did: counts, and per refused row each reason. */
export type ImportReport = Ok<'importRecords'>;
export type ImportProblem = ImportReport['problems'][number];

/** How far an import has got: rows checked, and bytes of the file read of its size. */
export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number | null;
}

/**
 * The address of an export of the list as it is shown: its filter, sort, search and columns. A
 * link, not a fetch: the browser saves the file as the server streams it.
 */
export function exportUrl(app: string, collection: string, format: 'csv' | 'json', state: ListState): string {
  const query = new URLSearchParams({ format });
  if (state.filter) query.set('filter', state.filter);
  if (state.sort) query.set('sort', state.sort);
  if (state.search) query.set('search', state.search);
  if (state.fields?.length) query.set('fields', state.fields.join(','));
  return `/api/apps/${encodeURIComponent(app)}/collections/${encodeURIComponent(collection)}/export?${query}`;
}

/**
 * Sends a file to the import, reading its NDJSON answer line by line: progress as rows are
 * checked, then the report. A refusal before the first line is the API's error, as for any call.
 */
export async function importFile(
  app: string,
  collection: string,
  file: File,
  options: { mode: 'all' | 'valid'; dryRun: boolean },
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const json = file.name.toLowerCase().endsWith('.json') || file.type === 'application/json';
  const stream = await unwrap(
    api.POST('/api/apps/{app}/collections/{collection}/import', {
      params: {
        path: { app, collection },
        query: { mode: options.mode, dryRun: String(options.dryRun) as 'true', progress: 'true' },
      },
      // The file goes as it is: the server reads it as it arrives.
      body: file as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'content-type': json ? 'application/json' : 'text/csv' },
      parseAs: 'stream',
    }),
  );
  const reader = (stream as unknown as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const lines = buffered.split('\n');
    buffered = done ? '' : (lines.pop() ?? '');
    for (const line of lines.filter((l) => l.trim())) {
      const message = JSON.parse(line) as
        | ({ type: 'progress' } & ImportProgress)
        | { type: 'result'; report: ImportReport }
        | { type: 'error'; error: ConstructorParameters<typeof ApiError>[1] };
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'result') return message.report;
      else throw new ApiError(500, message.error);
    }
    if (done) break;
  }
  throw new ApiError(0, {
    code: 'NETWORK',
    message: 'The import stopped before it answered. Check your connection.',
  });
}
