import { ACTIONS } from '@charter/policy';
import { z } from 'zod';

const counts = {
  usersGaining: z.number().int(),
  usersLosing: z.number().int(),
  recordsGaining: z.number().int().describe('Distinct records some user gains'),
  recordsLosing: z.number().int().describe('Distinct records some user loses'),
};

/** The impact preview of a policy change, as routes return it. */
export const impactResponse = z
  .object({
    unchanged: z.boolean().describe('True when no app user gains or loses anything on any record'),
    collections: z
      .array(
        z.object({
          collection: z.string(),
          action: z.enum(ACTIONS),
          ...counts,
          fields: z
            .array(z.object({ field: z.string(), access: z.enum(['read', 'update']), ...counts }))
            .readonly(),
        }),
      )
      .readonly(),
    users: z
      .array(
        z.object({
          userId: z.string(),
          email: z.string(),
          gains: z.array(z.string()).readonly(),
          losses: z.array(z.string()).readonly(),
          changes: z
            .array(
              z.object({
                collection: z.string(),
                action: z.enum(['read', 'create', 'update', 'delete']),
                field: z.string().optional().describe('Absent when whole records are gained or lost'),
                gained: z.number().int(),
                lost: z.number().int(),
              }),
            )
            .readonly()
            .describe('The gains and losses counted, per collection, action and field'),
        }),
      )
      .readonly(),
  })
  .describe('Who gains and who loses access, and on how many records');

/** `?dryRun=true`: check and measure the change, save nothing. */
export const dryRunQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check the change, report its impact, roll it back; nothing is saved'),
});
