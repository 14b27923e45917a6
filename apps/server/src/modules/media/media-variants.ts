// Resized images: made from the stored original the first time a width is asked for, stored in
// the media store like any blob, and served from there afterwards.
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import type { AppContext } from '../../context.js';
import { sharedErrors } from '../../http/error-codes.js';
import { findVariant, insertVariant, type MediaVariantRow } from './media.repository.js';
import type { MediaStore } from './media-store.js';

// Larger inputs are refused rather than decoded: a small file can claim enormous dimensions.
const MAX_INPUT_PIXELS = 100_000_000;

// Formats a browser shows everywhere; others are re-encoded as WebP.
const OUTPUT_FORMAT: Record<string, { format: 'png' | 'jpeg' | 'webp'; type: string }> = {
  'image/png': { format: 'png', type: 'image/png' },
  'image/jpeg': { format: 'jpeg', type: 'image/jpeg' },
};
const DEFAULT_OUTPUT = { format: 'webp', type: 'image/webp' } as const;

/** The variant of an image at `width` pixels (never enlarged), made and stored on first use. */
export async function variantOf(
  ctx: AppContext,
  store: MediaStore,
  source: { sha256: string; contentType: string },
  width: number,
): Promise<MediaVariantRow> {
  const db = ctx.database.db;
  const existing = await findVariant(db, source.sha256, width);
  if (existing && (await store.stat(existing.variant_sha256))) return existing;
  const input = await store.open(source.sha256);
  if (!input) throw sharedErrors.INTERNAL('The stored file is missing.');
  const output = OUTPUT_FORMAT[source.contentType] ?? DEFAULT_OUTPUT;
  const resize = sharp({ failOn: 'none', limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .toFormat(output.format);
  const [, staged] = await Promise.all([pipeline(input, resize), store.stage(resize)]);
  await staged.commit();
  const variant = {
    sha256: source.sha256,
    width,
    variantSha256: staged.key,
    contentType: output.type,
    size: staged.size,
  };
  await insertVariant(db, variant);
  return (
    (await findVariant(db, source.sha256, width)) ?? {
      sha256: variant.sha256,
      width,
      variant_sha256: variant.variantSha256,
      content_type: variant.contentType,
      size: String(variant.size),
    }
  );
}
