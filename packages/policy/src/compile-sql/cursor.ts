// Opaque keyset cursors: the sort-key values of the last row, then its id.
import { policyError } from '../errors.js';

/** A decoded cursor: one value per sort key, then the row id. */
export type CursorValues = readonly (string | number | boolean | null)[];

function toJsonValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Encodes the values of the last row as a URL-safe token. */
export function encodeCursor(values: readonly unknown[]): string {
  const json = JSON.stringify(values.map(toJsonValue));
  return base64UrlEncode(json);
}

/** Decodes a token; anything malformed is POLICY_INVALID_QUERY, never an exception of another kind. */
export function decodeCursor(token: string, length: number): CursorValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(base64UrlDecode(token));
  } catch {
    parsed = undefined;
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.length === length &&
    parsed.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (!ok)
    throw policyError('POLICY_INVALID_QUERY', 'the cursor is invalid or belongs to another sort order');
  return parsed as CursorValues;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else {
      bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      i++; // the low half of the surrogate pair
    }
  }
  return bytes;
}

/** base64url without platform globals (the engine stays free of Buffer and btoa). */
function base64UrlEncode(text: string): string {
  const bytes = utf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function base64UrlDecode(token: string): string {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of token) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error('bad cursor');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let cp = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) cp = (cp << 6) | ((bytes[i + k] ?? 0) & 63);
    out += String.fromCodePoint(Math.min(cp, 0x10ffff));
    i += extra + 1;
  }
  return out;
}
