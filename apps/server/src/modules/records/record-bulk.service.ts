// Several writes on one collection, all or nothing: one transaction, the same checks as single writes.
import { AppError } from '../../http/app-error.js';
import { type RecordValues, toRecordValues } from './record-input-check.js';
import type { RecordView } from './record-read.js';
import { type RecordScope, toRecordId } from './record-scope.js';
import { inTransaction } from './record-write.service.js';
import { createRecordWriter, type RecordWriter } from './record-writer.js';

/** One operation of a bulk request, as validated. */
export type BulkOperation =
  | { op: 'create'; values: object }
  | { op: 'update'; id: string; values: object }
  | { op: 'delete'; id: string };

/** What each operation did, in request order. */
export type BulkResult = { op: BulkOperation['op']; id: string; record?: RecordView };

type Prepared = { op: BulkOperation; values: RecordValues };

/** Runs every operation or none; a failure names the index of the operation that failed. */
export async function bulkWrite(
  scope: RecordScope,
  operations: readonly BulkOperation[],
): Promise<BulkResult[]> {
  const writer = await createRecordWriter(scope);
  const prepared = operations.map((op, i) =>
    atOperation(i, () => {
      const values = 'values' in op ? toRecordValues(op.values) : toRecordValues({});
      if (op.op === 'create') writer.checkCreate(values);
      if (op.op === 'update') writer.checkUpdate(values);
      return { op, values };
    }),
  );
  return atOperationAsync(prepared.length, (setIndex) =>
    inTransaction(scope, async (trx) => {
      const results: BulkResult[] = [];
      for (const [i, p] of prepared.entries()) {
        setIndex(i);
        results.push(await runOne(writer, trx, p));
      }
      // A deferred link check fails at commit: no single operation is to blame.
      setIndex(-1);
      return results;
    }),
  );
}

async function runOne(writer: RecordWriter, trx: Parameters<RecordWriter['create']>[0], p: Prepared) {
  const { op, values } = p;
  if (op.op === 'create') {
    const record = await writer.create(trx, values);
    return { op: op.op, id: String(record.id), record };
  }
  const id = toRecordId(op.id);
  if (op.op === 'update') return { op: op.op, id, record: await writer.update(trx, id, values) };
  await writer.remove(trx, id);
  return { op: op.op, id };
}

// The error of operation i, with its index, so the client knows which one to fix.
function withIndex(index: number, error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const message = `Operation ${index}: ${error.message}`;
  return new AppError(error.status, error.code, message, { ...error.details, operation: index });
}

function atOperation<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw withIndex(index, error);
  }
}

async function atOperationAsync<T>(count: number, run: (setIndex: (i: number) => void) => Promise<T>) {
  let index = count > 0 ? 0 : -1;
  try {
    return await run((i) => {
      index = i;
    });
  } catch (error) {
    throw index >= 0 ? withIndex(index, error) : error;
  }
}
