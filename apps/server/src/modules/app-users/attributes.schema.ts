import { z } from 'zod';

export const attributeTypes = [
  'text',
  'integer',
  'decimal',
  'boolean',
  'date',
  'singleSelect',
  'multiSelect',
] as const;

const options = z.array(z.string().trim().min(1).max(200)).max(500);

/** A custom user attribute as the API returns it. */
export const attributeResponse = z
  .object({
    key: z.string().describe('Usable in conditions as user.<key>'),
    name: z.string(),
    type: z.enum(attributeTypes),
    options: z.array(z.string()).describe('The choices of a select; empty for other types'),
    createdAt: z.date(),
  })
  .describe('A custom user attribute');

export const attributeParams = z.object({ app: z.uuid(), attribute: z.string().max(100) });

export const createAttributeBody = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,62}$/, {
    error: 'expected a letter, then letters, digits and _ (it becomes user.<key> in conditions)',
  }),
  name: z.string().trim().min(1).max(200),
  type: z.enum(attributeTypes),
  options: options.default([]),
});

/** The name and the choices may change; the key and the type stay, so stored values stay valid. */
export const updateAttributeBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  options: options.optional(),
});

export type CreateAttributeInput = z.infer<typeof createAttributeBody>;
export type UpdateAttributeInput = z.infer<typeof updateAttributeBody>;
export type AttributeView = z.infer<typeof attributeResponse>;
