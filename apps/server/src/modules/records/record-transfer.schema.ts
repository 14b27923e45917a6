// Request and response shapes of record export and import.
import { z } from 'zod';
import { listQuery } from './records.schema.js';

export const exportQuery = listQuery.pick({ filter: true, sort: true, fields: true, search: true }).extend({
  format: z
    .enum(['csv', 'json'])
    .default('csv')
    .describe('`csv` (a header of field names, then one row per record) or `json` (an array of records)'),
});

export const exportResponse = z
  .string()
  .describe(
    'The file: text/csv or application/json, sent as it is read. Links are ids; in CSV, lists and JSON values are JSON text in their cell, and a field hidden on a row is an empty cell.',
  );

export const importQuery = z.object({
  mode: z
    .enum(['all', 'valid'])
    .default('all')
    .describe('`all`: one refused row and nothing is written. `valid`: the rows that pass are written'),
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('`true` checks every row exactly as the import would, then writes nothing'),
  progress: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe(
      '`true` answers NDJSON: `{"type":"progress",…}` lines as rows are checked, then one `{"type":"result","report":…}` or `{"type":"error","error":…}` line',
    ),
});

const problem = z.object({
  row: z.number().int().describe('1 is the first record of the file (after a CSV header)'),
  field: z.string().nullable().describe('The field at fault, or null when the row as a whole is refused'),
  code: z
    .string()
    .describe('The code a single write would have answered: VALIDATION_FAILED, FIELD_WRITE_DENIED, …'),
  message: z.string(),
});

export const importReport = z.object({
  outcome: z
    .enum(['checked', 'written', 'refused'])
    .describe(
      '`checked`: a dry run. `written`. `refused`: mode `all` and some row was refused, so nothing was written',
    ),
  mode: z.enum(['all', 'valid']),
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int().describe('Rows that pass every check'),
  invalid: z.number().int(),
  created: z.number().int().describe('Records created (0 unless written)'),
  updated: z.number().int().describe('Records updated (0 unless written)'),
  problems: z.array(problem).describe('Per refused row, each reason; at most 1,000'),
  problemsOmitted: z.number().int().describe('Problems beyond those listed'),
});
