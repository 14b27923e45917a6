// Bounds on condition and filter text (PocketBase caps filters the same way): tunable per engine.

/** Maximum size and nesting of an expression. */
export interface ExpressionLimits {
  /** Maximum length in UTF-8 bytes. */
  readonly maxLength: number;
  /** Maximum nesting depth; a chain of one logical operator (a && b && c) counts as one level. */
  readonly maxDepth: number;
}

/** 4 KB and 32 levels, as the issue asks. */
export const DEFAULT_LIMITS: ExpressionLimits = Object.freeze({ maxLength: 4096, maxDepth: 32 });

/** UTF-8 byte length without TextEncoder, so the engine needs no platform globals. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
