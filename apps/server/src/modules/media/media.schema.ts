import { z } from 'zod';
import { appParams } from '../tenancy/tenant-params.js';

/** Whether text holds a control character (C0 or DEL), which no name, folder or tag may. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The widths resized variants come in; any other is refused, so variants stay few and cached. */
export const VARIANT_WIDTHS = [64, 160, 320, 640, 1280] as const;

const name = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((v) => !/[/\\]/.test(v) && !hasControlCharacters(v), {
    error: 'expected a file name without slashes or control characters',
  })
  .describe('The name shown in the library and given to downloads');
const folder = z
  .string()
  .trim()
  .max(200)
  .refine((v) => !hasControlCharacters(v), { error: 'expected a folder name without control characters' })
  .describe('The folder the file sits in; empty for the top level');
const tag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .refine((v) => !hasControlCharacters(v), { error: 'expected a tag without control characters' });
const tags = z.array(tag).max(20).describe('Tags, up to 20, each up to 50 characters');

export const mediaParams = appParams.extend({ media: z.uuid().describe("The media file's id") });
export const mediaVersionParams = mediaParams.extend({
  version: z.coerce.number().int().min(1).max(2_147_483_647).describe('The version number, from 1'),
});

export const mediaListQuery = z.object({
  search: z.string().max(200).optional().describe('Only files whose name contains this text (any case)'),
  folder: folder.optional().describe('Only files in this folder (empty: the top level)'),
  tag: tag.optional().describe('Only files with this tag'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Files per page, 1 to 200'),
  after: z.string().max(200).optional().describe('The cursor `next` of the previous page'),
});

export const uploadQuery = z.object({
  folder: folder.optional(),
  tags: z
    .string()
    .max(1100)
    .optional()
    .describe('Tags for every uploaded file, comma-separated (up to 20, each up to 50 characters)'),
});

export const mediaUpdateBody = z.object({
  name: name.optional(),
  folder: folder.optional(),
  tags: tags.optional(),
});

export const contentQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .optional()
    .describe('An earlier version to download; the current one by default'),
  width: z.coerce
    .number()
    .int()
    .refine((w) => (VARIANT_WIDTHS as readonly number[]).includes(w), {
      error: `expected one of ${VARIANT_WIDTHS.join(', ')}`,
    })
    .optional()
    .describe(`A resized image of this width in pixels (raster images only): ${VARIANT_WIDTHS.join(', ')}`),
  download: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: always as an attachment, even for a type shown inline'),
});

export const mediaResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  folder: z.string(),
  tags: z.array(z.string()),
  type: z.string().describe('The media type, read from the bytes'),
  size: z.number().int().describe('Bytes'),
  width: z.number().int().nullable().describe('Pixels, for images whose size could be read'),
  height: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  url: z.string().describe('Where to download it'),
});

export const mediaVersionResponse = z.object({
  version: z.number().int(),
  name: z.string(),
  type: z.string(),
  size: z.number().int(),
  savedAt: z.date(),
  savedBy: z.object({ id: z.string(), email: z.string() }).nullable(),
  restoredFrom: z.number().int().nullable(),
  url: z.string(),
});

export type MediaView = z.infer<typeof mediaResponse>;
export type MediaVersionView = z.infer<typeof mediaVersionResponse>;
export type MediaUpdate = z.infer<typeof mediaUpdateBody>;
export type MediaListQuery = z.infer<typeof mediaListQuery>;
