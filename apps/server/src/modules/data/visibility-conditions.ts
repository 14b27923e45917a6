// Page and section visibility conditions, checked once per app policy version beside the engine:
// GET /ui and every collection view's records need them on each request.
import { checkVisibilityConditions, type VisibilityConditions } from '../pages/visibility.js';
import type { AppPolicy } from './policy-engines.js';

// Keyed by the policy object, which PolicyEngines replaces when the policy version moves (every
// change to the data model, attributes or pages moves it): a stale entry cannot be reached, and
// is collected with its policy.
const byPolicy = new WeakMap<AppPolicy, VisibilityConditions>();

/** The app's visibility conditions checked against this policy version's data model. */
export function visibilityConditionsOf(policy: AppPolicy): VisibilityConditions {
  let conditions = byPolicy.get(policy);
  if (!conditions) {
    conditions = checkVisibilityConditions(policy.schema);
    byPolicy.set(policy, conditions);
  }
  return conditions;
}
