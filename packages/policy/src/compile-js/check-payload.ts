// Decisions for point checks and payloads: read/delete a row, create a row, update before → after.
import { PolicyError, type PolicyErrorData } from '../errors.js';
import type { AccessPlan } from '../plan/access-plan.js';
import { compilePlan, type Now } from './compile-plan.js';

type Row = Readonly<Record<string, unknown>>;

/** The outcome of a point check; denials say why, and name the fields at fault. */
export interface Decision {
  readonly allowed: boolean;
  /** `condition`: the row test failed; `fields`: a field may not be written; `error`: evaluation failed. */
  readonly reason?: 'condition' | 'fields' | 'error';
  readonly deniedFields?: readonly string[];
  readonly error?: PolicyErrorData;
}

const ALLOWED: Decision = Object.freeze({ allowed: true });

/** Read or delete one row: the plan's condition must hold on it. */
export function checkRow(plan: AccessPlan, row: Row, now?: Now): Decision {
  return guarded(() =>
    compilePlan(plan).allows(row, now) ? ALLOWED : { allowed: false, reason: 'condition' },
  );
}

/** Create: the condition holds on the new row, and every written field is creatable on it. */
export function checkCreate(
  plan: AccessPlan,
  newRow: Row,
  writtenFields: readonly string[],
  now?: Now,
): Decision {
  return guarded(() => {
    const compiled = compilePlan(plan);
    if (!compiled.allows(newRow, now)) return { allowed: false, reason: 'condition' };
    const denied = writtenFields.filter((f) => !compiled.fieldAccessible(newRow, f, now));
    return denied.length > 0 ? { allowed: false, reason: 'fields', deniedFields: denied } : ALLOWED;
  });
}

/**
 * Update: the condition holds on the row before and after the change, and every changed field is
 * updatable on the row before it (a field writable "while draft" may be what ends the draft).
 */
export function checkUpdate(
  plan: AccessPlan,
  before: Row,
  after: Row,
  changedFields: readonly string[],
  now?: Now,
): Decision {
  return guarded(() => {
    const compiled = compilePlan(plan);
    if (!compiled.allows(before, now) || !compiled.allows(after, now))
      return { allowed: false, reason: 'condition' };
    const denied = changedFields.filter((f) => !compiled.fieldAccessible(before, f, now));
    return denied.length > 0 ? { allowed: false, reason: 'fields', deniedFields: denied } : ALLOWED;
  });
}

/** The readable fields of a row under a read plan; empty when the row itself is not readable. */
export function readableFields(plan: AccessPlan, row: Row, now?: Now): string[] {
  const compiled = compilePlan(plan);
  return compiled.allows(row, now) ? compiled.accessibleFields(row, now) : [];
}

/** Fail closed: any evaluation error denies, and the error is returned for the caller to log. */
function guarded(decide: () => Decision): Decision {
  try {
    return decide();
  } catch (error) {
    if (error instanceof PolicyError) return { allowed: false, reason: 'error', error: error.toJSON() };
    const message = error instanceof Error ? error.message : String(error);
    return { allowed: false, reason: 'error', error: { code: 'POLICY_EVALUATION_ERROR', message } };
  }
}
