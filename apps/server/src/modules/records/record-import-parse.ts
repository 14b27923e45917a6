// Reading an import file row by row as it arrives: CSV through csv-parse, JSON through a splitter
// that cuts a top-level array into its elements. Neither holds more than one row of the file.
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { validationError } from '../../http/app-error.js';
import { recordErrors } from './records.errors.js';

/** The formats an import reads. */
export type ImportFormat = 'csv' | 'json';

/** One row of an import file, before any check: `row` 1 is the first record (after a CSV header). */
export interface ImportRow {
  row: number;
  /** CSV: cell text by column, empty cells left out. JSON: the element as parsed. */
  values: unknown;
  /** A CSV row whose cell count differs from the header's. */
  problem?: string;
}

/** The import's limits, from the configuration. */
export interface ImportLimits {
  maxRows: number;
  maxBytes: number;
}

/** Rows of a CSV or JSON body; throws IMPORT_MALFORMED / IMPORT_TOO_LARGE as it finds them. */
export function readImportRows(
  body: Readable,
  format: ImportFormat,
  limits: ImportLimits,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<ImportRow> {
  const counted = countBytes(body, limits.maxBytes, onBytes);
  return format === 'csv' ? csvRows(counted) : jsonRows(counted);
}

async function* countBytes(
  body: AsyncIterable<Buffer | string>,
  maxBytes: number,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > maxBytes) throw recordErrors.IMPORT_TOO_LARGE(maxBytes, { limit: maxBytes });
    onBytes?.(bytes);
    yield buffer;
  }
}

// Cells are read as text; the import converts each by its field's type. The first record is the
// header: field names, each once.
async function* csvRows(body: AsyncIterable<Buffer>): AsyncGenerator<ImportRow> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  const feed = (async () => {
    try {
      for await (const chunk of body) {
        if (parser.destroyed) return;
        if (!parser.write(chunk)) {
          await new Promise((resolve) => {
            parser.once('drain', resolve);
            parser.once('close', resolve);
          });
        }
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let header: string[] | null = null;
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = checkedHeader(cells);
        continue;
      }
      row++;
      const values: Record<string, string> = Object.create(null);
      for (const [i, name] of header.entries()) {
        const cell = cells[i];
        if (cell !== undefined && cell !== '') values[name] = cell;
      }
      yield cells.length === header.length
        ? { row, values }
        : { row, values, problem: `has ${cells.length} cells; the header has ${header.length}` };
    }
  } catch (error) {
    throw error instanceof CsvError ? malformedCsv(error) : error;
  } finally {
    // Stopped early (a limit, a refused import): the parser is dropped, so the feed ends too.
    if (!parser.readableEnded) parser.destroy();
    await feed;
  }
  if (!header)
    throw recordErrors.IMPORT_MALFORMED('the file is empty; a CSV import starts with a header row');
}

function checkedHeader(cells: string[]): string[] {
  const names = cells.map((c) => c.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') throw recordErrors.IMPORT_MALFORMED('the header has an empty column name');
    if (seen.has(name)) throw recordErrors.IMPORT_MALFORMED(`the header names ${name} twice`);
    seen.add(name);
  }
  return names;
}

// csv-parse's messages name its option names; ours say what is wrong in the file and where.
function malformedCsv(error: CsvError): Error {
  const line = (error as CsvError & { lines?: number }).lines;
  const what =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted cell is never closed: the file ends inside it'
      : error.code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'a quote is closed and followed by more text in the same cell'
        : error.message;
  return recordErrors.IMPORT_MALFORMED(line ? `${what} (line ${line})` : what, {
    reason: error.code,
    ...(line ? { line } : {}),
  });
}

/**
 * The elements of a top-level JSON array, parsed one at a time. A body that is one JSON object is
 * refused naming its keys, like any body key Charter does not know.
 */
async function* jsonRows(body: AsyncIterable<Buffer>): AsyncGenerator<ImportRow> {
  const splitter = new ArraySplitter();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let row = 0;
  const parsed = (text: string): ImportRow => {
    row++;
    try {
      return { row, values: JSON.parse(text) };
    } catch (error) {
      throw recordErrors.IMPORT_MALFORMED(`row ${row} is not valid JSON (${(error as Error).message})`, {
        row,
      });
    }
  };
  try {
    for await (const chunk of body) {
      for (const element of splitter.push(decoder.decode(chunk, { stream: true }))) yield parsed(element);
    }
    for (const element of splitter.push(decoder.decode())) yield parsed(element);
  } catch (error) {
    if (error instanceof TypeError) throw recordErrors.IMPORT_MALFORMED('the file is not UTF-8 text');
    throw error;
  }
  splitter.end();
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** The most text a body that is a single object may hold for its keys to be named. */
const MAX_OBJECT_BODY = 65_536;

// A small state machine over the text: outside strings it counts brackets, so an element ends at
// the comma or bracket that brings the depth back to the array's own.
class ArraySplitter {
  private state: 'start' | 'object' | 'between' | 'element' | 'done' = 'start';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private element = '';

  push(text: string): string[] {
    const out: string[] = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.state === 'element') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === '\\') this.escaped = true;
          else if (c === '"') this.inString = false;
          continue;
        }
        if (c === '"') this.inString = true;
        else if (c === '{' || c === '[') this.depth++;
        else if (c === '}' || c === ']') {
          if (this.depth === 0 && c === '}')
            throw recordErrors.IMPORT_MALFORMED('a closing brace has no opening one');
          if (this.depth === 0) {
            out.push(this.take(text, from, i));
            this.state = 'done';
          } else this.depth--;
        } else if (c === ',' && this.depth === 0) {
          out.push(this.take(text, from, i));
          this.state = 'between';
        }
        continue;
      }
      if (this.state === 'object') {
        this.element += c;
        if (this.element.length > MAX_OBJECT_BODY) this.refuseObject();
        continue;
      }
      if (WHITESPACE.has(c)) continue;
      if (this.state === 'start') {
        if (c === '[') this.state = 'between';
        else if (c === '{') {
          this.state = 'object';
          this.element = c;
        } else throw recordErrors.IMPORT_MALFORMED('a JSON import is an array of records: [{…}, {…}]');
      } else if (this.state === 'between') {
        if (c === ']' && this.element === '' && this.depth === 0) {
          this.state = 'done';
          continue;
        }
        this.state = 'element';
        from = i;
        i--;
      } else if (this.state === 'done') {
        throw recordErrors.IMPORT_MALFORMED('there is text after the closing bracket of the array');
      }
    }
    if (this.state === 'element') this.element += text.slice(from);
    return out;
  }

  end(): void {
    if (this.state === 'object') this.refuseObject();
    if (this.state !== 'done') {
      throw recordErrors.IMPORT_MALFORMED(
        this.state === 'start' ? 'the file is empty' : 'the array is never closed',
      );
    }
  }

  private take(text: string, from: number, to: number): string {
    const element = this.element + text.slice(from, to);
    this.element = '';
    this.depth = 0;
    if (element.trim() === '') throw recordErrors.IMPORT_MALFORMED('the array has an empty element');
    return element;
  }

  // `{"zzUnknown": 1}` is not an import: say which keys were not understood.
  private refuseObject(): never {
    let keys: string[] = [];
    try {
      keys = Object.keys(JSON.parse(this.element) as object);
    } catch {
      // too long or not JSON: no keys to name
    }
    if (keys.length === 0) throw recordErrors.IMPORT_MALFORMED('a JSON import is an array of records');
    throw validationError(
      keys.map((field) => ({
        location: 'body',
        field,
        message: 'is not a known field; a JSON import is an array of records',
      })),
    );
  }
}
