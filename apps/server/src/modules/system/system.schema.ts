import { z } from 'zod';

export const healthResponse = z.object({ status: z.literal('ok') }).describe('The process is alive.');

export const readyResponse = z
  .object({
    status: z.literal('ready'),
    database: z.object({ kind: z.enum(['pglite', 'postgres']), migrations: z.number().int() }),
    instanceId: z.string().uuid(),
  })
  .describe('The database answers and the schema is migrated.');
