import { ACTIONS } from '@charter/policy';
import { z } from 'zod';

export const explainBody = z
  .object({
    user: z
      .string()
      .trim()
      .min(1)
      .max(320)
      .nullable()
      .describe('The app user to explain for, by account id or email; null for an anonymous visitor'),
    action: z.enum(ACTIONS),
    collection: z.string().min(1).max(200).describe('Collection key or id'),
    record: z.string().max(64).optional().describe('A record id: the trace is evaluated on that record'),
    list: z
      .object({
        filter: z.string().max(4096).optional(),
        search: z.string().max(200).optional(),
      })
      .strict()
      .optional()
      .describe("A list request: returns its SQL and, with `record`, why that record is or isn't in it"),
  })
  .strict();

// The engine's trace is a documented, nested structure (docs/builder-tools.md); it is passed as is.
const trace = z.record(z.string(), z.unknown());

export const explainResponse = z.object({
  user: z.object({ id: z.string(), email: z.string() }).nullable(),
  trace,
  record: z
    .object({
      id: z.string(),
      exists: z.boolean(),
      allowed: z.boolean(),
      sqlAllowed: z.boolean(),
      agrees: z.boolean(),
      reasons: z.array(z.string()),
      links: z
        .array(
          z.object({
            field: z.string(),
            collection: z.string(),
            linked: z.number(),
            unreadable: z.number(),
          }),
        )
        .optional()
        .describe('On an allowed read: each readable link field and how many targets the user cannot read'),
      notes: z.array(z.string()).optional(),
    })
    .optional(),
  list: z.object({ sql: z.string(), includesRecord: z.boolean().optional() }).optional(),
});

export const referenceParams = z.object({ app: z.uuid(), reference: z.string().min(1).max(64) });

const person = z.object({ id: z.string(), email: z.string().nullable() });

export const referenceResponse = explainResponse.omit({ user: true }).extend({
  reference: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  user: person.nullable(),
  viewedAsBy: person.nullable(),
  method: z.string(),
  action: z.string(),
  collection: z.string(),
  recordId: z.string().nullable(),
  policyChanged: z.boolean().describe('The rules changed since the denial; the trace uses the current ones'),
});

export const viewAsBody = z
  .object({
    user: z.string().trim().min(1).max(320).describe('The app user to view as, by account id or email'),
    reason: z.string().trim().min(3).max(500).describe('Why; it is kept in the audit log'),
    minutes: z.number().int().min(1).max(60).default(30).describe('How long, at most 60 minutes'),
    writes: z
      .boolean()
      .default(false)
      .describe('Allow writes too (only for callers who may write all data of the app themselves)'),
  })
  .strict();

export const viewAsResponse = z.object({
  id: z.string(),
  appId: z.string(),
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  caller: z.object({ id: z.string(), email: z.string() }),
  reason: z.string(),
  writes: z.boolean(),
  startedAt: z.string(),
  expiresAt: z.string(),
});
