import { LINT_CODES } from '@charter/policy';
import { z } from 'zod';

/** A lint finding as the API returns it. */
export const lintWarning = z
  .object({
    code: z.enum(LINT_CODES),
    severity: z.enum(['warning', 'info']).describe('warning: probably a mistake; info: worth a look'),
    message: z.string(),
    ruleId: z.string().optional(),
    role: z.string().optional().describe('A role key'),
    collection: z.string().optional().describe('A collection key'),
    field: z.string().optional().describe('A field name'),
    page: z.string().optional().describe('A page, by slug'),
    section: z.string().optional().describe('A section of the page, by title'),
  })
  .describe('A likely mistake in the policy');

export const lintResponse = z.object({ warnings: z.array(lintWarning) });
