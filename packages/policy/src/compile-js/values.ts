// Runtime value conventions of the JS back end, chosen to match PostgreSQL bit for bit.
import { policyError } from '../errors.js';
import type { FieldType } from '../model/schema.js';

/** Converts a stored or submitted value of a field into the engine's runtime value. */
export type Reader = (raw: unknown) => unknown;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readText(raw: unknown): unknown {
  if (typeof raw === 'string') return raw;
  return raw === null || raw === undefined ? null : String(raw);
}

function readInteger(raw: unknown): unknown {
  if (typeof raw === 'number' || raw === null) return raw;
  if (raw === undefined) return null;
  if (typeof raw === 'bigint') return Number.isSafeInteger(Number(raw)) ? Number(raw) : raw;
  const text = String(raw);
  const n = Number(text);
  return Number.isSafeInteger(n) || !/^-?\d+$/.test(text) ? n : BigInt(text);
}

function readDecimal(raw: unknown): unknown {
  if (typeof raw === 'number' || raw === null) return raw;
  return raw === undefined ? null : Number(raw);
}

function readBoolean(raw: unknown): unknown {
  if (typeof raw === 'boolean' || raw === null) return raw;
  if (raw === undefined) return null;
  return raw === 'true' || raw === 't';
}

function readDatetime(raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return raw.getTime();
  if (typeof raw === 'number') return raw;
  return Date.parse(String(raw));
}

/** A date is midnight UTC of that day, both here and in SQL (`(col::timestamp AT TIME ZONE 'UTC')`). */
function readDate(raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  if (raw instanceof Date) {
    const utcMidnight = raw.getUTCHours() === 0 && raw.getUTCMinutes() === 0 && raw.getUTCSeconds() === 0;
    return utcMidnight
      ? Date.UTC(raw.getUTCFullYear(), raw.getUTCMonth(), raw.getUTCDate())
      : Date.UTC(raw.getFullYear(), raw.getMonth(), raw.getDate());
  }
  const m = ISO_DATE.exec(String(raw).slice(0, 10));
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Date.parse(String(raw));
}

function readList(raw: unknown): unknown {
  return Array.isArray(raw) ? raw : null;
}

function readJson(raw: unknown): unknown {
  return raw === undefined ? null : raw;
}

/** A link value is an id, or the loaded target record (an object with `id`). */
export function readLink(raw: unknown): unknown {
  if (typeof raw === 'string' || raw === null) return raw;
  if (raw === undefined) return null;
  return (raw as { id?: unknown }).id ?? null;
}

const READERS: Record<FieldType, Reader> = {
  text: readText,
  longText: readText,
  email: readText,
  url: readText,
  singleSelect: readText,
  integer: readInteger,
  decimal: readDecimal,
  boolean: readBoolean,
  date: readDate,
  datetime: readDatetime,
  multiSelect: readList,
  json: readJson,
  linkOne: readLink,
  linkUser: readLink,
  linkMany: (raw) => raw,
  linkUsers: (raw) => raw,
};

/** The reader for a field type. */
export function readerFor(type: FieldType): Reader {
  return READERS[type];
}

/** Numeric equality across number and bigint (both appear for integers). */
export function numberEquals(a: unknown, b: unknown): boolean {
  if (typeof a === typeof b) return a === b;
  // biome-ignore lint/suspicious/noDoubleEquals: number == bigint compares exactly, which is what we want
  return a == b;
}

/**
 * Orders strings by Unicode code point, as PostgreSQL's "C" collation does for UTF-8,
 * rather than by UTF-16 code unit, which differs above U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) - fixup(y);
  }
  return a.length - b.length;
}

function fixup(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit <= 0xdfff ? unit + 0x2000 : unit - 0x800;
}

/** Length in code points, as PostgreSQL's char_length counts. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Integer + and -, exact beyond 2^53 (PostgreSQL bigint is exact too). */
export function integerArith(op: '+' | '-', a: unknown, b: unknown): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = op === '+' ? a + b : a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  const big =
    op === '+' ? BigInt(a as number) + BigInt(b as number) : BigInt(a as number) - BigInt(b as number);
  const small = Number(big);
  return Number.isSafeInteger(small) ? small : big;
}

/** Thrown when a condition needs a related record the caller did not load. */
export function relationNotLoaded(path: string): Error {
  return policyError(
    'POLICY_RELATION_NOT_LOADED',
    `the condition reads '${path}', but the record holds only an id there; load the related record`,
  );
}
