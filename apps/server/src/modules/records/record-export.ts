// Exporting records: the records list itself, page after page through its cursor, written out as
// CSV or JSON as each page arrives. What the list would not show, the file does not hold.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { toCell } from './record-cells.js';
import { type ListInput, listColumns, listRecords, type RecordView } from './record-read.js';
import type { RecordScope } from './record-scope.js';

/** The formats an export writes. */
export type ExportFormat = 'csv' | 'json';

/** The list parameters an export takes: the list's own, without paging. */
export type ExportInput = Omit<ListInput, 'limit' | 'after' | 'count' | 'viewFilter'>;

/** Rows read per list page while exporting. */
const EXPORT_PAGE = 500;

/**
 * The export as a stream of text. The list query is compiled first, so a bad filter, sort or
 * field is refused (400) before any byte is sent; a row's hidden field is an empty cell (CSV) or
 * an absent key (JSON), exactly as the list shows it.
 */
export function exportRecords(scope: RecordScope, input: ExportInput, format: ExportFormat): Readable {
  const columns = listColumns(scope, input);
  return Readable.from(format === 'csv' ? csvChunks(scope, input, columns) : jsonChunks(scope, input), {
    objectMode: false,
  });
}

async function* pages(scope: RecordScope, input: ExportInput): AsyncGenerator<RecordView[]> {
  let after: string | undefined;
  do {
    const page = await listRecords(scope, { ...input, limit: EXPORT_PAGE, ...(after ? { after } : {}) });
    yield page.items;
    after = page.next ?? undefined;
  } while (after);
}

async function* csvChunks(scope: RecordScope, input: ExportInput, columns: string[]): AsyncGenerator<string> {
  yield stringify([columns]);
  for await (const items of pages(scope, input)) {
    if (items.length === 0) continue;
    yield stringify(
      items.map((item) => columns.map((name) => toCell(Object.hasOwn(item, name) ? item[name] : null))),
    );
  }
}

// A JSON array with one record per line: readable, and importable back as it is.
async function* jsonChunks(scope: RecordScope, input: ExportInput): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const items of pages(scope, input)) {
    if (items.length === 0) continue;
    const lines = items.map((item) => JSON.stringify(item));
    yield `${first ? '\n' : ',\n'}${lines.join(',\n')}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
