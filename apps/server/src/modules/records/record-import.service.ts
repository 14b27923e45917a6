// Importing records: every row goes through the records write path (the same input checks, rules,
// field masks and unique indexes as a create, or an update when it names an id), inside one
// transaction. Rows are checked and written in batches; a row that fails is rolled back to a
// savepoint, so the next rows are checked against exactly what would be stored.
import { type ControlledTransaction, sql } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../http/app-error.js';
import { fromCell } from './record-cells.js';
import type { ImportRow } from './record-import-parse.js';
import { type RecordValues, toRecordValues } from './record-input-check.js';
import type { RecordScope } from './record-scope.js';
import { toRecordId } from './record-scope.js';
import { writeErrorOf } from './record-write.service.js';
import { createRecordWriter, type RecordWriter } from './record-writer.js';
import { recordErrors } from './records.errors.js';

/** `all`: any refused row writes nothing. `valid`: the rows that pass are written, the rest reported. */
export type ImportMode = 'all' | 'valid';

/** What the import does with a file. */
export interface ImportOptions {
  mode: ImportMode;
  dryRun: boolean;
  maxRows: number;
  /** Called after each batch with the rows checked so far. */
  onProgress?: (rows: number) => void;
  /** Aborted when the client goes away: the transaction is rolled back. */
  signal?: AbortSignal;
  /** Whether cells are CSV text, converted by field type, or JSON values taken as they are. */
  cells: 'csv' | 'json';
}

/** Why one row would not be written: its number, the field (if one is to blame), code, message. */
export interface ImportProblem {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

/** The outcome of an import or a dry run. */
export interface ImportReport {
  /** `checked` (dry run: nothing written), `written`, or `refused` (mode `all` with refused rows). */
  outcome: 'checked' | 'written' | 'refused';
  mode: ImportMode;
  dryRun: boolean;
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  problems: ImportProblem[];
  /** Problems beyond the first MAX_PROBLEMS, counted but not listed. */
  problemsOmitted: number;
}

/** Rows checked and written together; small enough to bind, large enough to save round trips. */
const BATCH_ROWS = 500;
/** PostgreSQL binds at most 65,535 parameters per statement; stay well below. */
const MAX_BATCH_PARAMETERS = 30_000;
/** Problems listed in a report; beyond, they are counted. */
export const MAX_PROBLEMS = 1_000;
/** Columns an export writes that are set by Charter: an import skips them. */
const SYSTEM_COLUMNS = new Set(['createdBy', 'createdAt', 'updatedBy', 'updatedAt']);

type Trx = ControlledTransaction<DatabaseSchema>;

interface Prepared {
  row: number;
  id: string | null;
  values: RecordValues;
}

/** Reads the rows, checks and (unless a dry run) writes them; one report at the end. */
export async function importRecords(
  scope: RecordScope,
  rows: AsyncIterable<ImportRow>,
  options: ImportOptions,
): Promise<ImportReport> {
  const writer = await createRecordWriter(scope);
  const report = new ReportBuilder(options);
  const trx = await scope.ctx.database.db.startTransaction().execute();
  let open = true;
  try {
    // Link checks are deferred to commit by default; here each row's links are checked as it is
    // written, so a missing target is that row's problem, not the whole import's.
    await sql`set constraints all immediate`.execute(trx);
    const batchRows = Math.max(
      1,
      Math.min(BATCH_ROWS, Math.floor(MAX_BATCH_PARAMETERS / (scope.def.fields.length + 3))),
    );
    let batch: Prepared[] = [];
    for await (const row of rows) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (report.rows >= options.maxRows) {
        throw recordErrors.IMPORT_TOO_MANY_ROWS(options.maxRows, { limit: options.maxRows });
      }
      report.rows++;
      const prepared = prepare(scope, writer, row, options.cells, report);
      if (prepared) batch.push(prepared);
      if (batch.length >= batchRows) {
        await writeBatch(scope, writer, trx, batch, report);
        batch = [];
        options.onProgress?.(report.rows);
      }
    }
    await writeBatch(scope, writer, trx, batch, report);
    options.onProgress?.(report.rows);
    const keep = !options.dryRun && (options.mode === 'valid' || report.invalid === 0);
    open = false;
    if (keep) await trx.commit().execute();
    else await trx.rollback().execute();
    return report.finish(keep);
  } finally {
    if (open) await trx.rollback().execute();
  }
}

// The row's values as the write path takes them, and its input checks; null when they fail.
function prepare(
  scope: RecordScope,
  writer: RecordWriter,
  input: ImportRow,
  cells: 'csv' | 'json',
  report: ReportBuilder,
): Prepared | null {
  if (input.problem) return report.refuse(input.row, null, 'VALIDATION_FAILED', input.problem);
  if (typeof input.values !== 'object' || input.values === null || Array.isArray(input.values)) {
    return report.refuse(input.row, null, 'VALIDATION_FAILED', 'expected an object of field values');
  }
  const given = toRecordValues(input.values);
  const rawId = given.id;
  // A null-prototype copy without the id and the system columns (their keys are not deletable).
  const values: RecordValues = Object.create(null);
  for (const [name, value] of Object.entries(given)) {
    if (name === 'id' || SYSTEM_COLUMNS.has(name)) continue;
    Object.defineProperty(values, name, { value, enumerable: true, writable: true });
  }
  if (cells === 'csv') {
    for (const [name, cell] of Object.entries(values)) {
      values[name] = fromCell(
        scope.def.fields.find((f) => f.name === name && !f.system),
        String(cell),
      );
    }
  }
  const id = rawId === undefined || rawId === null || rawId === '' ? null : toRecordId(String(rawId));
  try {
    if (id) writer.checkUpdate(values);
    else writer.checkCreate(values);
  } catch (error) {
    return report.refuseWith(input.row, error);
  }
  return { row: input.row, id, values };
}

