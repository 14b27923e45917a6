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
