import { FIELD_TYPES, SYSTEM_FIELDS } from '@charter/policy';
import { z } from 'zod';
import { collectionParams } from './collections.schema.js';

/** `:field` is the id or the current name. */
export const fieldParams = collectionParams.extend({
  field: z.string().min(1).max(100).describe('The field id or its current name'),
});

// CEL keywords and reserved words: a field named like one could not be written as record.<name>.
const CEL_RESERVED = new Set(
  'in as break const continue else for function if import let loop package namespace return var void while true false null'.split(
    ' ',
  ),
);
const SYSTEM_NAMES = SYSTEM_FIELDS.map((f) => f.name);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const VALID_FORM = 'a letter or _, then letters, digits and _ (at most 63 characters)';

/** Why a name cannot be a field name, or null; the message names the valid form. */
export function fieldNameProblem(name: string): string | null {
  if (!IDENTIFIER.test(name)) return `expected ${VALID_FORM}, as conditions write record.<name>`;
  if (SYSTEM_NAMES.includes(name))
    return `'${name}' is a system field (${SYSTEM_NAMES.join(', ')}); choose another name`;
  if (CEL_RESERVED.has(name)) return `'${name}' is a reserved word in conditions; choose another name`;
  return null;
}

const fieldName = z
  .string()
  .superRefine((name, ctx) => {
    const problem = fieldNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('A CEL identifier: conditions write record.<name>');
const label = z.string().trim().min(1).max(200);
const choices = z.array(z.string().trim().min(1).max(200)).max(500).describe('The choices of a select');
const fallback = z.unknown().describe('The value new records get when none is given; null for none');

/** A new field; `options` for selects, `target` for links to collections. */
export const createFieldBody = z.strictObject({
  name: fieldName,
  label: label.optional().describe('Shown to people; the name by default'),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  unique: z.boolean().default(false),
  default: fallback.optional(),
  options: choices.optional(),
  target: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('For linkOne / linkMany: the key or id of a collection of this application'),
});

/** The type and the link target stay: stored values and rules depend on them. */
export const updateFieldBody = z.strictObject({
  name: fieldName.optional().describe('Renaming keeps every rule working: rules store the field id'),
  label: label.optional(),
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  default: fallback.optional(),
  options: choices.optional(),
});

/** The inputs of the fields API. */
export type CreateFieldInput = z.infer<typeof createFieldBody>;
export type UpdateFieldInput = z.infer<typeof updateFieldBody>;
