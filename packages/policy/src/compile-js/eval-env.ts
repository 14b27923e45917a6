// The state a compiled closure reads besides the row: the time, the principal, bound variables.
import { policyError } from '../errors.js';
import type { Principal } from '../model/principal.js';

/** Evaluation state. `vars` is indexed by the variable ids the checker assigns. */
export interface EvalEnv {
  now: number | undefined;
  principal: Principal | undefined;
  readonly vars: unknown[];
}

/** A compiled expression: returns the runtime value (booleans are true / false / null = UNKNOWN). */
export type Evaluator = (row: Readonly<Record<string, unknown>>, env: EvalEnv) => unknown;

/** A fresh environment. */
export function makeEnv(now?: number, principal?: Principal): EvalEnv {
  return { now, principal, vars: [] };
}

/** The time of the decision; plans that use `now` cannot be evaluated without it. */
export function requireNow(env: EvalEnv): number {
  if (env.now === undefined) {
    throw policyError('POLICY_NOW_REQUIRED', 'this condition uses `now`; pass the current time');
  }
  return env.now;
}
