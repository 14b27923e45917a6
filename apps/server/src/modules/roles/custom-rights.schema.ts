import { z } from 'zod';

const rightKey = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, {
  error: 'expected lower-case letters, digits and _ (starting with a letter)',
});

/** A custom right as the API returns it. */
export const customRightResponse = z
  .object({
    key: z.string(),
    name: z.string(),
    description: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .describe('A custom right of an application');

const ruleUse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(['grant', 'guard', 'fieldCondition']),
    collection: z.string().describe('The collection key the rule is about'),
    actions: z
      .array(z.string())
      .describe('The actions a grant or guard is about; empty for a field condition'),
    access: z.enum(['read', 'write']).nullable().describe('For a field condition: read or write'),
    condition: z.string().describe('The condition as builders read it'),
  })
  .describe('A data rule whose condition tests the right');

/** A custom right, with the roles that hold it and the rules whose conditions test it. */
export const customRightDetailResponse = customRightResponse
  .extend({
    usedBy: z.object({
      roles: z.array(z.object({ key: z.string(), name: z.string() })).describe('Roles that hold the right'),
      rules: z
        .array(ruleUse)
        .nullable()
        .describe(
          'Data rules whose condition tests the right (`"key" in user.rights`, or `user.rights.exists(...)`); ' +
            'found in the parsed condition, so a string that merely spells the key elsewhere does not count. ' +
            'null when the caller may not read the data rules (app.dataformats.read)',
        ),
    }),
  })
  .describe('A custom right of an application, and what uses it');

export const customRightParams = z.object({ app: z.uuid(), right: z.string().max(100) });

export const createCustomRightBody = z.strictObject({
  key: rightKey,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
});

/** Everything but the key, which roles and direct rights refer to. */
export const updateCustomRightBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
});

const catalogueEntry = z.object({ key: z.string(), description: z.string() });

/** The fixed backoffice rights catalogue. */
export const catalogueResponse = z.object({
  company: z.array(catalogueEntry).describe('Company rights, held through company membership'),
  app: z.array(catalogueEntry).describe('App backoffice rights, held through roles and direct rights'),
});

export type CreateCustomRightInput = z.infer<typeof createCustomRightBody>;
export type UpdateCustomRightInput = z.infer<typeof updateCustomRightBody>;
export type CustomRightView = z.infer<typeof customRightResponse>;
export type CustomRightDetail = z.infer<typeof customRightDetailResponse>;
