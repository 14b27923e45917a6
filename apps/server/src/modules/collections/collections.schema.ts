import { FIELD_TYPES } from '@charter/policy';
import { z } from 'zod';
import { USERS_COLLECTION_KEY } from '../data-model/users-collection.js';

/** `:collection` is the key or the id. */
export const collectionParams = z.object({
  app: z.uuid(),
  collection: z.string().min(1).max(100).describe('The collection key or id'),
});

const collectionKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, {
    error:
      'expected a lower-case letter, then lower-case letters, digits and _ (at most 63); it is stable and appears in URLs',
  })
  .refine((key) => key !== USERS_COLLECTION_KEY, {
    error: `'${USERS_COLLECTION_KEY}' is the app's users collection; choose another key`,
  });
const name = z.string().trim().min(1).max(200);
const description = z.string().max(2000);
const restricted = z
  .boolean()
  .describe(
    'On: only what data rules grant is allowed (secure by default). Off: every app user may do everything',
  );

/** A new collection: restricted unless said otherwise (secure by default). */
export const createCollectionBody = z.strictObject({
  key: collectionKey.describe('Stable, URL-safe and immutable'),
  name,
  description: description.default(''),
  restricted: restricted.default(true),
});

/** The key is immutable: URLs, links and rules depend on it. */
export const updateCollectionBody = z.strictObject({
  name: name.optional(),
  description: description.optional(),
  restricted: restricted.optional(),
});

/** A field as the API returns it. */
export const fieldResponse = z
  .object({
    id: z.string().describe('Stable: stored rules and the column refer to it'),
    name: z.string().describe('What conditions use: record.<name>'),
    label: z.string(),
    type: z.enum(FIELD_TYPES),
    system: z.boolean().describe('Managed by Charter (users collection); not editable here'),
    required: z.boolean(),
    unique: z.boolean(),
    default: z.unknown().describe('The value a new record gets when none is given; null for none'),
    options: z.array(z.string()).describe('The choices of a select; empty for other types'),
    target: z
      .object({ id: z.string(), key: z.string(), name: z.string() })
      .nullable()
      .describe('The collection a link points to'),
    position: z.number().int(),
    createdAt: z.date().nullable(),
    updatedAt: z.date().nullable(),
  })
  .describe('A field');

/** The fields every record has; Charter sets them. */
export const systemFieldResponse = z.object({
  name: z.string(),
  type: z.string(),
  description: z.string(),
});

/** A collection as the API returns it. */
export const collectionResponse = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    description: z.string(),
    restricted: z.boolean(),
    system: z.enum(['users']).nullable().describe("'users' for the app's users collection"),
    systemFields: z.array(systemFieldResponse),
    fields: z.array(fieldResponse),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .describe('A collection');

/** The inputs and views of the collections API. */
export type CreateCollectionInput = z.infer<typeof createCollectionBody>;
export type UpdateCollectionInput = z.infer<typeof updateCollectionBody>;
export type FieldView = z.infer<typeof fieldResponse>;
export type CollectionView = z.infer<typeof collectionResponse>;
