import { z } from 'zod';
import { dryRunQuery, impactResponse } from '../app-change/impact.schema.js';

const roleKey = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, {
  error: 'expected lower-case letters, digits and _ (starting with a letter)',
});
const rightKeys = z.array(z.string().min(1).max(100)).max(200);

/** A role as the API returns it. */
export const roleResponse = z
  .object({
    key: z.string(),
    name: z.string(),
    description: z.string(),
    internal: z.boolean().describe('Team member: an internal user'),
    builder: z.boolean().describe('Modify app: implies every backoffice right'),
    allData: z.boolean().describe('Access all data: bypasses the data rules'),
    forceMfa: z.boolean().describe('Holders must have two-factor authentication on to work in this app'),
    rights: z.array(z.string()).describe('The rights the role names'),
    effectiveRights: z
      .array(z.string())
      .describe('What holders get from it (builder adds every backoffice right)'),
    defaultFor: z.enum(['team_admin', 'user']).nullable(),
    users: z.number().int().describe('How many app users hold it'),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .describe('A role');

export const roleParams = z.object({ app: z.uuid(), role: z.string().max(100) });

export const createRoleBody = z.strictObject({
  key: roleKey,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  internal: z.boolean().default(false),
  builder: z.boolean().default(false),
  allData: z.boolean().default(false),
  forceMfa: z.boolean().default(false),
  rights: rightKeys.default([]),
});

/** Everything but the key, which is stable. */
export const updateRoleBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
  internal: z.boolean().optional(),
  builder: z.boolean().optional(),
  allData: z.boolean().optional(),
  forceMfa: z.boolean().optional(),
  rights: rightKeys.optional(),
});

export const deleteRoleQuery = z.object({
  replacement: z.string().max(100).optional().describe('The role that users of the deleted role move to'),
  dryRun: dryRunQuery.shape.dryRun,
});

export { dryRunQuery };

/** `PATCH …?dryRun=true`: the role as it would be, and who would gain or lose what. */
export const roleUpdatePreview = z.object({
  dryRun: z.literal(true),
  impact: impactResponse,
  role: roleResponse,
});

/** `DELETE …?dryRun=true`: how many users would move, and who would gain or lose what. */
export const roleDeletionPreview = z.object({
  dryRun: z.literal(true),
  impact: impactResponse,
  movedUsers: z.number().int(),
});

export type CreateRoleInput = z.infer<typeof createRoleBody>;
export type UpdateRoleInput = z.infer<typeof updateRoleBody>;
export type RoleUpdatePreview = z.infer<typeof roleUpdatePreview>;
export type RoleDeletionPreview = z.infer<typeof roleDeletionPreview>;