// Creates go through `createMany` in runs; a run whose statement fails (a taken unique value) is
// written again one row at a time, each in its own savepoint, to name the row. Updates are written
// one at a time through the single-record path, in file order with the creates around them.
async function writeBatch(
  scope: RecordScope,
  writer: RecordWriter,
  trx: Trx,
  batch: readonly Prepared[],
  report: ReportBuilder,
) {
  let run: Prepared[] = [];
  for (const item of batch) {
    if (item.id === null) {
      run.push(item);
      continue;
    }
    await createRun(scope, writer, trx, run, report);
    run = [];
    await writeOne(scope, trx, report, item, () => writer.update(trx, item.id!, item.values), 'updated');
  }
  await createRun(scope, writer, trx, run, report);
}

async function createRun(
  scope: RecordScope,
  writer: RecordWriter,
  trx: Trx,
  items: readonly Prepared[],
  report: ReportBuilder,
) {
  let pending = [...items];
  while (pending.length > 0) {
    await sql`savepoint import_batch`.execute(trx);
    let verdicts: (string | AppError)[];
    try {
      verdicts = await writer.createMany(
        trx,
        pending.map((p) => p.values),
      );
    } catch (error) {
      if (error instanceof AppError || !(error as { code?: string }).code) throw error;
      await sql`rollback to savepoint import_batch`.execute(trx);
      await sql`release savepoint import_batch`.execute(trx);
      for (const item of pending) {
        await writeOne(scope, trx, report, item, () => writer.create(trx, item.values), 'created');
      }
      return;
    }
    const refused = pending.filter((_, i) => verdicts[i] instanceof AppError);
    if (refused.length === 0) {
      await sql`release savepoint import_batch`.execute(trx);
      report.created += pending.length;
      report.valid += pending.length;
      return;
    }
    // The refused rows are taken out and the others written again: a rule on one row may read
    // another (through a link), so the survivors are checked without the refused ones.
    await sql`rollback to savepoint import_batch`.execute(trx);
    await sql`release savepoint import_batch`.execute(trx);
    for (const [i, item] of pending.entries()) {
      const verdict = verdicts[i];
      if (verdict instanceof AppError) report.refuseWith(item.row, verdict);
    }
    pending = pending.filter((_, i) => !(verdicts[i] instanceof AppError));
  }
}

async function writeOne(
  scope: RecordScope,
  trx: Trx,
  report: ReportBuilder,
  item: Prepared,
  write: () => Promise<unknown>,
  counter: 'created' | 'updated',
) {
  await sql`savepoint import_row`.execute(trx);
  try {
    await write();
    await sql`release savepoint import_row`.execute(trx);
    report[counter]++;
    report.valid++;
  } catch (error) {
    const named = writeErrorOf(scope, error);
    if (!(named instanceof AppError)) throw error;
    await sql`rollback to savepoint import_row`.execute(trx);
    await sql`release savepoint import_row`.execute(trx);
    report.refuseWith(item.row, named);
  }
}

class ReportBuilder {
  rows = 0;
  valid = 0;
  invalid = 0;
  created = 0;
  updated = 0;
  private problems: ImportProblem[] = [];
  private omitted = 0;

  constructor(private readonly options: ImportOptions) {}

  refuse(row: number, field: string | null, code: string, message: string): null {
    this.invalid++;
    this.add({ row, field, code, message });
    return null;
  }

  /** One problem per field the error names (every issue of a 400, every field of a 403). */
  refuseWith(row: number, error: unknown): null {
    if (!(error instanceof AppError)) throw error;
    this.invalid++;
    for (const problem of problemsOf(row, error)) this.add(problem);
    return null;
  }

  finish(written: boolean): ImportReport {
    const outcome = this.options.dryRun ? 'checked' : written ? 'written' : 'refused';
    return {
      outcome,
      mode: this.options.mode,
      dryRun: this.options.dryRun,
      rows: this.rows,
      valid: this.valid,
      invalid: this.invalid,
      created: written ? this.created : 0,
      updated: written ? this.updated : 0,
      // Rows refused by their input checks are known before those refused in the database.
      problems: this.problems.sort((a, b) => a.row - b.row),
      problemsOmitted: this.omitted,
    };
  }

  private add(problem: ImportProblem) {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.omitted++;
  }
}

function problemsOf(row: number, error: AppError): ImportProblem[] {
  const { code, details } = error;
  const issues = details?.issues as FieldIssue[] | undefined;
  if (Array.isArray(issues) && issues.length > 0) {
    return issues.map((i) => ({
      row,
      field: i.field.replace(/^values\./, ''),
      code,
      message: `${i.field.replace(/^values\./, '')} ${i.message}`,
    }));
  }
  const fields = details?.fields as string[] | undefined;
  if (Array.isArray(fields) && fields.length > 0) {
    return fields.map((field) => ({ row, field, code, message: error.message }));
  }
  const field = typeof details?.field === 'string' ? details.field : code === 'NOT_FOUND' ? 'id' : null;
  return [{ row, field, code, message: error.message }];
}
