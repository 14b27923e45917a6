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
  const shown = (f: string) => {
    const why = shownReason(f);
    return why ? `${f} (${why})` : f;
  };
  const hidden = (f: string) => {
    const why = hiddenReason(f);
    return why ? `${f} (${why})` : f;
  };
  const state = what === 'fields.visible' ? ['visible', 'hidden'] : ['updatable', 'not updatable'];
  const problems: string[] = [];
  if (Array.isArray(expected)) {
    const compared = comparedFields(expected, actual);
    const extra = compared.filter((f) => !expected.includes(f));
    const missing = expected.filter((f) => !actual.includes(f));
    if (extra.length === 0 && missing.length === 0) return null;
    if (extra.length > 0)
      problems.push(`${extra.map(shown).join(', ')} ${extra.length > 1 ? 'are' : 'is'} also ${state[0]}`);
    if (missing.length > 0)
      problems.push(`${missing.map(hidden).join(', ')} ${missing.length > 1 ? 'are' : 'is'} ${state[1]}`);
    return `expected ${what} to be exactly ${list(expected)}, but ${problems.join(', and ')}`;
  }
  const missing = (expected.includes ?? []).filter((f) => !actual.includes(f));
  const extra = (expected.excludes ?? []).filter((f) => actual.includes(f));
  if (missing.length > 0)
    problems.push(
      `expected ${what} to include ${list(missing)}, but ${missing.map(hidden).join(', ')} ${missing.length > 1 ? 'are' : 'is'} ${state[1]}`,
    );
  if (extra.length > 0)
    problems.push(
      `expected ${what} to exclude ${list(extra)}, but ${extra.map(shown).join(', ')} ${extra.length > 1 ? 'are' : 'is'} ${state[0]}`,
    );
  return problems.length > 0 ? problems.join('; ') : null;
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
