// Request and response shapes of the records API.
import { z } from 'zod';

/** Longest client filter accepted (DESIGN.md §5's 4 KB). */
export const MAX_FILTER_LENGTH = 4096;
/** Largest page. */
export const MAX_LIMIT = 500;

export const collectionParams = z.object({ app: z.uuid(), collection: z.string().min(1).max(100) });
// Any string: a malformed id is answered like a missing record, never with a different error.
export const recordParams = collectionParams.extend({ record: z.string().min(1).max(100) });

const expandParam = z
  .string()
  .max(1000)
  .optional()
  .describe(
    'Links to replace by the linked records you may read: `position,position.hiringManager` (depth ≤ 3)',
  );

const metaParam = z
  .enum(['can'])
  .optional()
  .describe('`can` adds `_can` {update, delete} and `_fields` {readable, updatable} to each record');

/** Point-read options. */
export const readQuery = z.object({ meta: metaParam, expand: expandParam });

export const listQuery = z.object({
  filter: z.string().max(MAX_FILTER_LENGTH).optional().describe('CEL over fields you can read'),
  sort: z.string().max(1000).optional().describe('field,-field'),
  fields: z
    .string()
    .max(4000)
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : v
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean),
    )
    .describe('The fields to return, comma-separated (`rel.field` reaches through an expanded link)'),
  search: z.string().max(200).optional().describe('Text to find in the searchable fields you may read'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(50)
    .describe(`Records per page, 1 to ${MAX_LIMIT}`),
  after: z.string().max(4000).optional().describe('The `next` cursor of the previous page'),
  meta: metaParam,
  expand: expandParam,
  count: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('`true` adds the number of records you may read that match'),
});

// Passed through untouched: zod would copy keys into a fresh object, and `__proto__` must not be set.
const plainObject = z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
  message: 'expected an object of field values',
});

export const writeBody = z.strictObject({ values: plainObject });

/** A record: field name → value; fields hidden from you are absent. */
export const recordResponse = z.record(z.string(), z.unknown()).describe('A record');

export const listResponse = z.object({
  items: z.array(recordResponse),
  next: z.string().nullable().describe('Cursor of the next page, or null'),
  count: z.number().int().optional(),
});

/** Most operations in one bulk request. */
export const MAX_BULK_OPERATIONS = 100;

const recordId = z.string().min(1).max(100);

export const bulkBody = z.strictObject({
  operations: z
    .array(
      z.discriminatedUnion('op', [
        z.strictObject({ op: z.literal('create'), values: plainObject }),
        z.strictObject({ op: z.literal('update'), id: recordId, values: plainObject }),
        z.strictObject({ op: z.literal('delete'), id: recordId }),
      ]),
    )
    .min(1)
    .max(MAX_BULK_OPERATIONS),
});

export const bulkResponse = z.object({
  results: z.array(
    z.object({
      op: z.enum(['create', 'update', 'delete']),
      id: z.string(),
      record: recordResponse.optional(),
    }),
  ),
});
