// The readable side of a permission test: each failed expectation says what was expected, what
// happened, and the engine's reason (from explain), in words a builder can act on.
import { type Explanation, SYSTEM_FIELDS } from '@charter/policy';
import type { FieldExpectation, Verdict } from './fixture-schema.js';

/** Why the principal was allowed: the bypass, or the roles whose grants held. */
export function whyAllowed(explanation: Explanation): string[] {
  if (explanation.bypass === 'allData') return ['the user has Access All Data: no rule applies'];
  if (explanation.bypass === 'unrestricted') return [`${explanation.collection} is not restricted`];
  const held = explanation.units.filter((u) => u.result === 'true');
  return held.map(
    (u) => `${u.unit}: ${u.grants.map((g) => `grant "${g.name}"`).join(' and ') || 'its grants'} held`,
  );
}

/** Why the principal was refused, from explain's record trace. */
export function whyDenied(explanation: Explanation): string[] {
  return [...(explanation.record?.reasons ?? [])];
}

/** The message of an allow/deny mismatch. */
export function verdictMessage(
  action: string,
  expected: Verdict,
  actual: Verdict,
  why: readonly string[],
): string {
  const verb = actual === 'allow' ? 'allowed' : 'denied';
  const reason = why.length > 0 ? `: ${why.join('; ')}` : '';
  return `expected ${action} to be ${expected === 'allow' ? 'allowed' : 'denied'}, but it was ${verb}${reason}`;
}

const SYSTEM_NAMES = new Set(SYSTEM_FIELDS.map((f) => f.name));

/** The field names an exact list is compared on: system fields count only when the list names them. */
export function comparedFields(expected: readonly string[], actual: readonly string[]): string[] {
  return actual.filter((f) => !SYSTEM_NAMES.has(f) || expected.includes(f));
}

/** What is wrong with a field list, or null when it matches the expectation. */
export function fieldsMismatch(
  what: 'fields.visible' | 'fields.updatable',
  expected: FieldExpectation,
  actual: readonly string[],
  hiddenReason: (field: string) => string | undefined,
  shownReason: (field: string) => string | undefined,
): string | null {
  const [open, closed] = what === 'fields.visible' ? ['visible', 'hidden'] : ['updatable', 'not updatable'];
  const shown = (names: string[], also = '') => stateOf(names, `${also}${open}`, shownReason);
  const hidden = (names: string[]) => stateOf(names, closed, hiddenReason);
  if (Array.isArray(expected)) {
    const extra = comparedFields(expected, actual).filter((f) => !expected.includes(f));
    const missing = expected.filter((f) => !actual.includes(f));
    if (extra.length === 0 && missing.length === 0) return null;
    const problems = [
      ...(extra.length > 0 ? [shown(extra, 'also ')] : []),
      ...(missing.length > 0 ? [hidden(missing)] : []),
    ];
    return `expected ${what} to be exactly ${list(expected)}, but ${problems.join(', and ')}`;
  }
  const missing = (expected.includes ?? []).filter((f) => !actual.includes(f));
  const extra = (expected.excludes ?? []).filter((f) => actual.includes(f));
  const problems = [
    ...(missing.length > 0 ? [`expected ${what} to include ${list(missing)}, but ${hidden(missing)}`] : []),
    ...(extra.length > 0 ? [`expected ${what} to exclude ${list(extra)}, but ${shown(extra)}`] : []),
  ];
  return problems.length > 0 ? problems.join('; ') : null;
}

// "salary is visible (role:hiring_manager lists it)"; several fields name their reasons one by one.
function stateOf(names: string[], state: string, reasonOf: (field: string) => string | undefined): string {
  const reasons = names.map((n) => [n, reasonOf(n)] as const).filter(([, r]) => r !== undefined);
  const why =
    reasons.length === 0
      ? ''
      : names.length === 1
        ? ` (${reasons[0]![1]})`
        : ` (${reasons.map(([n, r]) => `${n}: ${r}`).join('; ')})`;
  return `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} ${state}${why}`;
}

function list(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : '(none)';
}

/** Which held roles list a field, for "salary is visible (role:hiring_manager lists it)". */
export function whoListsField(explanation: Explanation, field: string): string | undefined {
  if (explanation.bypass) return whyAllowed(explanation)[0];
  const units = explanation.units.filter(
    (u) => u.result === 'true' && (u.fields === 'all' || u.fields.includes(field)),
  );
  if (units.length === 0) return undefined;
  return `${units.map((u) => u.unit).join(', ')} ${units.length > 1 ? 'list' : 'lists'} it`;
}

/** The engine's reason a field is closed on the record. */
export function whyFieldHidden(explanation: Explanation, field: string): string | undefined {
  if (explanation.record && !explanation.record.allowed) {
    return `the record itself is not open: ${explanation.record.reasons.join('; ')}`;
  }
  return explanation.record?.hiddenFields.find((h) => h.field === field)?.reason;
}
