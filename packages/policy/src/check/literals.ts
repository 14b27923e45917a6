// Parses the literal arguments of timestamp() and duration() into milliseconds, at check time.
import { policyError, type SourcePosition } from '../errors.js';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
const DURATION_PART = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/y;
const UNIT_MS: Record<string, number> = {
  h: 3_600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  ns: 1e-6,
};
const MAX_DURATION_MS = 10_000 * 366 * 86_400_000;

/** Milliseconds since the epoch of an RFC 3339 timestamp (years 1-9999; digits past ms are dropped). */
export function parseTimestampLiteral(text: string, position: SourcePosition): number {
  const m = RFC3339.exec(text);
  const bad = () =>
    policyError(
      'POLICY_INVALID_LITERAL',
      `'${text}' is not an RFC 3339 timestamp such as "2024-01-31T09:00:00Z"`,
      position,
      ['YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)'],
    );
  if (!m) throw bad();
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(utc);
  const valid =
    year >= 1 &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!valid) throw bad();
  const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000 : 0;
  return year < 100 ? fixEarlyYear(utc, year) - offset : utc - offset;
}

/** Date.UTC maps years 0-99 to 1900-1999; undo that. */
function fixEarlyYear(utc: number, year: number): number {
  const d = new Date(utc);
  d.setUTCFullYear(year);
  return d.getTime();
}

/** Milliseconds of a CEL duration such as "1h30m", "-90s" or "250ms"; must be whole milliseconds. */
export function parseDurationLiteral(text: string, position: SourcePosition): number {
  const bad = (why: string) =>
    policyError('POLICY_INVALID_LITERAL', `'${text}' is not a valid duration: ${why}`, position, [
      'h',
      'm',
      's',
      'ms',
    ]);
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '') throw bad('expected a number followed by a unit (h, m, s, ms)');
  let total = 0;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < rest.length) {
    const m = DURATION_PART.exec(rest);
    if (!m) throw bad('expected a number followed by a unit (h, m, s, ms)');
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? Number.NaN);
  }
  const rounded = Math.round(total);
  if (Math.abs(total - rounded) > 1e-6) throw bad('durations must be whole milliseconds');
  if (rounded > MAX_DURATION_MS) throw bad('durations are limited to 10,000 years');
  return sign * rounded === 0 ? 0 : sign * rounded;
}
